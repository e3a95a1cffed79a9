-- Per-record access (README "Tokens and roles"): which casework zaken a klant has, with the team and regisseur that hold
-- their regie and whether they are closed, fed by casework's zaak-aangemaakt, regisseur-toegewezen and zaak-afgesloten
-- (ZaakToegangHandler, through the inbox). A klantmanager reads a klant's gedragingen when one of these zaken is theirs
-- or their team's, and acts on them through an open one.
CREATE TABLE zaak_toegang (
    zaak_id    UUID PRIMARY KEY,
    klant_id   UUID         NOT NULL,
    team       VARCHAR(100),
    regisseur  VARCHAR(200),
    -- the time of the regie change applied last (CloudEvents time); NULL: only zaak-aangemaakt so far
    regie_op   TIMESTAMPTZ,
    afgesloten BOOLEAN      NOT NULL DEFAULT false
);
CREATE INDEX zaak_toegang_klant ON zaak_toegang (klant_id);
CREATE INDEX zaak_toegang_team ON zaak_toegang (team, klant_id);
CREATE INDEX zaak_toegang_regisseur ON zaak_toegang (regisseur, klant_id);
