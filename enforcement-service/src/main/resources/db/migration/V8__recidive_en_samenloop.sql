-- Recidive semantics as data of the regelset, and samenloop computed from the klant's history.
--
-- recidive_telt: what counts as an earlier breach: 'opgelegd' (an imposed maatregel only: Pw art. 18 lid 6-8
-- "nadat ... toepassing heeft gevonden"; Rotterdam Verordening maatregelen art. 11) or 'opgelegd-of-waarschuwing'
-- (a verordening that also counts a waarschuwing, as step 1).
-- recidive_vanaf: the day the term starts: 'besluitdatum' (the besluit on the earlier maatregel, taken on or before
-- the new gedraging: the statute's wording) or 'gedragingsdatum' (the earlier gedraging).
-- Existing versions get the statutory default; the term stays per category (recidive_termijn_maanden).
ALTER TABLE regelset
    ADD COLUMN recidive_telt  VARCHAR(30) NOT NULL DEFAULT 'opgelegd',
    ADD COLUMN recidive_vanaf VARCHAR(30) NOT NULL DEFAULT 'besluitdatum',
    ADD CONSTRAINT regelset_recidive_telt CHECK (recidive_telt IN ('opgelegd', 'opgelegd-of-waarschuwing')),
    ADD CONSTRAINT regelset_recidive_vanaf CHECK (recidive_vanaf IN ('besluitdatum', 'gedragingsdatum'));

-- Samenloop (one verlaging, the highest): a maatregel taken up in the verlaging of another (opgenomen_in: no
-- verlaging of its own), or a verlaging that ends or lapses because a higher one of the same period replaced it
-- (vervangen_door; einddatum then lies before the replacing verlaging starts).
ALTER TABLE maatregel
    ADD COLUMN opgenomen_in   UUID REFERENCES maatregel (id),
    ADD COLUMN vervangen_door UUID REFERENCES maatregel (id);
