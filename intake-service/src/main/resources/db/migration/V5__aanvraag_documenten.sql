-- Issue 3 "documents within 5 working days, an aanvultermijn after that, then buiten behandeling"
-- (seed-004-deventer.md §3.1, PB §2.2.2, scenario S15; Awb art. 4:5 and 4:15).
-- The aanvraag levensonderhoud has its own status beside the intake workflow: it goes on after doorzetten.
ALTER TABLE melding ADD COLUMN aanvraag_status VARCHAR(20);
ALTER TABLE melding ADD COLUMN documenten_compleet_op DATE;
ALTER TABLE melding ADD COLUMN aanvraag_afgesloten_op TIMESTAMPTZ;
ALTER TABLE melding ADD COLUMN aanvraag_toelichting TEXT;
UPDATE melding SET aanvraag_status = 'IN_BEHANDELING' WHERE type = 'AANVRAAG_LEVENSONDERHOUD';
ALTER TABLE melding ADD CONSTRAINT melding_aanvraag_status_alleen_bij_aanvraag
    CHECK ((type = 'AANVRAAG_LEVENSONDERHOUD') = (aanvraag_status IS NOT NULL));

-- Every invitation to supplement the aanvraag (Awb 4:5) with its outcome; the beslistermijn is suspended by them
-- (Awb 4:15 lid 1 a), so they are kept, never overwritten.
CREATE TABLE aanvulverzoek (
    id                 UUID          PRIMARY KEY,
    melding_id         UUID          NOT NULL REFERENCES melding (id),
    uitnodigingsdatum  DATE          NOT NULL,
    einde              DATE          NOT NULL,
    aangevuld_op       DATE,
    ontbrekend         TEXT          NOT NULL,
    verstuurd_door     VARCHAR(200)  NOT NULL,
    verstuurd_op       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT aanvulverzoek_einde_na_uitnodiging CHECK (einde > uitnodigingsdatum),
    CONSTRAINT aanvulverzoek_aangevuld_na_uitnodiging CHECK (aangevuld_op IS NULL OR aangevuld_op >= uitnodigingsdatum)
);
CREATE INDEX aanvulverzoek_melding ON aanvulverzoek (melding_id, uitnodigingsdatum);
