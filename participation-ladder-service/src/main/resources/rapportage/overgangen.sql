-- Transition report: for every klant with a position on the scheme at both dates, the position at van and at tot
-- (issue 6 "transition matrix between two dates"). Same conventions as verdeling.sql.
SELECT a.model_id, a.trede, a.sub_trede, b.model_id, b.trede, b.sub_trede, count(*) AS aantal
FROM ladder_positie a
JOIN ladder_positie b ON b.klant_id = a.klant_id AND b.model_code = a.model_code
WHERE a.model_code = :model
  AND daterange(a.van, a.tot, '[)') @> CAST(:van AS date)
  AND daterange(b.van, b.tot, '[)') @> CAST(:tot AS date)
GROUP BY a.model_id, a.trede, a.sub_trede, b.model_id, b.trede, b.sub_trede
