-- Transition report (requirement "transition matrix between two dates"): for every klant with a position on the scheme
-- on the tot date, its position on the van date (NULL columns: first measured after van) and on tot. Same
-- conventions as verdeling.sql.
SELECT a.model_id, a.trede, a.sub_trede, b.model_id, b.trede, b.sub_trede, count(*) AS aantal
FROM ladder_positie b
LEFT JOIN ladder_positie a
       ON a.klant_id = b.klant_id AND a.model_code = b.model_code
      AND daterange(a.van, a.tot, '[)') @> CAST(:van AS date)
WHERE b.model_code = :model
  AND daterange(b.van, b.tot, '[)') @> CAST(:tot AS date)
  AND (:klantgroep = '' OR b.klantgroep = :klantgroep)
GROUP BY a.model_id, a.trede, a.sub_trede, b.model_id, b.trede, b.sub_trede
