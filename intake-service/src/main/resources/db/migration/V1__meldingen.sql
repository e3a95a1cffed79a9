-- A persoon is known to intake by BSN; every other service knows them only by the pseudonymous klant_id.
CREATE TABLE persoon (
    klant_id        UUID          PRIMARY KEY,
    bsn             VARCHAR(9)    NOT NULL UNIQUE,
    naam            VARCHAR(200)  NOT NULL,
    geboortedatum   DATE          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);

CREATE TABLE melding (
    id              UUID          PRIMARY KEY,
    klant_id        UUID          NOT NULL REFERENCES persoon (klant_id),
    type            VARCHAR(40)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    melding_datum   DATE          NOT NULL,
    registered_at   TIMESTAMPTZ   NOT NULL,
    doorgezet_at    TIMESTAMPTZ,
    version         BIGINT        NOT NULL
);
CREATE INDEX melding_klant ON melding (klant_id);
-- One open melding per person per kind (issue 3 / DESIGN.md intake rules), enforced by the database too.
CREATE UNIQUE INDEX melding_one_open_per_type ON melding (klant_id, type) WHERE status = 'GEREGISTREERD';
