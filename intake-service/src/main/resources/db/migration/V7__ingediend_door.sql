-- Issue 7: "a ketenpartner may only submit signalen and read their own". Who submitted a melding (the token subject
-- of the registering user or partner account); NULL for meldingen registered before this column existed.
ALTER TABLE melding ADD COLUMN ingediend_door VARCHAR(200);
CREATE INDEX melding_ingediend_door ON melding (ingediend_door, registered_at DESC) WHERE ingediend_door IS NOT NULL;
