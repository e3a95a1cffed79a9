-- Handhaving vs zorg (issue 5; anchors-lessons.md §11 idea 3): when casework flags active zorg for the klant, a
-- maatregel takes effect only after a recorded joint consultation (regisseur + zorg) or an explicit override by a
-- handhaver with a reason.
ALTER TABLE gedraging
    ADD COLUMN actieve_zorg          BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN zorgafstemming_soort  VARCHAR(20),
    ADD COLUMN zorgafstemming_op     DATE,
    ADD COLUMN zorgafstemming_door   VARCHAR(100),
    ADD COLUMN zorgafstemming_reden  TEXT,
    ADD CONSTRAINT gedraging_zorgafstemming CHECK (zorgafstemming_soort IS NULL
        OR zorgafstemming_soort IN ('gezamenlijk-overleg', 'override'));
