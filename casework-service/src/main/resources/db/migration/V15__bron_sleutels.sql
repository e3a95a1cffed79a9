-- Reference data cites the keys of docs/sources.md instead of the old working-note keys (alias table
-- "Old keys" in docs/sources.md). The earlier migrations keep their text (Flyway checksums); this one
-- rewrites only the bron column of the reference tables that the API returns. No klant data is touched.
-- bron_sleutels: seed-004 §x → Dx, seed-003 §x → Hx, seed-000-002 §x → Ax (R-nn → A3 R-nn, rules An →
-- A1.4 rules An), standards-and-law.md §x → Lx. A bare §x after such a key is read in that key's family,
-- except the sections of a cited document itself (thesis §x, PB §x, art. x).
CREATE FUNCTION bron_sleutels(tekst TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    t TEXT := tekst;
    uit TEXT := '';
    familie TEXT := NULL;
    m TEXT[];
BEGIN
    t := replace(t, 'Trede domain/', '');
    -- sections of the Heemskerk thesis itself, not of H
    t := replace(t, '2018: §1.1, §4.2.2,', '2018: ' || chr(1) || '1.1, ' || chr(1) || '4.2.2,');
    t := regexp_replace(t, 'seed-000-002(\.md)? R-', 'A3 R-', 'g');
    t := regexp_replace(t, 'seed-000-002(\.md)? (rules?) A', 'A1.4 \2 A', 'g');
    t := regexp_replace(t, 'seed-000-002(\.md)? T([0-9])', 'A6 T\2', 'g');
    t := regexp_replace(t, 'seed-004 S([0-9])', 'D10 S\1', 'g');
    t := regexp_replace(t, 'seed-004(-deventer\.md)? §', '§D', 'g');
    t := regexp_replace(t, 'seed-003(-heemskerk\.md)? §', '§H', 'g');
    t := regexp_replace(t, 'seed-000-002(\.md)? §', '§A', 'g');
    t := regexp_replace(t, 'standards-and-law(\.md)? §', '§L', 'g');
    t := regexp_replace(t, 'not in seed 004', 'not in the Deventer bundle (D)', 'g');
    t := regexp_replace(t, 'which is not in the seed\.', 'which is not in the Deventer bundle (D).', 'g');
    -- walk the § marks: §D/§H/§A/§L set the family, a bare §n takes the current family
    LOOP
        m := regexp_match(t, '^(.*?)§([DHAL]?)(.*)$');
        EXIT WHEN m IS NULL;
        uit := uit || m[1];
        t := m[3];
        IF m[2] <> '' THEN
            familie := m[2];
            uit := uit || familie;
        ELSIF familie IS NOT NULL AND t ~ '^[0-9]' AND NOT (uit ~ '(thesis( [0-9]{4})?|PB|art\.|ch\.) (§[0-9.]+, )*$') THEN
            uit := uit || familie;
        ELSE
            uit := uit || '§';
        END IF;
    END LOOP;
    RETURN replace(uit || t, chr(1), '§');
END
$$;

UPDATE voorziening SET bron = bron_sleutels(bron) WHERE bron <> bron_sleutels(bron);

DROP FUNCTION bron_sleutels(TEXT);
