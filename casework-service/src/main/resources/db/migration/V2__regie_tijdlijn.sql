-- Issue 4, first slice: the klantgroep on the zaak, exactly one responsible regisseur at every moment with its
-- history, gedragingen reported to enforcement, closing with a reason, and the zaak's timeline.
ALTER TABLE zaak ADD COLUMN klantgroep VARCHAR(40);
ALTER TABLE zaak ADD COLUMN regisseur_sinds TIMESTAMPTZ;
ALTER TABLE zaak ADD COLUMN afgesloten_at TIMESTAMPTZ;
ALTER TABLE zaak ADD COLUMN afsluit_reden VARCHAR(40);
ALTER TABLE zaak ADD COLUMN afsluit_toelichting TEXT;

-- Never ownerless (seed-000-002 R-01, T06): the team is always there (NOT NULL since V1) and never blank; the
-- regisseur, when set, is a real id. One column per role means "more than one regisseur" cannot be stored at all.
ALTER TABLE zaak ADD CONSTRAINT zaak_team_niet_leeg CHECK (btrim(team) <> '');
ALTER TABLE zaak ADD CONSTRAINT zaak_regisseur_niet_leeg CHECK (regisseur IS NULL OR btrim(regisseur) <> '');
ALTER TABLE zaak ADD CONSTRAINT zaak_afgesloten_met_reden
    CHECK ((status = 'AFGESLOTEN') = (afgesloten_at IS NOT NULL AND afsluit_reden IS NOT NULL));
CREATE INDEX zaak_open_per_regisseur ON zaak (regisseur) WHERE status = 'OPEN';
CREATE INDEX zaak_open_per_team ON zaak (team) WHERE status = 'OPEN' AND regisseur IS NULL;

-- Every change of regie, in order: who had it, who has it, why, decided by whom (R-01 "ownership transfers are
-- atomic"; the history is the audit trail of "who is in the lead?").
CREATE TABLE regiewissel (
    id              UUID          PRIMARY KEY,
    zaak_id         UUID          NOT NULL REFERENCES zaak (id),
    van_team        VARCHAR(100),
    van_regisseur   VARCHAR(200),
    naar_team       VARCHAR(100)  NOT NULL,
    naar_regisseur  VARCHAR(200),
    reden           TEXT          NOT NULL,
    door            VARCHAR(200)  NOT NULL,
    op              TIMESTAMPTZ   NOT NULL
);
CREATE INDEX regiewissel_zaak ON regiewissel (zaak_id, op);

-- A gedraging (a violation of an obligation) reported by the regisseur; enforcement judges it.
CREATE TABLE gedraging (
    id              UUID          PRIMARY KEY,
    zaak_id         UUID          NOT NULL REFERENCES zaak (id),
    categorie       VARCHAR(60)   NOT NULL,
    datum           DATE          NOT NULL,
    toelichting     TEXT          NOT NULL,
    gemeld_door     VARCHAR(200)  NOT NULL,
    gemeld_op       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX gedraging_zaak ON gedraging (zaak_id);

-- The zaak's timeline across services: casework's own steps and, later, what other services report about the zaak.
-- No personal data: codes, ids, dates and a short generated summary. bron_event_id deduplicates consumed events.
CREATE TABLE tijdlijn (
    id              BIGSERIAL     PRIMARY KEY,
    zaak_id         UUID          NOT NULL REFERENCES zaak (id),
    op              TIMESTAMPTZ   NOT NULL,
    bron            VARCHAR(40)   NOT NULL,
    soort           VARCHAR(60)   NOT NULL,
    samenvatting    TEXT          NOT NULL,
    bron_event_id   VARCHAR(200)  UNIQUE
);
CREATE INDEX tijdlijn_zaak ON tijdlijn (zaak_id, op, id);
