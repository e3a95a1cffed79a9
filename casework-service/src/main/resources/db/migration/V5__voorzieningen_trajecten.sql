-- Issue 4 "Plan van aanpak and trajecten": the municipal voorzieningen catalogue as dated data (the Deventer
-- Re-integratieverordening 2021 (V) and Beleidsregels Re-integratie 2021 (BR), seed-004-deventer.md §2.6), the plan
-- van aanpak, and trajecten chosen from the catalogue with their eligibility checked when added.
CREATE TABLE voorziening (
    id                        UUID          PRIMARY KEY,
    code                      VARCHAR(60)   NOT NULL,
    naam                      VARCHAR(200)  NOT NULL,
    doel                      TEXT          NOT NULL,
    -- Comma-separated klantgroep codes the provision is for; NULL: every klantgroep.
    klantgroepen              VARCHAR(400),
    min_leeftijd              INTEGER,
    -- Exclusive: "tot 27 jaar" is max_leeftijd 27 (the 27th birthday is too old).
    max_leeftijd              INTEGER,
    doelgroepregister_vereist BOOLEAN       NOT NULL DEFAULT FALSE,
    max_duur_maanden          INTEGER,
    min_uren_per_week         INTEGER,
    max_bedrag                NUMERIC(10, 2),
    geldig_vanaf              DATE          NOT NULL,
    geldig_tot                DATE,
    bron                      TEXT          NOT NULL,
    CONSTRAINT voorziening_versie UNIQUE (code, geldig_vanaf),
    CONSTRAINT voorziening_geldigheid CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_vanaf)
);

INSERT INTO voorziening (id, code, naam, doel, klantgroepen, min_leeftijd, max_leeftijd, doelgroepregister_vereist,
                         max_duur_maanden, min_uren_per_week, max_bedrag, geldig_vanaf, bron) VALUES
 (gen_random_uuid(), 'werkervaringsplaats', 'Werkervaringsplaats (WEP)',
  'Werkervaring opdoen en/of leren functioneren in een arbeidsrelatie', 'groeien', NULL, NULL, FALSE, 3, NULL, NULL,
  DATE '2021-01-01', 'V art. 4; BR art. 1 lid 1 (klantgroep Groeien) en lid 3 (maximaal drie maanden); seed-004 §2.6 P1'),
 (gen_random_uuid(), 'proefplaatsing', 'Proefplaatsing',
  'Beoordelen of een persoon voldoende competenties heeft voor een beoogde baan', 'matchen,groeien', NULL, NULL, FALSE,
  3, 20, NULL, DATE '2021-01-01', 'V art. 4; BR art. 2 lid 1 (Matchen of Groeien), lid 3 (maximaal drie maanden), lid 4 a (minimaal 20 uur per week); seed-004 §2.6 P2'),
 (gen_random_uuid(), 'sociale-activering', 'Sociale activering',
  'Onbeloonde maatschappelijk zinvolle activiteiten gericht op arbeidsinschakeling of zelfstandige maatschappelijke participatie',
  NULL, NULL, NULL, FALSE, NULL, NULL, NULL, DATE '2021-01-01', 'V art. 5; seed-004 §2.6 P3'),
 (gen_random_uuid(), 'maatschappelijke-participatie', 'Ondersteuning bij maatschappelijke participatie',
  'Ondersteuning voor personen zonder arbeidspotentieel die van waarde willen zijn voor de samenleving', NULL, 27, NULL,
  FALSE, NULL, NULL, NULL, DATE '2021-01-01', 'V art. 5a (27 jaar of ouder met recht op algemene bijstand); seed-004 §2.6 P4'),
 (gen_random_uuid(), 'scholing', 'Scholing',
  'De kansen op de arbeidsmarkt vergroten, bij voorkeur praktijkgericht', 'groeien', NULL, NULL, FALSE, 12, NULL, 2500.00,
  DATE '2021-01-01', 'V art. 6; BR art. 3 (klantgroep Groeien; maximaal twaalf maanden; maximale vergoeding € 2.500); seed-004 §2.6 P5'),
 (gen_random_uuid(), 'leer-werktraject', 'Ondersteuning bij leer-werktraject',
  'Schooluitval voorkomen; een startkwalificatie halen via een leer-werktraject', NULL, 16, 27, FALSE, NULL, NULL, NULL,
  DATE '2021-01-01', 'V art. 8 (16 of 17 jaar met leer- of kwalificatieplicht, of 18 tot 27 jaar zonder startkwalificatie; Pw art. 10f); seed-004 §2.6 P7'),
 (gen_random_uuid(), 'werk-leerroute', 'Werk-leerroute',
  'Basisvaardigheden verwerven die in een branche gevraagd worden', 'groeien', NULL, NULL, FALSE, 9, 20, NULL,
  DATE '2021-01-01', 'V art. 8a; BR art. 4 lid 3 (negen maanden, circa 20 uur per week; klantgroep Groeien); seed-004 §2.6 P8'),
 (gen_random_uuid(), 'jobcoaching', 'Persoonlijke ondersteuning (jobcoach)',
  'Structurele ondersteuning bij het verrichten van taken, met als doel werken zonder ondersteuning', NULL, NULL, NULL,
  FALSE, NULL, NULL, NULL, DATE '2021-01-01', 'V art. 9; seed-004 §2.6 P9'),
 (gen_random_uuid(), 'loonkostensubsidie', 'Loonkostensubsidie (doelgroep loonkostensubsidie)',
  'Compensatie van verminderde loonwaarde voor een werkgever', NULL, NULL, NULL, TRUE, NULL, NULL, NULL,
  DATE '2021-01-01', 'V art. 11 (Pw art. 10c/10d: doelgroep, niet in staat met voltijdse arbeid het WML te verdienen); forfaitair 50% WML de eerste maximaal 6 maanden (lid 3); seed-004 §2.6 P11'),
 (gen_random_uuid(), 'startbaansubsidie', 'Startbaansubsidie', 'Eenmalige tegemoetkoming aan de werkgever bij een '
  || 'dienstverband van zes of twaalf maanden', NULL, NULL, NULL, FALSE, 12, NULL, 6000.00, DATE '2021-01-01',
  'V art. 12; BR art. 5 lid 3 (maximaal € 3.000 bij zes maanden, € 6.000 bij twaalf maanden); seed-004 §2.6 P12'),
 (gen_random_uuid(), 'tijdelijke-tegemoetkoming', 'Tijdelijke tegemoetkoming loonkosten',
  'Compensatie van gebrek aan arbeidsritme en vaardigheden na langdurige werkloosheid', 'groeien', NULL, NULL, FALSE, 6,
  20, NULL, DATE '2021-01-01', 'V art. 12a; BR art. 6 lid 3 (minimaal 20 betaalde uren per week), lid 5 (maximaal zes maanden); seed-004 §2.6 P13 (mainly Groeien)'),
 (gen_random_uuid(), 'overige-vergoeding', 'Overige vergoedingen', 'Noodzakelijke kosten die deelname aan een traject '
  || 'belemmeren', NULL, NULL, NULL, FALSE, NULL, NULL, 250.00, DATE '2021-01-01',
  'V art. 14; BR art. 7 (tot een maximum van € 250); seed-004 §2.6 P15');

