-- What a closed zaak holds, in the database itself (the domain refuses first, with a 409 naming what is still open;
-- this is the backstop for any path that would not pass the domain): a zaak closes only without running trajecten,
-- open tasks and open overdrachten, and a closed zaak takes no running traject and no open task. Checked at commit
-- (deferred), so one transaction may hand its tasks and close the zaak in any statement order.

-- Open tasks left on zaken closed before this rule: handled by that closing.
UPDATE taak SET status = 'AFGEHANDELD', afgehandeld_op = now()
WHERE status = 'OPEN' AND zaak_id IN (SELECT id FROM zaak WHERE status = 'AFGESLOTEN');

CREATE FUNCTION zaak_sluit_zonder_open_werk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM zaak WHERE id = NEW.id AND status = 'AFGESLOTEN') AND (
           EXISTS (SELECT 1 FROM traject WHERE zaak_id = NEW.id AND status = 'LOPEND')
        OR EXISTS (SELECT 1 FROM taak WHERE zaak_id = NEW.id AND status = 'OPEN')
        OR EXISTS (SELECT 1 FROM overdracht WHERE zaak_id = NEW.id
                   AND status IN ('AANGEBODEN', 'KENNISMAKING_GEHOUDEN'))) THEN
        RAISE EXCEPTION 'zaak % is closed with a running traject, an open task or an open overdracht', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER zaak_afgesloten_zonder_open_werk AFTER UPDATE ON zaak DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status = 'AFGESLOTEN' AND OLD.status <> 'AFGESLOTEN')
    EXECUTE FUNCTION zaak_sluit_zonder_open_werk();

CREATE FUNCTION werk_op_open_zaak() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM zaak WHERE id = NEW.zaak_id AND status = 'AFGESLOTEN') THEN
        RAISE EXCEPTION '% % belongs to zaak %, which is closed', TG_TABLE_NAME, NEW.id, NEW.zaak_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER traject_op_open_zaak AFTER INSERT OR UPDATE ON traject DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status = 'LOPEND') EXECUTE FUNCTION werk_op_open_zaak();

CREATE CONSTRAINT TRIGGER taak_op_open_zaak AFTER INSERT OR UPDATE ON taak DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status = 'OPEN') EXECUTE FUNCTION werk_op_open_zaak();
