-- Regie vs uitvoering (seed-000-002 R-26, R-27; T02; the Ray Heijder case): the regisseur executing the work traject
-- needs a recorded, approved deviation with a reason and its condition, visible to the klant.
CREATE TABLE afwijking (
    id                UUID          PRIMARY KEY,
    zaak_id           UUID          NOT NULL REFERENCES zaak (id),
    soort             VARCHAR(40)   NOT NULL,
    reden             TEXT          NOT NULL,
    voorwaarde        TEXT,
    status            VARCHAR(20)   NOT NULL,
    aangevraagd_door  VARCHAR(200)  NOT NULL,
    aangevraagd_op    TIMESTAMPTZ   NOT NULL,
    beoordeeld_door   VARCHAR(200),
    beoordeeld_op     TIMESTAMPTZ,
    toelichting       TEXT,
    -- R-27: a deviation is never hidden from the klant.
    zichtbaar_voor_klant BOOLEAN    NOT NULL DEFAULT TRUE CHECK (zichtbaar_voor_klant),
    CONSTRAINT afwijking_reden_niet_leeg CHECK (btrim(reden) <> ''),
    -- Four eyes: who asks does not approve.
    CONSTRAINT afwijking_vier_ogen CHECK (beoordeeld_door IS NULL OR beoordeeld_door <> aangevraagd_door)
);
CREATE INDEX afwijking_zaak ON afwijking (zaak_id);
