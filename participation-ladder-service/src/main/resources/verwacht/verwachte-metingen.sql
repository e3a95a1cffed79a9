-- The due list (requirement "metingen due (at traject start and end, and periodically as configured)"), earliest first.
-- Parameters: :peildatum (due on or before), :model ('' = every model; a model limits the list to its periodic rows:
-- traject metingen are not bound to a model), :venster (days before the traject start in which a meting counts as
-- the nulmeting, trede.ladder.traject.nulmeting-venster-dagen). A meting is "valid" when it has a projection row
-- (not corrected). reden: periodiek | traject-start | traject-einde.
WITH verwacht AS (
    -- periodiek: the current position's review date has passed (interval per trede/sub-trede, sources H2.6)
    SELECT 'periodiek' AS reden, p.klant_id, p.model_code, p.meting_id, p.trede, p.sub_trede, p.van AS laatste,
           p.herbeoordeling_op AS verwacht_op, CAST(NULL AS uuid) AS traject_id, CAST(NULL AS uuid) AS zaak_id
    FROM ladder_positie p
    WHERE p.tot IS NULL AND p.herbeoordeling_op <= CAST(:peildatum AS date)
      AND (:model = '' OR p.model_code = :model)
    UNION ALL
    -- traject-start: a nulmeting on the start date (requirement "metingen due (at traject start ...)"), unless a valid
    -- meting lies within :venster days before it, or a valid meting with the trajectId was recorded on or after the
    -- start date
    SELECT 'traject-start', t.klant_id, NULL, NULL, NULL, NULL, NULL, t.startdatum, t.traject_id, t.zaak_id
    FROM traject t
    WHERE :model = '' AND t.startdatum <= CAST(:peildatum AS date)
      AND NOT EXISTS (SELECT 1 FROM ladder_positie p WHERE p.klant_id = t.klant_id
                      AND p.van BETWEEN t.startdatum - CAST(:venster AS integer) AND t.startdatum)
      AND NOT EXISTS (SELECT 1 FROM meting m JOIN ladder_positie p ON p.meting_id = m.id
                      WHERE m.traject_id = t.traject_id AND m.meetdatum >= t.startdatum)
    UNION ALL
    -- traject-einde: on the end date, or on the day casework ended the traject when that was earlier (the ladder
    -- requirements; sources L5.3: "the end of a traject" triggers a meting); a valid meting with the trajectId on or
    -- after that date satisfies it
    SELECT 'traject-einde', e.klant_id, NULL, NULL, NULL, NULL, NULL, e.eind, e.traject_id, e.zaak_id
    FROM (SELECT t.*, CASE WHEN t.beeindigd THEN LEAST(t.einddatum, t.beeindigd_op) ELSE t.einddatum END AS eind
          FROM traject t) e
    WHERE :model = '' AND e.eind <= CAST(:peildatum AS date)
      AND NOT EXISTS (SELECT 1 FROM meting m JOIN ladder_positie p ON p.meting_id = m.id
                      WHERE m.traject_id = e.traject_id AND m.meetdatum >= e.eind)
)
