-- Issue 3: "other municipalities' groupings (Apeldoorn's werkbedrijf vs activering) must be configurable data, not
-- code". A klantgroep belongs to a stelsel (a municipality's set); the functioneel beheerder activates one stelsel or
-- edits its klantgroepen through the API. The horizon (months to the labour market or participation) goes with it.
ALTER TABLE klantgroep ADD COLUMN stelsel VARCHAR(40);
ALTER TABLE klantgroep ADD COLUMN horizon_maanden INTEGER;
UPDATE klantgroep SET stelsel = 'deventer-2021';
UPDATE klantgroep SET horizon_maanden = 6 WHERE code = 'matchen';
UPDATE klantgroep SET horizon_maanden = 36 WHERE code = 'groeien';
ALTER TABLE klantgroep ALTER COLUMN stelsel SET NOT NULL;
ALTER TABLE klantgroep ADD CONSTRAINT klantgroep_horizon_positief CHECK (horizon_maanden IS NULL OR horizon_maanden > 0);
ALTER TABLE klantgroep ADD COLUMN gewijzigd_op TIMESTAMPTZ;
ALTER TABLE klantgroep ADD COLUMN gewijzigd_door VARCHAR(200);

-- Apeldoorn's routing, shipped inactive as the second example (seed-000-002.md §3 rules A1–A4, scenario T03).
INSERT INTO klantgroep (code, naam, definitie, bron, volgorde, actief, stelsel, horizon_maanden) VALUES
 ('werkbedrijf', 'Werkbedrijf-kandidaat',
  'Re-integratie en plaatsing bij werkgevers door werkbedrijf Lucrato: kandidaten die binnen één jaar geplaatst moeten worden.',
  'Adviesraad VWI Apeldoorn 8 aug 2017 (VWI 1708-01) §Inleiding, §Gezichtspunten; seed-000-002.md rules A1, A2, A4 [A4 DERIVED: expected time to placement at most 12 months]', 1, FALSE, 'apeldoorn-2017', 12),
 ('activering', 'Activering (A&I)',
  'Grotere achterstand tot de arbeidsmarkt: blijft bij de eenheid Activering & Inkomen, met een horizon van 1 tot 3 jaar naar maatschappelijk participeren, afhankelijk van de talenten.',
  'Adviesraad VWI Apeldoorn 8 aug 2017 (VWI 1708-01) §Gezichtspunten; seed-000-002.md rules A3, A4; scenario T03', 2, FALSE, 'apeldoorn-2017', 36);
