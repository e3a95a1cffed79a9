-- Movement per voorziening (requirement "movement per traject type (which voorzieningen move people up)";
-- sources H7.4 (thesis §4.2.1) "van welke klanten verwachten we vooruitgang ... En lukt dit in de praktijk ook?",
-- thesis §1.1 results per trajectory, H7.4 through-flow per trajectory [DERIVED]).
-- For every traject of casework (V6) whose end lies between :van and :tot (inclusive; the end is the end date, or the
-- day casework ended it when earlier): the klant's position on the scheme at the start (the latest valid meting on or
-- before the start date = the projection period containing it) and the first valid meting on or after the end.
-- Trajecten without both metingen are not counted. Per scheme code only (the caller's :model), like the other
-- reports; :klantgroep '' = every klant.
SELECT t.voorziening, a.model_id, a.trede, a.sub_trede, b.model_id, b.trede, b.sub_trede, count(*) AS aantal
FROM (SELECT t.klant_id, t.voorziening, t.startdatum,
             CASE WHEN t.beeindigd THEN LEAST(t.einddatum, t.beeindigd_op) ELSE t.einddatum END AS eind
      FROM traject t
      WHERE t.startdatum IS NOT NULL) t
JOIN ladder_positie a
  ON a.klant_id = t.klant_id AND a.model_code = :model
 AND daterange(a.van, a.tot, '[)') @> t.startdatum
JOIN LATERAL (SELECT n.model_id, n.trede, n.sub_trede
              FROM ladder_positie n
              WHERE n.klant_id = t.klant_id AND n.model_code = :model AND n.van >= t.eind
              ORDER BY n.van
              LIMIT 1) b ON true
WHERE t.eind BETWEEN CAST(:van AS date) AND CAST(:tot AS date)
  AND (:klantgroep = '' OR a.klantgroep = :klantgroep)
GROUP BY t.voorziening, a.model_id, a.trede, a.sub_trede, b.model_id, b.trede, b.sub_trede
