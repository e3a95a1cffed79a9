-- Long-term support around the klant (seed-000-002 R-09 steunfiguur, R-23, R-24, R-15; the Carla case): a support
-- relationship has no forced end date and periodic check-ins; replacing it needs a continuity assessment, the klant's
-- reaction, and escalation on objection — and the old support goes on until the replacement is accepted or decided.
CREATE TABLE ondersteuning (
    id                UUID          PRIMARY KEY,
    zaak_id           UUID          NOT NULL REFERENCES zaak (id),
    soort             VARCHAR(40)   NOT NULL,
    aanbieder         VARCHAR(200)  NOT NULL,
    contactpersoon    VARCHAR(200),
    uren_per_week     NUMERIC(4, 1),
    sinds             DATE          NOT NULL,
    beeindigd_op      DATE,
    check_in_maanden  INTEGER       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT ondersteuning_check_in CHECK (check_in_maanden BETWEEN 1 AND 24)
);
CREATE INDEX ondersteuning_zaak ON ondersteuning (zaak_id);

CREATE TABLE ondersteuning_vervanging (
    id                        UUID          PRIMARY KEY,
    ondersteuning_id          UUID          NOT NULL REFERENCES ondersteuning (id),
    nieuwe_aanbieder          VARCHAR(200)  NOT NULL,
    voorgestelde_einddatum    DATE          NOT NULL,
    continuiteitsbeoordeling  TEXT          NOT NULL CHECK (btrim(continuiteitsbeoordeling) <> ''),
    status                    VARCHAR(20)   NOT NULL,
    klant_reactie             VARCHAR(20),
    klant_toelichting         TEXT,
    besluit                   VARCHAR(20),
    besluit_toelichting       TEXT,
    besloten_door             VARCHAR(200),
    besloten_op               TIMESTAMPTZ,
    voorgesteld_door          VARCHAR(200)  NOT NULL,
    voorgesteld_op            TIMESTAMPTZ   NOT NULL
);
-- One replacement under way per support relationship.
CREATE UNIQUE INDEX ondersteuning_een_vervanging ON ondersteuning_vervanging (ondersteuning_id)
    WHERE status IN ('VOORGESTELD', 'GEESCALEERD');
