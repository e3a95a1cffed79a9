-- Verordening as data (issue 5): a regelset can be a gemeentelijke afstemmings-/maatregelenverordening, loaded by the
-- functioneel-beheerder (POST /api/enforcement/v1/regelsets) or shipped here. Each category gets a rule type, a
-- recidive group and term, whether a waarschuwing is allowed, and its steps (sanctiestap): step 1 for a first
-- breach, step n for the n-th within the recidive term, the last step repeating (Pw art. 18 lid 8 "telkens").

ALTER TABLE regelset
    ADD COLUMN gemeente          VARCHAR(100),
    ADD COLUMN geregistreerd_door VARCHAR(100),
    ADD COLUMN geregistreerd_op  TIMESTAMPTZ;

ALTER TABLE gedraging_categorie
    ADD COLUMN soort                    VARCHAR(30) NOT NULL DEFAULT 'percentage',
    ADD COLUMN recidivegroep            VARCHAR(80),
    ADD COLUMN recidive_termijn_maanden INTEGER     NOT NULL DEFAULT 12,
    ADD COLUMN waarschuwing_toegestaan  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT gedraging_categorie_soort
        CHECK (soort IN ('percentage', 'vast-bedrag', 'taaleis', 'taaleis-eenmalig')),
    ADD CONSTRAINT gedraging_categorie_recidivetermijn CHECK (recidive_termijn_maanden BETWEEN 1 AND 120);

-- In the statutory set every lid-4 category counts for the others' recidive (Pw art. 18 lid 6-8: "een verplichting
-- als bedoeld in het vierde lid"; standards-and-law.md §4.3 open points).
UPDATE gedraging_categorie SET recidivegroep = 'pw-art-18-lid-4'
WHERE regelset_id = (SELECT id FROM regelset WHERE code = 'pw-art-18-lid-4' AND geldig_vanaf = DATE '2025-01-01');

-- duur_maanden: the months of the step; NULL = open end (taaleis 100% until the bereidverklaring). For the rule type
-- taaleis-eenmalig it is the months after the kennisgeving the step adds to the threshold (½ year, then 1 year).
CREATE TABLE sanctiestap (
    id               BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    categorie_id     BIGINT        NOT NULL REFERENCES gedraging_categorie (id),
    stap             INTEGER       NOT NULL,
    percentage       INTEGER       NOT NULL,
    duur_maanden     INTEGER,
    bedrag_eenmalig  NUMERIC(10, 2),
    artikel          VARCHAR(100)  NOT NULL,
    bron             TEXT          NOT NULL,
    CONSTRAINT sanctiestap_stap UNIQUE (categorie_id, stap),
    CONSTRAINT sanctiestap_stap_positief CHECK (stap >= 1),
    CONSTRAINT sanctiestap_percentage CHECK (percentage BETWEEN 0 AND 100),
    CONSTRAINT sanctiestap_duur CHECK (duur_maanden IS NULL OR duur_maanden BETWEEN 0 AND 120),
    CONSTRAINT sanctiestap_bedrag CHECK (bedrag_eenmalig IS NULL OR bedrag_eenmalig > 0)
);

-- ---- Seed: Deventer, "Maatregelen Participatiewet" (productenboek ch. 8 and 9) -------------------------------------
-- The categories are the rows of seed-004-deventer.md §4.4 (G1-G12), the no-show rule of §4.3 and the Wet taaleis of
-- §4.7. Deventer's tables say "Sanctie: zie Afstemmingsverordening" and that verordening is not in the seed (§4.4,
-- §4.6 [GAP]). The percentages and durations therefore come from:
--   * Pw art. 18 lid 4-8 where the gedraging is an arbeidsverplichting of lid 4 (Deventer: grondslag Participatiewet),
--     with the lid-5 and lid-6 periods the verordening must choose taken as 1 and 2 months [ASSUMPTION];
--   * the model pattern of standards-and-law.md §4.10 (Diemen 2015 [E]: 30% 1 month for plan-van-aanpak/re-integratie
--     duties, 100% 1 month for not obtaining work; Rotterdam 2019 [E/U]: 50% 1 month for zeer ernstige misdragingen,
--     waarschuwing for a first minor breach, duration doubled on recidive within 12 months) where Deventer says
--     Afstemmingsverordening [ASSUMPTION: the VNG model verordening text was not found, §8 item 5];
--   * Deventer's own figures where it gives them: € 50 for a first no-show (PB ch. 8, §5.3.1, §5.3.2, §7.2) and the
--     taaleis 20/40/100% and one-off 40/100% (PB ch. 9).
-- Validity from 2025-01-01 like the statutory set [ASSUMPTION: the productenboek is of 2020; no end date known].
INSERT INTO regelset (code, naam, gemeente, geldig_vanaf, geldig_tot, bron, geregistreerd_door) VALUES (
    'deventer-maatregelen',
    'Deventer: Maatregelen Participatiewet (productenboek KonnecteD ch. 8 en 9) met Pw art. 18 lid 4-8',
    'Deventer',
    DATE '2025-01-01',
    NULL,
    'Trede domain/seed-004-deventer.md §4.3 (no-show), §4.4 (G1-G12, samenloop), §4.6, §4.7 (taaleis); Participatiewet '
    || '(BWBR0015703) art. 18 lid 4-10 and 18b; standards-and-law.md §4.3 and §4.10. Rows marked [ASSUMPTION] stand in '
    || 'for the Deventer Afstemmingsverordening, which is not in the seed.',
    'flyway'
);

