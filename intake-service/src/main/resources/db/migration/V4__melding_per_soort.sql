-- Issue 3 "Fields per kind": the partner organisation of a signaal, the school leaver's expected leaving date,
-- and the income test of a verzoek om ondersteuning (Re-integratieverordening Deventer 2021 art. 2 lid 3-4).
ALTER TABLE melding ADD COLUMN melder_organisatie VARCHAR(200);
ALTER TABLE melding ADD COLUMN melder_soort VARCHAR(30);
ALTER TABLE melding ADD COLUMN verwachte_uitstroomdatum DATE;
ALTER TABLE melding ADD COLUMN inkomen_per_maand NUMERIC(10, 2);
ALTER TABLE melding ADD COLUMN in_doelgroepregister BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX melding_melder_organisatie ON melding (melder_organisatie);

-- The wettelijk minimumloon as dated data (bruto per maand, 21 jaar en ouder), the base of the 120% income limit.
-- Amounts change every 1 January and 1 July: the functioneel beheerder adds a row and closes the previous one.
CREATE TABLE minimumloon (
    geldig_vanaf      DATE           PRIMARY KEY,
    geldig_tot        DATE,
    bruto_per_maand   NUMERIC(10, 2) NOT NULL,
    bron              TEXT           NOT NULL
);
INSERT INTO minimumloon (geldig_vanaf, geldig_tot, bruto_per_maand, bron) VALUES
 (DATE '2026-01-01', NULL, 2294.40,
  'Wet minimumloon en minimumvakantiebijslag; Ministeriële regeling indexatie wettelijk minimum per 1 januari 2026: '
  || 'minimumuurloon € 14,71, bruto referentiemaandloon € 2.294,40 (as published by rijksoverheid.nl and reported by '
  || 'payroll firms, stored copies smitwolf.nl and grootheddeaccountants.nl). [U] The 1 July 2026 indexation is not in '
  || 'the stored sources: add it with its own row and close this one.');
