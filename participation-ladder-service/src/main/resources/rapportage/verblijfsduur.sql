-- Time per trede (requirement "average time per trede"): the stays on each position that ended between van and tot
-- (the klant moved on), with their count and average length in days. A stay runs from its *_sinds to the tot of
-- the period that ends it (V5). Level trede uses the trede run, level sub-trede the position run. Same conventions
-- as verdeling.sql; niveau is 'trede' or 'sub-trede'.
SELECT p.model_id, p.trede, CASE WHEN :niveau = 'sub-trede' THEN p.sub_trede END AS sub_trede, count(*) AS aantal,
       sum(p.tot - CASE WHEN :niveau = 'sub-trede' THEN p.positie_sinds ELSE p.trede_sinds END) AS dagen
FROM ladder_positie p
WHERE p.model_code = :model
  AND p.tot >= CAST(:van AS date) AND p.tot <= CAST(:tot AS date)
  AND CASE WHEN :niveau = 'sub-trede' THEN p.positie_einde ELSE p.trede_einde END
  AND (:klantgroep = '' OR p.klantgroep = :klantgroep)
GROUP BY 1, 2, 3
