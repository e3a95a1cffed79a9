-- Distribution report: how many klanten hold each position of one ladder scheme on the peildatum (the ladder
-- requirements "Reports"). Used verbatim by RapportageService (Hibernate named parameters) and by the ladder benchmark
-- in system-tests (psql variables), so parameters are written as colon-name and the double-colon cast is avoided.
-- The GiST index ladder_positie_op_datum answers the period test. Counts per model version, trede and sub-trede;
-- the service maps between models and suppresses small cells. An empty klantgroep means every klant; otherwise
-- only klanten whose current klantgroep (V4) it is.
SELECT p.model_id, p.trede, p.sub_trede, count(*) AS aantal
FROM ladder_positie p
WHERE p.model_code = :model
  AND daterange(p.van, p.tot, '[)') @> CAST(:peildatum AS date)
  AND (:klantgroep = '' OR p.klantgroep = :klantgroep)
GROUP BY p.model_id, p.trede, p.sub_trede
