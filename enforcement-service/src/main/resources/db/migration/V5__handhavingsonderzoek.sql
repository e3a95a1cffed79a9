-- Rechtmatigheid (issue 5; seed-004-deventer.md §4.2 item 6 "omslag naar rechtmatigheid"): a handhavingsonderzoek,
-- opened after repeated or serious gedragingen, with its registered outcome — herziening (Pw art. 54 lid 3),
-- terugvordering with amount (art. 58), boete (art. 18a). Registered, not computed.
CREATE TABLE handhavingsonderzoek (
    id                     UUID          PRIMARY KEY,
    klant_id               UUID          NOT NULL,
    zaak_id                UUID,
    aanleiding             VARCHAR(40)   NOT NULL,
    gedraging_ids          TEXT          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    gestart_op             DATE          NOT NULL,
    gestart_door           VARCHAR(100)  NOT NULL,
    afgerond_op            DATE,
    afgerond_door          VARCHAR(100),
    herziening             BOOLEAN,
    terugvordering_bedrag  NUMERIC(12, 2),
    benadelingsbedrag      NUMERIC(12, 2),
    boete_bedrag           NUMERIC(12, 2),
    CONSTRAINT handhavingsonderzoek_status CHECK (status IN ('gestart', 'afgerond')),
    CONSTRAINT handhavingsonderzoek_aanleiding
        CHECK (aanleiding IN ('recidive', 'meerdere-gedragingen', 'ernstige-gedraging', 'signaal'))
);
CREATE INDEX handhavingsonderzoek_klant ON handhavingsonderzoek (klant_id, gestart_op);
