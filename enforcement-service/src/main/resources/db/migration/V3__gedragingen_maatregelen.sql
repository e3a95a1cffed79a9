-- The maatregel procedure (issue 5): a gedraging (registered by a handhaver or reported by casework's
-- gedraging-gemeld event) → horen → hersteltermijn → voorstel → besluit; the maatregel with the rule version and
-- article it applied (anchors-lessons.md §11 idea 4); and the GWS decision feed (§11 idea 7).
CREATE TABLE gedraging (
    id                          UUID          PRIMARY KEY,
    klant_id                    UUID          NOT NULL,
    zaak_id                     UUID,
    categorie                   VARCHAR(80)   NOT NULL,
    regelset_id                 BIGINT        NOT NULL REFERENCES regelset (id),
    datum                       DATE          NOT NULL,
    referentiedatum             DATE,
    bron                        VARCHAR(20)   NOT NULL,
    bron_id                     UUID,
    status                      VARCHAR(40)   NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    geregistreerd_door          VARCHAR(100)  NOT NULL,
    geregistreerd_op            TIMESTAMPTZ   NOT NULL,
    hoorverzoek_kanaal          VARCHAR(20),
    hoorverzoek_verzonden_op    DATE,
    hoorgesprek_op              DATE,
    hersteltermijn_verzonden_op DATE,
    hersteltermijn_gesprek_op   DATE,
    gehoord_op                  DATE,
    samengevoegd_in             UUID          REFERENCES gedraging (id),
    CONSTRAINT gedraging_bron CHECK (bron IN ('handhaver', 'casework')),
    CONSTRAINT gedraging_bron_id UNIQUE (bron, bron_id)
);
CREATE INDEX gedraging_klant ON gedraging (klant_id, geregistreerd_op);

-- One maatregel per (main) gedraging; re-proposing replaces the proposal until the besluit.
CREATE TABLE maatregel (
    id                          UUID          PRIMARY KEY,
    gedraging_id                UUID          NOT NULL UNIQUE REFERENCES gedraging (id),
    klant_id                    UUID          NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    uitkomst                    VARCHAR(20)   NOT NULL,
    afzien_reden                VARCHAR(40),
    motivering                  TEXT,
    verwijtbaar                 BOOLEAN       NOT NULL,
    geen_verwijtbaarheid_reden  TEXT,
    dringende_redenen           TEXT,
    waarschuwing_gevraagd       BOOLEAN       NOT NULL,
    categorie                   VARCHAR(80)   NOT NULL,
    recidivegroep               VARCHAR(80)   NOT NULL,
    stap                        INTEGER       NOT NULL,
    recidive                    BOOLEAN       NOT NULL,
    percentage                  INTEGER       NOT NULL,
    duur_maanden                INTEGER,
    bedrag_eenmalig             NUMERIC(10, 2),
    norm_per_maand              NUMERIC(10, 2),
    ingangsdatum                DATE,
    einddatum                   DATE,
    perioden                    TEXT          NOT NULL,
    artikel                     VARCHAR(100)  NOT NULL,
    bron                        TEXT          NOT NULL,
    samenloop                   TEXT          NOT NULL,
    regelset_id                 BIGINT        NOT NULL REFERENCES regelset (id),
    voorgesteld_op              TIMESTAMPTZ   NOT NULL,
    besluitdatum                DATE,
    bezwaar_tot                 DATE,
    besloten_door               VARCHAR(100),
    CONSTRAINT maatregel_status CHECK (status IN ('voorgesteld', 'opgelegd', 'afgezien', 'gewaarschuwd'))
);
CREATE INDEX maatregel_klant ON maatregel (klant_id, status);

-- The pull feed for GWS-like systems: one row per opgelegde maatregel, numbered in commit order (writers take a
-- transaction-scoped advisory lock before inserting, so a reader never sees number n+1 before n).
CREATE TABLE uitkeringsmutatie (
    volgnummer      BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              UUID          NOT NULL UNIQUE,
    maatregel_id    UUID          NOT NULL UNIQUE REFERENCES maatregel (id),
    klant_id        UUID          NOT NULL,
    data            TEXT          NOT NULL,
    aangemaakt_op   TIMESTAMPTZ   NOT NULL
);
