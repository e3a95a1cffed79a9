-- seed-000-002 R-07 (begeleidingsoverleg: scheduled, participants with role and mandatory flag, attendance, outputs:
-- plan, trekker, responsibilities, crisis clause), R-14 (maatwerk outside the standard catalogue with a funding
-- source and an approver), R-16 (concurrent trajectories across regimes: no restriction on running trajecten).
CREATE TABLE begeleidingsoverleg (
    id                     UUID          PRIMARY KEY,
    zaak_id                UUID          NOT NULL REFERENCES zaak (id),
    gepland_op             DATE          NOT NULL,
    gehouden_op            DATE,
    status                 VARCHAR(20)   NOT NULL,
    plan                   TEXT,
    trekker                VARCHAR(200),
    verantwoordelijkheden  TEXT,
    crisisclausule         TEXT,
    gepland_door           VARCHAR(200)  NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT overleg_gehouden_met_uitkomst CHECK (status <> 'GEHOUDEN' OR (gehouden_op IS NOT NULL
        AND plan IS NOT NULL AND trekker IS NOT NULL AND crisisclausule IS NOT NULL))
);
CREATE INDEX begeleidingsoverleg_zaak ON begeleidingsoverleg (zaak_id);

CREATE TABLE overleg_deelnemer (
    overleg_id    UUID          NOT NULL REFERENCES begeleidingsoverleg (id),
    volgnummer    INTEGER       NOT NULL,
    rol           VARCHAR(60)   NOT NULL,
    organisatie   VARCHAR(200)  NOT NULL,
    verplicht     BOOLEAN       NOT NULL,
    aanwezig      BOOLEAN,
    PRIMARY KEY (overleg_id, volgnummer)
);

-- Maatwerk (R-14): a traject outside the catalogue, approved by a teamleider, with its funding source.
INSERT INTO voorziening (id, code, naam, doel, klantgroepen, min_leeftijd, max_leeftijd, doelgroepregister_vereist,
                         max_duur_maanden, min_uren_per_week, max_bedrag, geldig_vanaf, bron) VALUES
 (gen_random_uuid(), 'maatwerk', 'Maatwerkvoorziening buiten de standaardcatalogus',
  'Een op de persoon toegesneden voorziening die de catalogus niet kent (bijv. dagbesteding buiten de gemeente)', NULL,
  NULL, NULL, FALSE, NULL, NULL, NULL, DATE '2021-01-01',
  'V art. 2 lid 2 (maatwerk, het meest doelmatig voor de persoon); seed-000-002 R-14 (maatwerkbesluit met financieringsbron en fiatteur)');
ALTER TABLE traject ADD COLUMN maatwerk_omschrijving TEXT;
ALTER TABLE traject ADD COLUMN financieringsbron VARCHAR(200);
ALTER TABLE traject ADD COLUMN goedgekeurd_door VARCHAR(200);
ALTER TABLE traject ADD CONSTRAINT traject_maatwerk_compleet CHECK (voorziening_code <> 'maatwerk'
    OR (maatwerk_omschrijving IS NOT NULL AND financieringsbron IS NOT NULL AND goedgekeurd_door IS NOT NULL));
