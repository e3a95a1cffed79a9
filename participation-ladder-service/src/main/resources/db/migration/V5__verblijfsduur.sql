-- Time per trede (issue 6 "Reports: average time per trede"). A stay is the unbroken run of a klant's periods on one
-- position of a scheme; a yearly review that confirms the position does not end it (as Tijdlijn.huidig counts
-- "since"). Every projection row carries the start of the run it belongs to, at trede and at position (trede +
-- sub-trede) level, and whether the run ends with this period (the next valid meting moves the klant). Empty periods
-- (a meting superseded on its own day) take no part in runs: sinds = van, einde = false.
ALTER TABLE ladder_positie
    ADD COLUMN trede_sinds    DATE,
    ADD COLUMN positie_sinds  DATE,
    ADD COLUMN trede_einde    BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN positie_einde  BOOLEAN NOT NULL DEFAULT false;

-- Backfill from the periods already projected (gaps and islands over the non-empty periods, ordered by van).
UPDATE ladder_positie p
SET trede_sinds = r.trede_sinds, positie_sinds = r.positie_sinds, trede_einde = r.trede_einde,
    positie_einde = r.positie_einde
FROM (
    SELECT meting_id,
           min(van) OVER (PARTITION BY klant_id, model_code, trede, tg) AS trede_sinds,
           min(van) OVER (PARTITION BY klant_id, model_code, trede, sub_trede, pg) AS positie_sinds,
           tot IS NOT NULL AND volgende_trede IS DISTINCT FROM trede AS trede_einde,
           tot IS NOT NULL AND (volgende_trede IS DISTINCT FROM trede OR volgende_sub IS DISTINCT FROM sub_trede)
               AS positie_einde
    FROM (
        SELECT meting_id, klant_id, model_code, trede, sub_trede, van, tot,
               row_number() OVER (PARTITION BY klant_id, model_code ORDER BY van)
                 - row_number() OVER (PARTITION BY klant_id, model_code, trede ORDER BY van) AS tg,
               row_number() OVER (PARTITION BY klant_id, model_code ORDER BY van)
                 - row_number() OVER (PARTITION BY klant_id, model_code, trede, sub_trede ORDER BY van) AS pg,
               lead(trede) OVER (PARTITION BY klant_id, model_code ORDER BY van) AS volgende_trede,
               lead(sub_trede) OVER (PARTITION BY klant_id, model_code ORDER BY van) AS volgende_sub
        FROM ladder_positie
        WHERE tot IS NULL OR tot > van
    ) q
) r
WHERE p.meting_id = r.meting_id;
UPDATE ladder_positie SET trede_sinds = van, positie_sinds = van WHERE trede_sinds IS NULL;

ALTER TABLE ladder_positie ALTER COLUMN trede_sinds SET NOT NULL, ALTER COLUMN positie_sinds SET NOT NULL;
-- The report asks for stays that ended between two dates.
CREATE INDEX ladder_positie_einde ON ladder_positie (model_code, tot);
