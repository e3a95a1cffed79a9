-- Trede metingen per klant: an immutable history (issue 6 "Metingen"; DESIGN.md "Ladder": a meting is immutable, a
-- correction is a new meting that points at the old one), and the positions projected from it for the current
-- position, the due list and the reports.

-- One assessment of one klant on one ladder model version (seed-003-heemskerk.md §9 "Meting": klantId, scheme, level,
-- date, source, assessedBy, corrects?, motivation; standards-and-law.md §5.4 [D]: scheme, trede, subtrede, datum,
-- door, instrument, toelichting). sub_trede_id is the sub-trede the klant is placed on: the highest active one
-- (seed-003 §2.5); meting_actieve_sub_trede keeps every active one. klant_id is the pseudonymous id of the suite,
-- never a BSN.
CREATE TABLE meting (
    id                  UUID          PRIMARY KEY,
    klant_id            UUID          NOT NULL,
    model_id            BIGINT        NOT NULL REFERENCES ladder_model (id),
    trede_id            BIGINT        NOT NULL REFERENCES trede (id),
    sub_trede_id        BIGINT        REFERENCES sub_trede (id),
    meetdatum           DATE          NOT NULL,
    bron                VARCHAR(40)   NOT NULL,
    aanleiding          VARCHAR(40)   NOT NULL,
    beoordelaar         VARCHAR(255)  NOT NULL,
    toelichting         VARCHAR(2000),
    zaak_id             UUID,
    traject_id          UUID,
    corrigeert_id       UUID          REFERENCES meting (id),
    correctiereden      VARCHAR(1000),
    geregistreerd_op    TIMESTAMPTZ   NOT NULL,
    geregistreerd_door  VARCHAR(255)  NOT NULL,
    -- A meting is corrected at most once; a correction can itself be corrected (a chain).
    CONSTRAINT meting_een_correctie UNIQUE (corrigeert_id),
    CONSTRAINT meting_correctie_met_reden CHECK ((corrigeert_id IS NULL) = (correctiereden IS NULL)),
    CONSTRAINT meting_niet_zichzelf CHECK (corrigeert_id <> id)
);
CREATE INDEX meting_klant ON meting (klant_id, meetdatum, geregistreerd_op);
CREATE INDEX meting_model_datum ON meting (model_id, meetdatum);

-- The leefgebieden the meting names (ZRM domains, standards-and-law.md §5.3; taalvaardigheid: Welschap intake,
-- seed-003-heemskerk.md §3.2). Some are health data: they never leave the service in an event.
CREATE TABLE meting_leefgebied (
    meting_id   UUID         NOT NULL REFERENCES meting (id),
    leefgebied  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (meting_id, leefgebied)
);

CREATE TABLE meting_actieve_sub_trede (
    meting_id   UUID        NOT NULL REFERENCES meting (id),
    code        VARCHAR(5)  NOT NULL,
    PRIMARY KEY (meting_id, code)
);

-- Immutability in the database itself: no UPDATE, DELETE or TRUNCATE of a meting, whoever connects.
CREATE FUNCTION meting_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'metingen are immutable: % on % is not allowed; record a correcting meting instead',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER meting_onveranderlijk BEFORE UPDATE OR DELETE ON meting
    FOR EACH ROW EXECUTE FUNCTION meting_onveranderlijk();
CREATE TRIGGER meting_onveranderlijk_truncate BEFORE TRUNCATE ON meting
    FOR EACH STATEMENT EXECUTE FUNCTION meting_onveranderlijk();
CREATE TRIGGER meting_leefgebied_onveranderlijk BEFORE UPDATE OR DELETE ON meting_leefgebied
    FOR EACH ROW EXECUTE FUNCTION meting_onveranderlijk();
CREATE TRIGGER meting_leefgebied_onveranderlijk_truncate BEFORE TRUNCATE ON meting_leefgebied
    FOR EACH STATEMENT EXECUTE FUNCTION meting_onveranderlijk();
CREATE TRIGGER meting_actieve_sub_trede_onveranderlijk BEFORE UPDATE OR DELETE ON meting_actieve_sub_trede
    FOR EACH ROW EXECUTE FUNCTION meting_onveranderlijk();
CREATE TRIGGER meting_actieve_sub_trede_onveranderlijk_truncate BEFORE TRUNCATE ON meting_actieve_sub_trede
    FOR EACH STATEMENT EXECUTE FUNCTION meting_onveranderlijk();

-- Projection (rebuilt by the service for one klant and one scheme in the transaction that records a meting): the
-- period in which each valid meting (one not corrected) is the klant's position on a scheme. van = meetdatum; tot =
-- the meetdatum of the klant's next valid meting on the same scheme (exclusive), NULL for the current position.
-- herbeoordeling_op: when the next meting is due (trede or sub-trede interval). Positions are per scheme code, so
-- versions of one scheme form one history; reports never mix scheme codes.
CREATE TABLE ladder_positie (
    meting_id          UUID         PRIMARY KEY REFERENCES meting (id),
    klant_id           UUID         NOT NULL,
    model_code         VARCHAR(60)  NOT NULL,
    model_id           BIGINT       NOT NULL REFERENCES ladder_model (id),
    trede              INTEGER      NOT NULL,
    sub_trede          VARCHAR(5),
    van                DATE         NOT NULL,
    tot                DATE,
    herbeoordeling_op  DATE         NOT NULL,
    CONSTRAINT ladder_positie_periode CHECK (tot IS NULL OR tot >= van)
);
CREATE INDEX ladder_positie_klant ON ladder_positie (klant_id, model_code);
-- The reports ask "which period contains date D": a GiST index on the period answers that without a full scan.
CREATE INDEX ladder_positie_op_datum ON ladder_positie USING gist (daterange(van, tot, '[)'));
CREATE INDEX ladder_positie_verwacht ON ladder_positie (herbeoordeling_op, klant_id) WHERE tot IS NULL;
