-- Issue 4 "a proposed maatregel on a klant with active zorg (schuldhulp etc.) is flagged to the regisseur before it
-- takes effect" (seed-000-002 handhaving vs zorg): the zaak knows whether zorg is active, and which.
ALTER TABLE zaak ADD COLUMN actieve_zorg BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE zaak ADD COLUMN zorg_soort VARCHAR(60);