INSERT INTO gedraging_categorie (regelset_id, code, volgnummer, omschrijving, artikel, percentage, duur_maanden_min,
                                 duur_maanden_max, bron, soort, recidivegroep, recidive_termijn_maanden,
                                 waarschuwing_toegestaan)
SELECT r.id, c.code, c.volgnummer, c.omschrijving, c.artikel, l.percentage, COALESCE(l.duur, 0), COALESCE(l.duur, 0),
       c.bron, c.soort, c.groep, 12, c.waarschuwing
FROM regelset r
CROSS JOIN (VALUES
    (1, 'g1-plan-van-aanpak', 'cat2', 'percentage', NULL, TRUE, 'Pw art. 9 lid 1 onder b, art. 44a; art. 18 lid 2',
     'Het niet of onvoldoende meewerken aan het opstellen, uitvoeren en evalueren van een plan van aanpak (kick-off)',
     'seed-004 §4.4 G1 (grondslag Afstemmingsverordening)'),
    (2, 'g2-niet-verschijnen', 'cat2', 'percentage', NULL, TRUE, 'Pw art. 9 lid 1 onder b; art. 18 lid 2',
     'Niet verschijnen op afspraken die gericht zijn op (onderzoeken naar) arbeidsinschakeling',
     'seed-004 §4.4 G2 (grondslag Afstemmingsverordening)'),
    (3, 'g3-workshops-routekaart', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder h',
     'Workshops routekaart (Matchen): geen gebruik maken van aangeboden voorzieningen of niet meewerken aan onderzoek',
     'seed-004 §4.4 G3 (grondslag Participatiewet)'),
    (4, 'g4-traject-werken-aan-de-toekomst', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder h',
     'Traject ''Werken aan de toekomst'' (Groeien): geen gebruik maken van aangeboden voorzieningen',
     'seed-004 §4.4 G4 (grondslag Participatiewet)'),
    (5, 'g5-traject-niet-volgen', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder h',
     'Traject IABM/Vakwerk, Meedoen, Cambio, Ergo Control e.d. niet willen volgen',
     'seed-004 §4.4 G5 (grondslag Participatiewet)'),
    (6, 'g6-onvoldoende-solliciteren', 'g6', 'percentage', NULL, FALSE, 'Pw art. 9 lid 1 onder a; art. 18 lid 2',
     'Het niet naar vermogen proberen algemeen geaccepteerde arbeid te verkrijgen',
     'seed-004 §4.4 G6 (grondslag Afstemmingsverordening; Stap 5 afstemmen o.b.v. recidive)'),
    (7, 'g7-proefplaatsing', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder f',
     'Niet meewerken aan proefplaatsing of gedrag dat leidt tot voortijdig beeindigen zonder arbeidsovereenkomst',
     'seed-004 §4.4 G7 (grondslag Participatiewet: kennis en vaardigheden; bevestiging werkgever vereist)'),
    (8, 'g8-werkweigering', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder a',
     'Werkweigering bij een concrete baanaanbieding, of werk door eigen toedoen niet behouden',
     'seed-004 §4.4 G8 (grondslag Participatiewet; bevestiging werkgever vereist)'),
    (9, 'g9-belemmering-sollicitatie', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder g',
     'Werkhervatting belemmeren door kleding, persoonlijke verzorging, houding of gedrag bij een sollicitatie',
     'seed-004 §4.4 G9 (grondslag Participatiewet; bevestiging werkgever vereist)'),
    (10, 'g10-taallessen', 'lid4', 'percentage', 'pw-art-18-lid-4', FALSE, 'Pw art. 18 lid 4 onder f',
     'Niet uitvoeren van gemaakte afspraken: het volgen van taallessen (vastgelegd in het plan van aanpak)',
     'seed-004 §4.4 G10 (grondslag Participatiewet)'),
    (11, 'g11-overige-verplichtingen', 'cat2', 'percentage', NULL, TRUE, 'Pw art. 55; art. 18 lid 2',
     'Niet nakomen van overige verplichtingen (bijv. behandeling op advies van de bedrijfsarts)',
     'seed-004 §4.4 G11 (grondslag Afstemmingsverordening)'),
    (12, 'g12-zeer-ernstige-misdraging', 'misdraging', 'percentage', NULL, FALSE, 'Pw art. 9 lid 6; art. 18 lid 2',
     'Ongeoorloofd gedrag, agressie of uitingen tegen de consulent; zeer ernstige misdragingen',
     'seed-004 §4.4 G12 (grondslag Afstemmingsverordening; daarnaast waarschuwingsbrief leidinggevende, pandverbod)'),
    (13, 'no-show', 'noshow', 'vast-bedrag', NULL, FALSE, 'Pw art. 18 lid 2; productenboek ch. 8 lik-op-stuk',
     'No-show op een afspraak (kick-off, kennismakingsgesprek, doelmatigheidsgesprek)',
     'seed-004 §4.3 (1e no-show: € 50 maatregel; 2e no-show: maatregel-werkproces, Afstemmingsverordening, recidive)'),
    (14, 'taaleis-bereidverklaring', 'taaleis', 'taaleis', NULL, FALSE, 'Pw art. 18b',
     'Geen bereidverklaring binnen een maand na de vaststelling dat het referentieniveau 1F niet is gehaald',
     'seed-004 §4.7 (PB ch. 9, "Sancties volgens de wet")'),
    (15, 'taaleis-voortijdig-stoppen', 'taaleis-stop', 'taaleis-eenmalig', NULL, FALSE, 'Pw art. 18b',
     'Voortijdig stoppen met de taalactiviteit',
     'seed-004 §4.7 (PB ch. 9: eenmalig 40% na een half jaar, eenmalig 100% na een jaar na de kennisgeving)')
) AS c (volgnummer, code, ladder, soort, groep, waarschuwing, artikel, omschrijving, bron)
JOIN (VALUES ('cat2', 30, 1), ('lid4', 100, 1), ('g6', 100, 1), ('misdraging', 50, 1), ('noshow', 0, NULL),
             ('taaleis', 20, 6), ('taaleis-stop', 40, NULL)) AS l (ladder, percentage, duur) ON l.ladder = c.ladder
