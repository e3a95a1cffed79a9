-- The werkvoorraad read model (docs/contracts/werkitems.md): per (bron, klant) the snapshot with the highest
-- volgnummer, its items, and per bron the time of the newest event applied (staleness).
CREATE TABLE werkitem_snapshot (
    bron       VARCHAR(20)  NOT NULL,
    klant_id   UUID         NOT NULL,
    volgnummer BIGINT       NOT NULL,
    event_tijd TIMESTAMPTZ,
    PRIMARY KEY (bron, klant_id)
);

CREATE TABLE werkitem (
    bron           VARCHAR(20)  NOT NULL,
    klant_id       UUID         NOT NULL,
    item_id        VARCHAR(200) NOT NULL,
    soort          VARCHAR(100) NOT NULL,
    omschrijving   VARCHAR(500) NOT NULL,
    zaak_id        UUID,
    vervaldatum    DATE         NOT NULL,
    grondslag      VARCHAR(200),
    status         VARCHAR(10)  NOT NULL,
    rol            VARCHAR(60)  NOT NULL,
    team           VARCHAR(100),
    toegewezen_aan VARCHAR(200),
    klantgroep     VARCHAR(60),
    pad            VARCHAR(500) NOT NULL,
    PRIMARY KEY (bron, klant_id, item_id)
);
-- The list is sorted by vervaldatum then id; the access rule filters by team, assignee, rol and klant.
CREATE INDEX werkitem_vervaldatum ON werkitem (vervaldatum, item_id);
CREATE INDEX werkitem_team ON werkitem (team, vervaldatum);
CREATE INDEX werkitem_toegewezen ON werkitem (toegewezen_aan, vervaldatum);
CREATE INDEX werkitem_rol ON werkitem (rol, vervaldatum);
CREATE INDEX werkitem_klant ON werkitem (klant_id);

CREATE TABLE bron_stand (
    bron           VARCHAR(20) PRIMARY KEY,
    -- the CloudEvents time of the newest snapshot of this bron applied
    bijgewerkt_tot TIMESTAMPTZ NOT NULL
);

-- Per-record access (README "Tokens and roles"): casework's zaken per klant with team and regisseur, fed by
-- zaak-aangemaakt, regisseur-toegewezen and zaak-afgesloten (platform ZaakToegangProjectie).
CREATE TABLE zaak_toegang (
    zaak_id    UUID PRIMARY KEY,
    klant_id   UUID         NOT NULL,
    team       VARCHAR(100),
    regisseur  VARCHAR(200),
    regie_op   TIMESTAMPTZ,
    afgesloten BOOLEAN      NOT NULL DEFAULT false
);
CREATE INDEX zaak_toegang_klant ON zaak_toegang (klant_id);
CREATE INDEX zaak_toegang_team ON zaak_toegang (team, klant_id);
CREATE INDEX zaak_toegang_regisseur ON zaak_toegang (regisseur, klant_id);

-- Whether a zaak is one with active zorg: its klantgroep (zaak-aangemaakt, klantgroep-gewijzigd) and casework's
-- actieveZorg flag as gedraging-gemeld carries it. Decides the maatregel-voorgesteld signalering.
CREATE TABLE zaak_zorg (
    zaak_id        UUID PRIMARY KEY,
    klantgroep     VARCHAR(60),
    -- the time of the klantgroep-gewijzigd applied last; NULL: only zaak-aangemaakt so far
    klantgroep_op  TIMESTAMPTZ,
    actieve_zorg   BOOLEAN
);

-- Saved views: a user's named filter set.
CREATE TABLE weergave (
    id             UUID PRIMARY KEY,
    eigenaar       VARCHAR(200) NOT NULL,
    naam           VARCHAR(100) NOT NULL,
    toegewezen_aan VARCHAR(200),
    team           VARCHAR(100),
    rol            VARCHAR(60),
    soort          VARCHAR(100),
    klant_id       UUID,
    klantgroep     VARCHAR(60),
    venster        VARCHAR(20),
    versie         INTEGER      NOT NULL,
    aangemaakt_op  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT weergave_naam_uniek UNIQUE (eigenaar, naam)
);

-- Signaleringen: to a user, to a team (every member reads it) or to a role (intake-medewerker, handhaver).
CREATE TABLE signalering (
    id              UUID PRIMARY KEY,
    volgnummer      BIGSERIAL    NOT NULL UNIQUE,
    soort           VARCHAR(40)  NOT NULL,
    ontvanger_soort VARCHAR(20)  NOT NULL,
    ontvanger       VARCHAR(200) NOT NULL,
    bron            VARCHAR(20)  NOT NULL,
    klant_id        UUID         NOT NULL,
    item_id         VARCHAR(200) NOT NULL,
    werkitem_soort  VARCHAR(100),
    zaak_id         UUID,
    vervaldatum     DATE,
    pad             VARCHAR(500),
    aangemaakt_op   TIMESTAMPTZ  NOT NULL,
    -- each item and kind is signalled once per recipient
    CONSTRAINT signalering_eenmalig UNIQUE (bron, item_id, soort, ontvanger_soort, ontvanger)
);
CREATE INDEX signalering_ontvanger ON signalering (ontvanger_soort, ontvanger, volgnummer);

CREATE TABLE signalering_gelezen (
    signalering_id UUID         NOT NULL REFERENCES signalering (id) ON DELETE CASCADE,
    gebruiker      VARCHAR(200) NOT NULL,
    gelezen_op     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (signalering_id, gebruiker)
);

-- The kinds a user receives; no row: every kind.
CREATE TABLE signalering_voorkeur (
    gebruiker VARCHAR(200) PRIMARY KEY,
    soorten   VARCHAR(200) NOT NULL
);
