-- A ketenpartner's signal about a person who already has an open signal is recorded as the partner's own melding
-- (status GEKOPPELD) and linked to the open melding that handles it, instead of a 409 that named the other party's
-- melding.
ALTER TABLE melding ADD COLUMN gekoppeld_aan UUID REFERENCES melding (id);
CREATE INDEX melding_gekoppeld_aan ON melding (gekoppeld_aan) WHERE gekoppeld_aan IS NOT NULL;
