-- Generates the issue-6 benchmark data set in the current schema: 100,000 klanten with 10 metingen each
-- (1,000,000 metingen) on Heemskerk 2018, and the ladder_positie projection exactly as the service keeps it
-- (one period per valid meting, until the klant's next meting). Positions are drawn at random over the 12
-- positions of the model (1, 2, 2.1-2.6, 3-6), so every cell of the reports is filled. Meetdatums: klant by
-- klant every ~270 days (plus 0-200 days) from 2018-03-01, so each klant holds a position from 2018 on.
-- psql variables: klanten (default 100000), per_klant (default 10).
\if :{?klanten}
\else
\set klanten 100000
\endif
\if :{?per_klant}
\else
\set per_klant 10
\endif

-- The 12 positions of Heemskerk 2018: each trede without sub-trede, plus the sub-treden 2.1-2.6, numbered 0..11.
CREATE TEMP TABLE bench_positie AS
SELECT row_number() OVER (ORDER BY t.nummer, s.rang) - 1 AS idx, m.id AS model_id, t.id AS trede_id,
       s.id AS sub_trede_id
FROM ladder_model m
JOIN trede t ON t.model_id = m.id
CROSS JOIN LATERAL (SELECT NULL::bigint AS id, 0 AS rang
                    UNION ALL SELECT st.id, st.rang FROM sub_trede st WHERE st.trede_id = t.id) s
WHERE m.code = 'heemskerk' AND m.versie = '2018';

\echo generating :klanten klanten x :per_klant metingen
INSERT INTO meting (id, klant_id, model_id, trede_id, sub_trede_id, meetdatum, bron, aanleiding, beoordelaar,
                    geregistreerd_op, geregistreerd_door)
SELECT gen_random_uuid(), r.klant_id, p.model_id, p.trede_id, p.sub_trede_id, r.meetdatum, 'KLANTMANAGER_GESPREK',
       'PERIODIEK', 'benchmark', now(), 'benchmark'
FROM (
    SELECT k.klant_id, DATE '2018-03-01' + (i * 270 + floor(random() * 200)::int) AS meetdatum,
           floor(random() * (SELECT count(*) FROM bench_positie))::int AS idx
    FROM (SELECT gen_random_uuid() AS klant_id FROM generate_series(1, :klanten)) k
    CROSS JOIN generate_series(0, :per_klant - 1) i
) r
JOIN bench_positie p ON p.idx = r.idx;

-- Klantgroep context (V4) for every klant, spread over Deventer's klantgroepen as intake seeds them.
INSERT INTO klant_klantgroep (klant_id, klantgroep, melding_id, doorgezet_op)
SELECT k.klant_id, (ARRAY['matchen', 'groeien', 'faciliteren', 'zorg'])[1 + floor(random() * 4)::int],
       gen_random_uuid(), TIMESTAMPTZ '2018-02-01 10:00:00+00'
FROM (SELECT DISTINCT klant_id FROM meting WHERE beoordelaar = 'benchmark') k;

-- The projection as the service keeps it: one period per meting until the klant's next one, and the stay it belongs
-- to (V5: gaps and islands; the generated meetdatums of one klant never share a day, so there are no empty periods).
INSERT INTO ladder_positie (meting_id, klant_id, model_code, model_id, trede, sub_trede, van, tot, herbeoordeling_op,
                            klantgroep, trede_sinds, positie_sinds, trede_einde, positie_einde)
SELECT meting_id, klant_id, 'heemskerk', model_id, trede, sub_trede, van, tot, herbeoordeling_op, klantgroep,
       min(van) OVER (PARTITION BY klant_id, trede, tg),
       min(van) OVER (PARTITION BY klant_id, trede, sub_trede, pg),
       tot IS NOT NULL AND volgende_trede IS DISTINCT FROM trede,
       tot IS NOT NULL AND (volgende_trede IS DISTINCT FROM trede OR volgende_sub IS DISTINCT FROM sub_trede)
FROM (
    SELECT x.*,
           row_number() OVER (PARTITION BY klant_id ORDER BY van)
             - row_number() OVER (PARTITION BY klant_id, trede ORDER BY van) AS tg,
           row_number() OVER (PARTITION BY klant_id ORDER BY van)
             - row_number() OVER (PARTITION BY klant_id, trede, sub_trede ORDER BY van) AS pg,
           lead(trede) OVER (PARTITION BY klant_id ORDER BY van) AS volgende_trede,
           lead(sub_trede) OVER (PARTITION BY klant_id ORDER BY van) AS volgende_sub
    FROM (
        SELECT me.id AS meting_id, me.klant_id, me.model_id, t.nummer AS trede, s.code AS sub_trede,
               me.meetdatum AS van,
               lead(me.meetdatum) OVER (PARTITION BY me.klant_id ORDER BY me.meetdatum, me.geregistreerd_op, me.id)
                   AS tot,
               me.meetdatum + make_interval(months => COALESCE(s.herbeoordeling_maanden, t.herbeoordeling_maanden))
                   AS herbeoordeling_op,
               g.klantgroep
        FROM meting me
        JOIN trede t ON t.id = me.trede_id
        LEFT JOIN sub_trede s ON s.id = me.sub_trede_id
        LEFT JOIN klant_klantgroep g ON g.klant_id = me.klant_id
        WHERE me.beoordelaar = 'benchmark'
    ) x
) y;

ANALYZE meting;
ANALYZE ladder_positie;
SELECT count(DISTINCT klant_id) AS klanten, count(*) AS metingen FROM meting WHERE beoordelaar = 'benchmark';
