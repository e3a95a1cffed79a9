-- A BSN has one canonical form: 9 digits. An 8-digit legacy number is the same number with a leading 0
-- (Logisch Ontwerp BSN), but intake stored the raw input, so 43781317 and 043781317 could become two persons with
-- two klantIds. This migration pads every 8-digit BSN to 9 digits.
--
-- Where that makes two persons share one BSN, they are NOT merged: both klantIds were published in events and are
-- known to casework, enforcement and the ladder (zaken, gedragingen, metingen), and each may have its own open
-- melding of a kind, so moving meldingen from one klantId to the other would orphan the other services' records and
-- could break "one open melding per person per kind". Instead the later registration (created_at, then klant_id)
-- is marked as a duplicate of the earlier one (persoon.duplicaat_van) and listed for review in persoon_duplicaat;
-- new meldingen go to the earlier person, and a search by BSN finds the meldingen of both.

ALTER TABLE persoon ADD COLUMN duplicaat_van UUID REFERENCES persoon (klant_id);
ALTER TABLE persoon ADD COLUMN duplicaat_gevonden_op TIMESTAMPTZ;

-- Mark the later of each pair (8-digit spelling X beside the 9-digit spelling 0X) before padding.
UPDATE persoon later
   SET duplicaat_van = eerder.klant_id, duplicaat_gevonden_op = now()
  FROM persoon eerder
 WHERE lpad(later.bsn, 9, '0') = lpad(eerder.bsn, 9, '0')
   AND later.klant_id <> eerder.klant_id
   AND (eerder.created_at, eerder.klant_id) < (later.created_at, later.klant_id);

ALTER TABLE persoon DROP CONSTRAINT persoon_bsn_key;
UPDATE persoon SET bsn = lpad(bsn, 9, '0') WHERE length(bsn) = 8;
ALTER TABLE persoon ADD CONSTRAINT persoon_bsn_canoniek CHECK (bsn ~ '^[0-9]{9}$');
-- One person per BSN, apart from the duplicates waiting for review.
CREATE UNIQUE INDEX persoon_bsn_uniek ON persoon (bsn) WHERE duplicaat_van IS NULL;
CREATE INDEX persoon_bsn ON persoon (bsn);

-- The review list: each duplicate with the person it duplicates and their open meldingen (no BSN, no name: the
-- reviewer opens the meldingen through the API, which logs the access).
CREATE VIEW persoon_duplicaat AS
SELECT d.klant_id                AS klant_id,
       d.duplicaat_van           AS zelfde_persoon_als,
       d.duplicaat_gevonden_op   AS gevonden_op,
       (SELECT count(*) FROM melding m WHERE m.klant_id = d.klant_id
           AND m.status IN ('GEREGISTREERD', 'SCREENING_AFGEROND', 'AMBITIEGESPREK_GEHOUDEN', 'KLANTGROEP_BEPAALD'))
                                 AS open_meldingen
  FROM persoon d
 WHERE d.duplicaat_van IS NOT NULL;
