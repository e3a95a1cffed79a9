-- The contract with enforcement: the catalogue of gedragingscategorieen that enforcement publishes
-- (gedragingscategorieen-gewijzigd, a copy kept through the inbox), so a report enforcement would refuse is refused
-- here at once (400) instead of answered 201 and refused silently later. One row per version and code; the latest
-- event replaces the whole catalogue.
CREATE TABLE gedragingscategorie (
    id                       BIGSERIAL     PRIMARY KEY,
    regelset                 VARCHAR(60)   NOT NULL,
    geldig_vanaf             DATE          NOT NULL,
    geldig_tot               DATE,
    code                     VARCHAR(80)   NOT NULL,
    artikel                  VARCHAR(200),
    arbeidsverplichting      BOOLEAN       NOT NULL,
    niet_voor_klantgroepen   VARCHAR(400)  NOT NULL,
    referentiedatum_vereist  BOOLEAN       NOT NULL,
    ontvangen_op             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT gedragingscategorie_versie_code UNIQUE (geldig_vanaf, code),
    CONSTRAINT gedragingscategorie_geldigheid CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_vanaf)
);

-- A reported gedraging that enforcement still refused (gedraging-geweigerd): its status and the reason.
ALTER TABLE gedraging
    ADD COLUMN status          VARCHAR(20)   NOT NULL DEFAULT 'gemeld',
    ADD COLUMN weigering_code  VARCHAR(60),
    ADD COLUMN weigering_reden TEXT,
    ADD COLUMN geweigerd_op    TIMESTAMPTZ,
    ADD CONSTRAINT gedraging_status CHECK (status IN ('gemeld', 'geweigerd')),
    ADD CONSTRAINT gedraging_weigering CHECK ((status = 'geweigerd') = (weigering_code IS NOT NULL));
