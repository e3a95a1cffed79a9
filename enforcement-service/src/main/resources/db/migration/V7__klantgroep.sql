-- Klantgroep-aware rules (issue 5; seed-004-deventer.md §4.1, §4.3): the klant's client group on the gedraging
-- (from casework's gedraging-gemeld or the REST registration; NULL = unknown, older events), the no-show outcomes
-- contact-zoeken (Zorg, 1st) and blokkeren (Faciliteren/Zorg, 2nd) with the rechtmatigheidsonderzoek a blokkering
-- starts; the GWS feed gets a mutatie of soort 'blokkering' (unique per maatregel and soort, V6).
ALTER TABLE gedraging
    ADD COLUMN klantgroep VARCHAR(20),
    ADD CONSTRAINT gedraging_klantgroep
        CHECK (klantgroep IS NULL OR klantgroep IN ('matchen', 'groeien', 'faciliteren', 'zorg'));

ALTER TABLE maatregel
    DROP CONSTRAINT maatregel_status,
    ADD CONSTRAINT maatregel_status CHECK (status IN ('voorgesteld', 'opgelegd', 'afgezien', 'gewaarschuwd', 'herzien',
                                                      'contact-gezocht', 'geblokkeerd')),
    ADD COLUMN onderzoek_id UUID REFERENCES handhavingsonderzoek (id);