-- The plan van aanpak (Pw art. 44a; V-T art. 3; seed-004 §2.5): goals, agreements and obligations, set after
-- consultation with the klant; a new version replaces the previous one.
CREATE TABLE plan_van_aanpak (
    id               UUID          PRIMARY KEY,
    zaak_id          UUID          NOT NULL REFERENCES zaak (id),
    versie           INTEGER       NOT NULL,
    doelen           TEXT          NOT NULL,
    afspraken        TEXT          NOT NULL,
    verplichtingen   TEXT          NOT NULL,
    evaluatiedatum   DATE          NOT NULL,
    vastgesteld_door VARCHAR(200)  NOT NULL,
    vastgesteld_op   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT plan_versie UNIQUE (zaak_id, versie)
);

CREATE TABLE traject (
    id               UUID          PRIMARY KEY,
    zaak_id          UUID          NOT NULL REFERENCES zaak (id),
    voorziening_id   UUID          NOT NULL REFERENCES voorziening (id),
    voorziening_code VARCHAR(60)   NOT NULL,
    startdatum       DATE          NOT NULL,
    einddatum        DATE          NOT NULL,
    uren_per_week    INTEGER,
    kosten           NUMERIC(10, 2),
    uitvoerder       VARCHAR(200),
    status           VARCHAR(20)   NOT NULL,
    resultaat        VARCHAR(40),
    toelichting      TEXT,
    gestart_door     VARCHAR(200)  NOT NULL,
    gestart_op       TIMESTAMPTZ   NOT NULL,
    beeindigd_op     TIMESTAMPTZ,
    version          BIGINT        NOT NULL,
    CONSTRAINT traject_periode CHECK (einddatum >= startdatum)
);
CREATE INDEX traject_zaak ON traject (zaak_id);

-- The klant's doelgroepregister indication as casework knows it (needed for loonkostensubsidie).
ALTER TABLE zaak ADD COLUMN in_doelgroepregister BOOLEAN NOT NULL DEFAULT FALSE;
