-- Municipal sub-treden, review intervals, Heemskerk's ladder model and the mapping between models as data
-- (issue 6 "Treden as data"; seed-003-heemskerk.md §2.3-§2.6; standards-and-law.md §5.3).

-- How many months after a meting the next one is due ("Elk jaar wordt er gekeken of de cliënt zich nog steeds op de
-- goede trede bevindt", seed-003-heemskerk.md §2.6, thesis §4.2.2). The default is 12 months; seed-003 §2.6
-- [DERIVED] advises a shorter interval where B5 says only "Periodieke controle" (frequency is a [GAP]).
ALTER TABLE trede ADD COLUMN herbeoordeling_maanden INTEGER NOT NULL DEFAULT 12
    CONSTRAINT trede_herbeoordeling CHECK (herbeoordeling_maanden BETWEEN 1 AND 60);

-- A municipal subdivision of one trede (seed-003-heemskerk.md §2.4: "De gemeente Heemskerk heeft trede 2
-- onderverdeeld in subtreden"). code is "<trede>.<n>", e.g. 2.4; rang orders the sub-treden of one trede, the
-- higher the closer to work (§2.4 "Ordering": 1 < 2.1 < ... < 2.6 < 3).
CREATE TABLE sub_trede (
    id                      BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trede_id                BIGINT        NOT NULL REFERENCES trede (id),
    code                    VARCHAR(5)    NOT NULL,
    rang                    INTEGER       NOT NULL,
    naam                    VARCHAR(200)  NOT NULL,
    definitie               TEXT          NOT NULL,
    voorbeeld               TEXT,
    bron                    TEXT          NOT NULL,
    herbeoordeling_maanden  INTEGER       NOT NULL DEFAULT 12,
    CONSTRAINT sub_trede_code UNIQUE (trede_id, code),
    CONSTRAINT sub_trede_rang UNIQUE (trede_id, rang),
    CONSTRAINT sub_trede_code_vorm CHECK (code ~ '^[1-6]\.[1-9][0-9]?$'),
    CONSTRAINT sub_trede_rang_bereik CHECK (rang BETWEEN 1 AND 99),
    CONSTRAINT sub_trede_herbeoordeling CHECK (herbeoordeling_maanden BETWEEN 1 AND 60)
);

-- How a position in one model reads in another (seed-003-heemskerk.md §2.3 [DERIVED]: Heemskerk 2.4 volunteering
-- and 2.6 part-time work are VNG treden 4 and 5). A report maps only when asked to and only through these rows;
-- van_sub_trede NULL is the row for the trede itself (a meting without sub-trede, or a sub-trede without a row).
CREATE TABLE model_koppeling (
    id              BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    van_model_id    BIGINT        NOT NULL REFERENCES ladder_model (id),
    van_trede       INTEGER       NOT NULL,
    van_sub_trede   VARCHAR(5),
    naar_model_id   BIGINT        NOT NULL REFERENCES ladder_model (id),
    naar_trede      INTEGER       NOT NULL,
    bron            TEXT          NOT NULL,
    CONSTRAINT model_koppeling_treden CHECK (van_trede BETWEEN 1 AND 6 AND naar_trede BETWEEN 1 AND 6),
    CONSTRAINT model_koppeling_niet_zelf CHECK (van_model_id <> naar_model_id)
);
CREATE UNIQUE INDEX model_koppeling_uniek
    ON model_koppeling (van_model_id, naar_model_id, van_trede, COALESCE(van_sub_trede, ''));

-- ---- Seed: Heemskerk 2018 ---------------------------------------------------------------------------------------
-- Trede definitions: the IJW/Heemskerk service definitions, verbatim (seed-003-heemskerk.md §2.3, thesis §1.1 and
-- B6 §1.1, from the IJW uitgangspuntennotitie 2017-2021). Trede 1 is "Rust (altijd tijdelijk)" as a whole; the
-- source defines no sub-treden for trede 1 (§2.4). Sub-treden 2.1-2.6: §2.4 (names verbatim from thesis §1.1/B6,
-- examples verbatim from thesis §4.2.2). geldig_vanaf: the plan van aanpak of 19 February 2018 (B6) is the earliest
-- dated source listing the sub-treden [D]; the municipal adoption date is not in the sources [GAP].
INSERT INTO ladder_model (code, naam, versie, geldig_vanaf, geldig_tot, bron) VALUES (
    'heemskerk',
    'Participatieladder gemeente Heemskerk (met sub-treden)',
    '2018',
    DATE '2018-02-19',
    NULL,
    'Trede domain/seed-003-heemskerk.md §2.3-§2.6 (afstudeerscriptie gemeente Heemskerk, 1 juni 2018: §1.1, §4.2.2, '
    || 'Bijlage 1 re-integratietrajecten, Bijlage 5, Bijlage 6 plan van aanpak of 19 February 2018). A service / '
    || 'responsibility classification (gemeente for 1-2, IJmond Werkt! for 3-6), not the VNG participation level: '
    || 'it measures differently (volunteering 2.4 and part-time work 2.6 are VNG treden 4 and 5, §2.3). '
    || 'geldig_vanaf: date of B6, the earliest dated source with the sub-treden [D].'
);

INSERT INTO trede (model_id, nummer, naam, definitie, voorbeeld, bron, herbeoordeling_maanden)
SELECT m.id, t.nummer, t.naam, t.definitie, t.voorbeeld, t.bron, t.maanden
FROM ladder_model m
CROSS JOIN (VALUES
    (1, 'Rust (altijd tijdelijk)',
     'Tijdelijk niet sociaal en economisch actief',
     'Cliënt heeft verschillende problematiek (psychisch en lichamelijk). Cliënt ''doet'' niets.',
     'Name: seed-003-heemskerk.md §2.4 (thesis §1.1, B1, B5). Definition: verbatim IJW definition, §2.3. Example: '
     || 'verbatim thesis §4.2.2 (§2.4). Review: B5 "Periodieke controle verandering van omstandigheden"; frequency '
     || 'is a [GAP], 6 months is the [DERIVED] advice of §2.6.', 6),
    (2, 'Sociale activering',
     'Sociaal activering, zonder directe groei naar arbeid',
     NULL,
     'Definition: verbatim IJW definition, seed-003-heemskerk.md §2.3 (note §10 item 11: sub-treden 2.5 and 2.6 are '
     || 'growth towards work). Name: shortened from the definition [D]. Subdivided in 2.1-2.6 (§2.4). Review: 6 '
     || 'months [DERIVED] (§2.6).', 6),
    (3, 'Sociale activering richting werk',
     'Sociaal activering gericht richting werk',
     NULL,
     'Definition: verbatim IJW definition, seed-003-heemskerk.md §2.3. Name [D]. Review: B5 "Jaarlijkse controle" '
     || '(§2.6).', 12),
    (4, 'Werknemersvaardigheden',
     'Trajecten gericht op ondersteuning bij werknemersvaardigheden etc.',
     NULL,
     'Definition: verbatim IJW definition, seed-003-heemskerk.md §2.3. Name [D]. Review: B5 "Jaarlijkse controle" '
     || '(§2.6).', 12),
    (5, 'Uitstroom naar werk',
     'Trajecten gericht op uitstroom naar werk en kandidaten met Loonkosten-subsidie (LKS)',
     NULL,
     'Definition: verbatim IJW definition, seed-003-heemskerk.md §2.3. Name [D]. Review: B5 "Jaarlijkse controle" '
     || '(§2.6).', 12),
    (6, 'Direct naar werk',
     'Direct naar (fulltime) werk via het werkgeversservicepunt (WSP)',
     NULL,
     'Definition: verbatim IJW definition, seed-003-heemskerk.md §2.3. Name [D]. Review: B5 "Jaarlijkse controle" '
     || '(§2.6).', 12)
) AS t (nummer, naam, definitie, voorbeeld, bron, maanden)
WHERE m.code = 'heemskerk' AND m.versie = '2018';

INSERT INTO sub_trede (trede_id, code, rang, naam, definitie, voorbeeld, bron, herbeoordeling_maanden)
SELECT t.id, s.code, s.rang, s.naam, s.definitie, s.voorbeeld, s.bron, s.maanden
FROM ladder_model m
JOIN trede t ON t.model_id = m.id AND t.nummer = 2
CROSS JOIN (VALUES
    ('2.1', 1, 'Sociale activering, zonder directe groei naar werk',
     'Cliënt wordt geholpen bij zijn problematiek',
     'Zorg- en gezondheidsorganisaties (GGZ-groep, Dijk en Duin, GGZ interventie, Wmo, GGD, Brijder) en StapIn',
     'seed-003-heemskerk.md §2.4: name thesis §1.1/B6/B5, definition verbatim thesis §4.2.2, example B1 (§3.2). '
     || 'Review: B5 "Periodieke controle verandering van omstandigheden", 6 months [DERIVED] (§2.6).', 6),
    ('2.2', 2, 'Oplossingsgericht',
     'Cliënt volgt een sociaal activeringstraject',
     'Argonaut keuring; SAS-activiteiten',
     'seed-003-heemskerk.md §2.4: name thesis §1.1/B6/B5, definition verbatim thesis §4.2.2, example B1. Review: B5 '
     || '"Periodieke controle", 6 months [DERIVED] (§2.6).', 6),
    ('2.3', 3, 'Tegenprestatie',
     'Cliënt is nog niet toe aan vrijwilligerswerk, maar voert af en toe een tegenprestatie uit',
     'De tegenprestatie kan bestaan uit verschillende activiteiten die gericht zijn op meedoen in de maatschappij.',
     'seed-003-heemskerk.md §2.4: name thesis §1.1/B6/B5, definition verbatim thesis §4.2.2, example verbatim B1. '
     || 'Review: B5 "Periodieke controle", 6 months [DERIVED] (§2.6).', 6),
    ('2.4', 4, 'Vrijwilligerswerk (op dit moment) maximaal haalbaar',
     'Cliënt doet aan vrijwilligerswerk, nog niet beschikbaar voor ''gewoon'' werk',
     'Het is altijd maatwerk leveren en er wordt gekeken waar de passie van de cliënt ligt.',
     'seed-003-heemskerk.md §2.4: name thesis §1.1/B6, definition verbatim thesis §4.2.2, example verbatim B1. '
     || 'Review: B5 "Jaarlijkse controle verandering van omstandigheden" (placement reconstructed, §10 item 2).', 12),
    ('2.5', 5, 'Voortraject re-integratie',
     'Cliënt wordt voorbereid op part time werk',
     'Op deze trede worden de cliënten ingedeeld die gedeeltelijk beschikbaar zijn voor de arbeidsmarkt.',
     'seed-003-heemskerk.md §2.4: name thesis §1.1/B6, definition verbatim thesis §4.2.2, example verbatim B1 '
     || '(the B5 row is lost in OCR, §10 item 2). Review: 12 months, the default [DERIVED] (§2.6).', 12),
    ('2.6', 6, 'Parttime(werk) (op dit moment) maximaal haalbaar',
     'Cliënt voert parttime werk uit, wordt gemotiveerd om zijn belastbaarheid te vergroten',
     'Cliënten hebben bij deze trede al werkzaamheden. Hierbij cliënten proberen te motiveren om extra uren aan te nemen.',
     'seed-003-heemskerk.md §2.4: name thesis §1.1/B6, definition verbatim thesis §4.2.2, example verbatim B1. '
     || 'Review: B5 "Jaarlijkse controle verandering van omstandigheden" (placement reconstructed, §10 item 2).', 12)
) AS s (code, rang, naam, definitie, voorbeeld, bron, maanden)
WHERE m.code = 'heemskerk' AND m.versie = '2018';

-- ---- Mapping Heemskerk 2018 -> VNG/Divosa 2008 ----------------------------------------------------------------------
-- FACT-based rows: 2.4 -> 4 and 2.6 -> 5 (seed-003-heemskerk.md §2.3 and §10 item 11). Every other row is a policy
-- choice [D] made by comparing the definitions (standards-and-law.md §5.2 against seed-003 §2.4); a municipality
-- changes them as data.
INSERT INTO model_koppeling (van_model_id, van_trede, van_sub_trede, naar_model_id, naar_trede, bron)
SELECT h.id, k.van_trede, k.van_sub, d.id, k.naar_trede, k.bron
FROM ladder_model h, ladder_model d,
(VALUES
    (1, NULL, 1, '[D] Rust: "Cliënt ''doet'' niets" (seed-003 §2.4) reads as geïsoleerd (standards-and-law §5.2).'),
    (2, NULL, 2, '[D] trede 2 without a sub-trede: the IJW definition (no direct growth towards work) matches VNG 2.'),
    (2, '2.1', 2, '[D] "Cliënt wordt geholpen bij zijn problematiek": no organised activity yet, VNG 2.'),
    (2, '2.2', 3, '[D] "Cliënt volgt een sociaal activeringstraject": weekly organised activities, VNG 3.'),
    (2, '2.3', 3, '[D] tegenprestatie "af en toe": not yet weekly responsibility towards others (VNG 4), so VNG 3.'),
    (2, '2.4', 4, 'seed-003-heemskerk.md §2.3 and §10 item 11: volunteering is VNG trede 4.'),
    (2, '2.5', 3, '[D] "wordt voorbereid op part time werk": a pre-trajectory, organised activity, VNG 3.'),
    (2, '2.6', 5, 'seed-003-heemskerk.md §2.3 and §10 item 11: part-time paid work is VNG trede 5.'),
    (3, NULL, 3, '[D] IJW trede 3 "Sociaal activering gericht richting werk": VNG 3.'),
    (4, NULL, 4, '[D] IJW trede 4 "werknemersvaardigheden": VNG 4 (werken met behoud van uitkering, stage).'),
    (5, NULL, 5, '[D] IJW trede 5 "uitstroom naar werk, LKS": VNG 5 (paid work with instruments such as LKS).'),
    (6, NULL, 6, '[D] IJW trede 6 "direct naar (fulltime) werk": VNG 6.')
) AS k (van_trede, van_sub, naar_trede, bron)
WHERE h.code = 'heemskerk' AND h.versie = '2018' AND d.code = 'divosa' AND d.versie = '2008';