WHERE r.code = 'deventer-maatregelen' AND r.geldig_vanaf = DATE '2025-01-01';

CREATE TEMPORARY TABLE ladder (ladder VARCHAR(20), stap INTEGER, percentage INTEGER, duur INTEGER, bedrag NUMERIC(10, 2),
                               artikel VARCHAR(100), bron TEXT) ON COMMIT DROP;
INSERT INTO ladder VALUES
    ('lid4', 1, 100, 1, NULL, 'Pw art. 18 lid 5', 'Pw art. 18 lid 5: 100% for at least 1 and at most 3 months set in '
     || 'the verordening; 1 month [ASSUMPTION: Deventer Afstemmingsverordening not in seed 004; 1 month as Diemen 2015 '
     || 'cat. 3, standards-and-law.md §4.10]'),
    ('lid4', 2, 100, 2, NULL, 'Pw art. 18 lid 6', 'Pw art. 18 lid 6: within 12 months after lid 5, 100% for a period '
     || 'longer than the lid-5 period and at most 3 months; 2 months [ASSUMPTION: the shortest period allowed]'),
    ('lid4', 3, 100, 3, NULL, 'Pw art. 18 lid 7', 'Pw art. 18 lid 7: within 12 months after lid 6, 100% for 3 months'),
    ('lid4', 4, 100, 3, NULL, 'Pw art. 18 lid 8', 'Pw art. 18 lid 8: each further breach within 12 months after lid 7, '
     || 'telkens 100% for 3 months'),
    ('cat2', 1, 30, 1, NULL, 'Pw art. 18 lid 2', '30% for 1 month [ASSUMPTION: model category of Diemen 2015 cat. 2, '
     || 'standards-and-law.md §4.10; Deventer: "zie Afstemmingsverordening"]'),
    ('cat2', 2, 30, 2, NULL, 'Pw art. 18 lid 2', 'recidive within 12 months: the duration doubled [ASSUMPTION: '
     || 'Rotterdam 2019 pattern, standards-and-law.md §4.10]'),
    ('g6', 1, 100, 1, NULL, 'Pw art. 18 lid 2', '100% for 1 month [ASSUMPTION: Diemen 2015 cat. 3 "not obtaining work '
     || 'to the best of one''s ability", standards-and-law.md §4.10]'),
    ('g6', 2, 100, 2, NULL, 'Pw art. 18 lid 2', 'recidive within 12 months (seed-004 §4.4 G6 Stap 5): duration '
     || 'doubled [ASSUMPTION: Rotterdam 2019 pattern]'),
    ('g6', 3, 100, 3, NULL, 'Pw art. 18 lid 2', 'further recidive: 3 months [ASSUMPTION: capped like Pw art. 18 lid 7]'),
    ('misdraging', 1, 50, 1, NULL, 'Pw art. 9 lid 6; art. 18 lid 2', '50% for 1 month [ASSUMPTION: Rotterdam 2019 '
     || 'zeer ernstige misdragingen, standards-and-law.md §4.10]'),
    ('misdraging', 2, 50, 2, NULL, 'Pw art. 9 lid 6; art. 18 lid 2', 'recidive within 12 months: duration doubled '
     || '[ASSUMPTION: Rotterdam 2019 pattern]'),
    ('noshow', 1, 0, NULL, 50.00, 'Pw art. 18 lid 2; PB ch. 8', 'seed-004 §4.3: "Lik op stuk beleid: Bij de eerste No '
     || 'Show: € 50 maatregel"; Faciliteren "eenmalig € 50,00" (PB §5.3.1, §5.3.2, §7.2)'),
    ('noshow', 2, 30, 1, NULL, 'Pw art. 18 lid 2', 'seed-004 §4.3: 2e no-show → maatregel-werkproces per '
     || 'Afstemmingsverordening with recidive; 30% for 1 month as G2 [ASSUMPTION]'),
    ('noshow', 3, 30, 2, NULL, 'Pw art. 18 lid 2', 'further no-shows within 12 months: duration doubled as G2 recidive '
     || '[ASSUMPTION]'),
    ('taaleis', 1, 20, 6, NULL, 'Pw art. 18b', 'seed-004 §4.7: "20% per maand gedurende de eerste 6 maanden na de '
     || 'vaststelling"'),
    ('taaleis', 2, 40, 6, NULL, 'Pw art. 18b', 'seed-004 §4.7: "40% per maand gedurende de tweede 6 maanden na de '
     || 'vaststelling"'),
    ('taaleis', 3, 100, NULL, NULL, 'Pw art. 18b', 'seed-004 §4.7: "100% per maand vanaf een jaar na vaststelling '
     || 'totdat de klant zich wel bereid verklaard"'),
    ('taaleis-stop', 1, 40, 6, NULL, 'Pw art. 18b', 'seed-004 §4.7: "Eenmalig 40% van de norm bij stoppen na een half '
     || 'jaar na datum kennisgeving"'),
    ('taaleis-stop', 2, 100, 6, NULL, 'Pw art. 18b', 'seed-004 §4.7: "Eenmalig 100% van de norm bij stoppen na een jaar '
     || 'na datum kennisgeving"');

INSERT INTO sanctiestap (categorie_id, stap, percentage, duur_maanden, bedrag_eenmalig, artikel, bron)
SELECT gc.id, l.stap, l.percentage, l.duur, l.bedrag, l.artikel, l.bron
FROM gedraging_categorie gc
JOIN regelset r ON r.id = gc.regelset_id AND r.code = 'deventer-maatregelen'
JOIN ladder l ON l.ladder = CASE
    WHEN gc.code IN ('g1-plan-van-aanpak', 'g2-niet-verschijnen', 'g11-overige-verplichtingen') THEN 'cat2'
    WHEN gc.recidivegroep = 'pw-art-18-lid-4' THEN 'lid4'
    WHEN gc.code = 'g6-onvoldoende-solliciteren' THEN 'g6'
    WHEN gc.code = 'g12-zeer-ernstige-misdraging' THEN 'misdraging'
    WHEN gc.code = 'no-show' THEN 'noshow'
    WHEN gc.code = 'taaleis-bereidverklaring' THEN 'taaleis'
    WHEN gc.code = 'taaleis-voortijdig-stoppen' THEN 'taaleis-stop'
END;
