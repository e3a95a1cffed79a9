-- Audit log (Logboek dataverwerkingen, Logius LDV 1.0): one row per action per data subject (klant). Append-only:
-- the application may INSERT and SELECT, never UPDATE, DELETE or TRUNCATE. Flyway runs as the application role, so
-- that role owns the table; the owner's own privileges are revoked and the triggers below refuse the statements
-- whoever runs them (an owner could grant itself the privileges back, a trigger still stands in the way).
CREATE TABLE verwerking_log (
    id                     UUID          PRIMARY KEY,
    seq                    BIGINT        GENERATED ALWAYS AS IDENTITY UNIQUE,
    tijd                   TIMESTAMPTZ   NOT NULL,
    trace_id               VARCHAR(32)   NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
    span_id                VARCHAR(16)   NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
    parent_span_id         VARCHAR(16)   CHECK (parent_span_id ~ '^[0-9a-f]{16}$'),
    request_id             VARCHAR(200),
    actor                  VARCHAR(255)  NOT NULL,
    rollen                 VARCHAR(1000) NOT NULL,
    actie                  VARCHAR(20)   NOT NULL CHECK (actie IN ('lezen', 'zoeken', 'aanmaken', 'wijzigen', 'exporteren')),
    klant_id               UUID          NOT NULL,
    resource_type          VARCHAR(100)  NOT NULL,
    resource_id            TEXT,
    verwerkingsactiviteit  VARCHAR(500)  NOT NULL,
    grondslag              VARCHAR(500)  NOT NULL,
    uitkomst               VARCHAR(20)   NOT NULL CHECK (uitkomst IN ('geslaagd', 'geweigerd'))
);
CREATE INDEX verwerking_log_klant ON verwerking_log (klant_id, tijd DESC, seq DESC);

REVOKE UPDATE, DELETE, TRUNCATE ON verwerking_log FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON verwerking_log FROM CURRENT_USER;

CREATE FUNCTION verwerking_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'verwerking_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER verwerking_log_no_update_delete BEFORE UPDATE OR DELETE ON verwerking_log
    FOR EACH ROW EXECUTE FUNCTION verwerking_log_append_only();
CREATE TRIGGER verwerking_log_no_truncate BEFORE TRUNCATE ON verwerking_log
    FOR EACH STATEMENT EXECUTE FUNCTION verwerking_log_append_only();
