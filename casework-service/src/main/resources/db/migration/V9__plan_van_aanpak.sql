-- Issue 4 "Plan van aanpak" (Pw art. 44a; V-T art. 3; seed-004-deventer.md §2.5): the plan's variant per klantgroep,
-- the consultation with the klant and the klant's signature.
ALTER TABLE plan_van_aanpak ADD COLUMN variant VARCHAR(40) NOT NULL DEFAULT 'trajectplan';
ALTER TABLE plan_van_aanpak ALTER COLUMN variant DROP DEFAULT;
ALTER TABLE plan_van_aanpak ADD COLUMN overleg_met_klant_op DATE NOT NULL DEFAULT CURRENT_DATE;
ALTER TABLE plan_van_aanpak ALTER COLUMN overleg_met_klant_op DROP DEFAULT;
ALTER TABLE plan_van_aanpak ADD COLUMN klant_akkoord_op DATE;
