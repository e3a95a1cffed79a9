-- Issue 3: the intake workflow (seed-004-deventer.md §3.1): screening, ambitiegesprek, klantgroep, and the end of a
-- melding in intake (doorgezet, afgewezen, ingetrokken, doorgestuurd naar handhaving).
ALTER TABLE melding ALTER COLUMN status TYPE VARCHAR(30);
ALTER TABLE melding ADD COLUMN klantgroep VARCHAR(40);
ALTER TABLE melding ADD COLUMN afsluit_reden VARCHAR(40);
ALTER TABLE melding ADD COLUMN afsluit_toelichting TEXT;
ALTER TABLE melding ADD COLUMN afgesloten_at TIMESTAMPTZ;

-- One open melding per person per type: "open" now spans every status before the melding leaves intake.
DROP INDEX melding_one_open_per_type;
CREATE UNIQUE INDEX melding_one_open_per_type ON melding (klant_id, type)
    WHERE status IN ('GEREGISTREERD', 'SCREENING_AFGEROND', 'AMBITIEGESPREK_GEHOUDEN', 'KLANTGROEP_BEPAALD');
CREATE INDEX melding_status ON melding (status);

-- The klantgroepen are the municipality's configuration, not code (issue 3): Deventer's four are the shipped
-- example; another municipality (Apeldoorn: werkbedrijf vs activering) replaces or extends them.
CREATE TABLE klantgroep (
    code        VARCHAR(40)   PRIMARY KEY,
    naam        VARCHAR(100)  NOT NULL,
    definitie   TEXT          NOT NULL,
    bron        TEXT          NOT NULL,
    volgorde    INTEGER       NOT NULL,
    actief      BOOLEAN       NOT NULL
);
INSERT INTO klantgroep (code, naam, definitie, bron, volgorde, actief) VALUES
 ('matchen', 'Matchen',
  'Klantgroep die geen dan wel een kleine afstand tot de arbeidsmarkt heeft: de arbeidsmarkt kan binnen zes maanden worden bereikt.',
  'Re-integratieverordening Deventer 2021 art. 1 onder b; productenboek §2.2.4 (seed-004-deventer.md §2.3)', 1, TRUE),
 ('groeien', 'Groeien',
  'Klantgroep met afstand tot de arbeidsmarkt en ontwikkelpotentieel: de arbeidsmarkt kan binnen drie jaar worden bereikt.',
  'Re-integratieverordening Deventer 2021 art. 1 onder c; productenboek §2.2.4 (seed-004-deventer.md §2.3)', 2, TRUE),
 ('faciliteren', 'Faciliteren',
  'Klantgroep zonder arbeidspotentieel maar met participatiemogelijkheden: het college ondersteunt belanghebbende om te participeren en van waarde te zijn voor de samenleving.',
  'Re-integratieverordening Deventer 2021 art. 1 onder d; productenboek §2.2.4 (seed-004-deventer.md §2.3)', 3, TRUE),
 ('zorg', 'Zorg',
  'Klantgroep waarvoor de dienstverlening primair voorziet in inkomenszekerheid.',
  'Re-integratieverordening Deventer 2021 art. 1 onder e; productenboek §2.2.4 (seed-004-deventer.md §2.3)', 4, TRUE);

-- The inkomensconsulent's screeningsgesprek (productenboek §2.2.2).
CREATE TABLE screening (
    melding_id        UUID          PRIMARY KEY REFERENCES melding (id),
    hulpvraag         VARCHAR(100)  NOT NULL,
    juiste_loket      VARCHAR(20)   NOT NULL,
    verwijzing_reden  TEXT,
    bad_verwijzing    BOOLEAN       NOT NULL,
    fraudevermoeden   BOOLEAN       NOT NULL,
    broodnood         BOOLEAN       NOT NULL,
    rapportage        TEXT          NOT NULL,
    afgerond_op       TIMESTAMPTZ   NOT NULL,
    afgerond_door     VARCHAR(200)  NOT NULL
);

-- The intaker's ambitiegesprek (productenboek §2.2.3).
CREATE TABLE ambitiegesprek (
    melding_id        UUID          PRIMARY KEY REFERENCES melding (id),
    zelfbeoordeling   VARCHAR(30)   NOT NULL,
    resultaat         TEXT          NOT NULL,
    aandachtspunten   TEXT,
    gehouden_op       TIMESTAMPTZ   NOT NULL,
    intaker           VARCHAR(200)  NOT NULL
);

-- Every klantgroep decision, with the klant's own preference beside it (productenboek §2.2.3: "De voorkeur van de
-- klant wordt serieus genomen, maar uiteindelijk besluit de consulent. Je registreert dit verschil van mening").
CREATE TABLE klantgroep_besluit (
    id                UUID          PRIMARY KEY,
    melding_id        UUID          NOT NULL REFERENCES melding (id),
    klantgroep        VARCHAR(40)   NOT NULL REFERENCES klantgroep (code),
    klant_voorkeur    VARCHAR(40)   REFERENCES klantgroep (code),
    reden             TEXT          NOT NULL,
    besloten_op       TIMESTAMPTZ   NOT NULL,
    besloten_door     VARCHAR(200)  NOT NULL
);
CREATE INDEX klantgroep_besluit_melding ON klantgroep_besluit (melding_id, besloten_op);
