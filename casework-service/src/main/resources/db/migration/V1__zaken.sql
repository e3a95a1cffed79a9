-- The klant as casework knows them: the pseudonymous klant_id from intake and only the personal data casework
-- needs to show a dossier (fetched from intake over REST; no BSN is stored here).
CREATE TABLE klant (
    klant_id        UUID          PRIMARY KEY,
    naam            VARCHAR(200)  NOT NULL,
    geboortedatum   DATE          NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);

CREATE TABLE zaak (
    id              UUID          PRIMARY KEY,
    klant_id        UUID          NOT NULL REFERENCES klant (klant_id),
    -- The melding it came from: a melding becomes at most one zaak, whatever is redelivered.
    melding_id      UUID          UNIQUE,
    melding_type    VARCHAR(40),
    status          VARCHAR(20)   NOT NULL,
    -- Never ownerless: a new zaak is owned by its team queue until a regisseur is assigned.
    team            VARCHAR(100)  NOT NULL,
    regisseur       VARCHAR(200),
    created_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX zaak_klant ON zaak (klant_id);
