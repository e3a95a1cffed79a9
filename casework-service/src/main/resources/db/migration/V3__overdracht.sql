-- Issue 4 "Warme overdracht" (seed-000-002 R-02, R-03, R-04, R-26, R-28; T01, T04, T05): offering the regie of a zaak,
-- or the execution of its work traject, to another party. The sender stays owner until the receiver accepts.
ALTER TABLE zaak ADD COLUMN uitvoerder VARCHAR(200);
ALTER TABLE zaak ADD COLUMN uitvoerder_soort VARCHAR(30);

CREATE TABLE overdracht (
    id                        UUID          PRIMARY KEY,
    zaak_id                   UUID          NOT NULL REFERENCES zaak (id),
    soort                     VARCHAR(20)   NOT NULL,
    ontvanger_soort           VARCHAR(30)   NOT NULL,
    ontvanger                 VARCHAR(200)  NOT NULL,
    warm                      BOOLEAN       NOT NULL,
    -- R-03: the information package (history, possibilities, expectations); never an identifier only.
    geschiedenis              TEXT          NOT NULL,
    mogelijkheden             TEXT          NOT NULL,
    verwachtingen             TEXT          NOT NULL,
    status                    VARCHAR(30)   NOT NULL,
    aangeboden_door           VARCHAR(200)  NOT NULL,
    aangeboden_op             TIMESTAMPTZ   NOT NULL,
    antwoord_uiterlijk        DATE          NOT NULL,
    kennismaking_op           DATE,
    contactpersoon            VARCHAR(200),
    afwijzing_reden           VARCHAR(40),
    afwijzing_toelichting     TEXT,
    afgehandeld_door          VARCHAR(200),
    afgehandeld_op            TIMESTAMPTZ,
    version                   BIGINT        NOT NULL,
    CONSTRAINT overdracht_pakket_niet_leeg CHECK (btrim(geschiedenis) <> '' AND btrim(mogelijkheden) <> ''
        AND btrim(verwachtingen) <> ''),
    CONSTRAINT overdracht_geaccepteerd_met_contact CHECK (status <> 'GEACCEPTEERD' OR contactpersoon IS NOT NULL),
    CONSTRAINT overdracht_warm_met_kennismaking
        CHECK (status <> 'GEACCEPTEERD' OR NOT warm OR kennismaking_op IS NOT NULL),
    CONSTRAINT overdracht_afgewezen_met_reden
        CHECK (status <> 'AFGEWEZEN' OR (afwijzing_reden IS NOT NULL AND afwijzing_toelichting IS NOT NULL))
);
-- One open offer per zaak and kind: the sender cannot peddle the same zaak to several parties at once.
CREATE UNIQUE INDEX overdracht_een_open_per_zaak ON overdracht (zaak_id, soort)
    WHERE status IN ('AANGEBODEN', 'KENNISMAKING_GEHOUDEN');
CREATE INDEX overdracht_open_uiterlijk ON overdracht (antwoord_uiterlijk)
    WHERE status IN ('AANGEBODEN', 'KENNISMAKING_GEHOUDEN');

-- Work for people: an expired overdracht escalates to the teamleider (R-02, T04); later reviews and gap-to-18 tasks.
CREATE TABLE taak (
    id              UUID          PRIMARY KEY,
    zaak_id         UUID          NOT NULL REFERENCES zaak (id),
    soort           VARCHAR(40)   NOT NULL,
    team            VARCHAR(100)  NOT NULL,
    rol             VARCHAR(40)   NOT NULL,
    omschrijving    TEXT          NOT NULL,
    uiterlijk       DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    bron_id         UUID          NOT NULL,
    aangemaakt_op   TIMESTAMPTZ   NOT NULL,
    afgehandeld_op  TIMESTAMPTZ,
    CONSTRAINT taak_eenmaal_per_bron UNIQUE (soort, bron_id)
);
CREATE INDEX taak_open ON taak (team, uiterlijk) WHERE status = 'OPEN';
