-- One consumed event may concern several open zaken of a klant: deduplicate per zaak.
ALTER TABLE tijdlijn DROP CONSTRAINT tijdlijn_bron_event_id_key;
ALTER TABLE tijdlijn ADD CONSTRAINT tijdlijn_event_per_zaak UNIQUE (zaak_id, bron_event_id);
