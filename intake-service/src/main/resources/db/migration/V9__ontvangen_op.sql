-- The meldingsdatum is the day a melding was received, which intake staff may state when they register it later
-- (a letter of Friday registered on Monday): who stated it is kept beside it. NULL: the service set it on
-- registration (also for every melding registered before this column existed).
ALTER TABLE melding ADD COLUMN melding_datum_opgegeven_door VARCHAR(200);
