-- Maatregel rules as dated reference data (DESIGN.md "Enforcement": "The verordening is data with validity dates,
-- not code"; standards-and-law.md §4.12 "rules are data with valid_from/valid_to and a legal reference").
--
-- A regelset is one version of a rule set: the rows with the same code are its versions, told apart by their
-- validity. geldig_vanaf and geldig_tot are both inclusive ("geldend van ... t/m ...", as wetten.overheid.nl
-- shows it); geldig_tot NULL means "until further notice". Versions of one code must not overlap: the
-- service refuses to answer rather than pick one at random (RegelsetRules.geldigOp).
CREATE TABLE regelset (
    id              BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            VARCHAR(60)   NOT NULL,
    naam            VARCHAR(200)  NOT NULL,
    geldig_vanaf    DATE          NOT NULL,
    geldig_tot      DATE,
    bron            TEXT          NOT NULL,
    CONSTRAINT regelset_versie UNIQUE (code, geldig_vanaf),
    CONSTRAINT regelset_code_kebab CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT regelset_periode CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_vanaf)
);

-- A category of gedraging (violation) within a regelset and the verlaging the regelset attaches to it.
-- duur_maanden_min/max are the bounds the regelset sets; where the law leaves the exact period to the
-- gemeentelijke verordening (Pw art. 18 lid 5), these are the statutory bounds.
CREATE TABLE gedraging_categorie (
    id                BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    regelset_id       BIGINT        NOT NULL REFERENCES regelset (id),
    code              VARCHAR(80)   NOT NULL,
    volgnummer        INTEGER       NOT NULL,
    omschrijving      TEXT          NOT NULL,
    artikel           VARCHAR(100)  NOT NULL,
    percentage        INTEGER       NOT NULL,
    duur_maanden_min  INTEGER       NOT NULL,
    duur_maanden_max  INTEGER       NOT NULL,
    bron              TEXT          NOT NULL,
    CONSTRAINT gedraging_categorie_code UNIQUE (regelset_id, code),
    CONSTRAINT gedraging_categorie_volgnummer UNIQUE (regelset_id, volgnummer),
    CONSTRAINT gedraging_categorie_code_kebab CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT gedraging_categorie_percentage CHECK (percentage BETWEEN 0 AND 100),
    CONSTRAINT gedraging_categorie_duur CHECK (duur_maanden_min >= 0 AND duur_maanden_max >= duur_maanden_min)
);

-- The recidive steps of a regelset: a new breach within binnen_maanden after step na_lid was applied leads to
-- step lid. duur_maanden_min NULL: the minimum is relative ("langer dan" the preceding period), see omschrijving.
CREATE TABLE recidivestap (
    id                BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    regelset_id       BIGINT        NOT NULL REFERENCES regelset (id),
    lid               INTEGER       NOT NULL,
    na_lid            INTEGER       NOT NULL,
    binnen_maanden    INTEGER       NOT NULL,
    percentage        INTEGER       NOT NULL,
    duur_maanden_min  INTEGER,
    duur_maanden_max  INTEGER       NOT NULL,
    omschrijving      TEXT          NOT NULL,
    artikel           VARCHAR(100)  NOT NULL,
    bron              TEXT          NOT NULL,
    CONSTRAINT recidivestap_lid UNIQUE (regelset_id, lid),
    CONSTRAINT recidivestap_percentage CHECK (percentage BETWEEN 0 AND 100),
    CONSTRAINT recidivestap_duur CHECK (duur_maanden_min IS NULL OR duur_maanden_max >= duur_maanden_min)
);

-- ---- Seed: the statutory set, Participatiewet art. 18 lid 4-8 -------------------------------------------------
-- Source: Participatiewet (BWBR0015703) art. 18, text identical in the consolidations of 2025-01-01, 2026-01-01
-- and 2026-07-01 (standards-and-law.md §4.0 and §4.3). The Dutch texts below are verbatim from
-- https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel18 (as transcribed in MinBZK/regelrecht-corpus
-- regulation/nl/wet/participatiewet/2026-07-01.yaml). Nothing here goes beyond the law: lid 5 fixes 100% for a
-- period of 1 to 3 months that the verordening sets; every other verlaging comes from the gemeentelijke
-- afstemmingsverordening (art. 8 lid 1 onder a) and belongs in a regelset of its own.
INSERT INTO regelset (code, naam, geldig_vanaf, geldig_tot, bron) VALUES (
    'pw-art-18-lid-4',
    'Participatiewet art. 18 lid 4-8: verlaging bij het niet nakomen van de arbeidsverplichtingen',
    DATE '2025-01-01',
    NULL,
    'Participatiewet (BWBR0015703) art. 18 lid 4 t/m 8, https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel18; '
    || 'Trede domain/standards-and-law.md §4.3 (text identical in the consolidations of 2025-01-01, 2026-01-01 and '
    || '2026-07-01). geldig_vanaf is the oldest consolidation that was checked, not the date the rule first applied '
    || '(earlier texts not verified [U]). No end date: Participatiewet in balans phase 2 (2027-01-01) may change '
    || 'art. 18 lid 4, status unconfirmed [U] (standards-and-law.md §4.12).'
);

INSERT INTO gedraging_categorie (regelset_id, code, volgnummer, omschrijving, artikel, percentage,
                                 duur_maanden_min, duur_maanden_max, bron)
SELECT r.id, c.code, c.volgnummer, c.omschrijving, 'Pw art. 18 lid 4 onder ' || c.letter, 100, 1, 3,
       'Participatiewet (BWBR0015703) art. 18 lid 4 onder ' || c.letter
       || ' (category) and lid 5 (100% for a period of at least 1 and at most 3 months, set in the verordening of '
       || 'art. 8 lid 1 onder a), https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel18; '
       || 'Trede domain/standards-and-law.md §4.3.'
FROM regelset r
CROSS JOIN (VALUES
    (1, 'a', 'arbeid-aanvaarden-of-behouden',
     'het aanvaarden of het behouden van algemeen geaccepteerde arbeid'),
    (2, 'b', 'inschrijving-uitzendbureau',
     'het uitvoering geven aan de door het college opgelegde verplichting om ingeschreven te staan bij een uitzendbureau'),
    (3, 'c', 'arbeid-verkrijgen-voor-verhuizing',
     'het naar vermogen verkrijgen van algemeen geaccepteerde arbeid in een andere dan de gemeente van inwoning, '
     || 'alvorens naar die andere gemeente te verhuizen'),
    (4, 'd', 'reisbereidheid',
     'bereid zijn om te reizen over een afstand met een totale reisduur van 3 uur per dag, indien dat noodzakelijk is '
     || 'voor het naar vermogen verkrijgen, het aanvaarden of het behouden van algemeen geaccepteerde arbeid'),
    (5, 'e', 'verhuisbereidheid',
     'bereid zijn om te verhuizen, indien het college is gebleken dat er geen andere mogelijkheid is voor het naar '
     || 'vermogen verkrijgen, het aanvaarden of het behouden van algemeen geaccepteerde arbeid, en de belanghebbende '
     || 'een arbeidsovereenkomst met een duur van tenminste een jaar en een netto beloning die ten minste gelijk is '
     || 'aan de voor de belanghebbende geldende bijstandsnorm, kan aangaan'),
    (6, 'f', 'kennis-en-vaardigheden',
     'het verkrijgen en behouden van kennis en vaardigheden, noodzakelijk voor het naar vermogen verkrijgen, het '
     || 'aanvaarden of het behouden van algemeen geaccepteerde arbeid'),
    (7, 'g', 'belemmering-door-kleding-verzorging-of-gedrag',
     'het naar vermogen verkrijgen, het aanvaarden of het behouden van algemeen geaccepteerde arbeid niet belemmeren '
     || 'door kleding, gebrek aan persoonlijke verzorging of gedrag'),
    (8, 'h', 'voorzieningen-en-onderzoek',
     'het gebruik maken van door het college aangeboden voorzieningen, waaronder begrepen sociale activering, gericht '
     || 'op arbeidsinschakeling en mee te werken aan onderzoek naar zijn of haar mogelijkheden tot arbeidsinschakeling')
) AS c (volgnummer, letter, code, omschrijving)
WHERE r.code = 'pw-art-18-lid-4' AND r.geldig_vanaf = DATE '2025-01-01';

INSERT INTO recidivestap (regelset_id, lid, na_lid, binnen_maanden, percentage, duur_maanden_min, duur_maanden_max,
                          omschrijving, artikel, bron)
SELECT r.id, s.lid, s.na_lid, 12, 100, s.duur_min, 3, s.omschrijving, 'Pw art. 18 lid ' || s.lid,
       'Participatiewet (BWBR0015703) art. 18 lid ' || s.lid
       || ', https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel18; Trede domain/standards-and-law.md §4.3. '
       || 'Whether the twelve months run from the besluit or from the start of the verlaging is not settled [U] '
       || '(standards-and-law.md §4.3 open points, §8 item 6).'
FROM regelset r
CROSS JOIN (VALUES
    (6, 5, NULL::INTEGER,
     'Indien de belanghebbende een verplichting als bedoeld in het vierde lid niet nakomt binnen twaalf maanden nadat '
     || 'het vijfde lid toepassing heeft gevonden, verlaagt het college, in afwijking van het vijfde lid, de bijstand '
     || 'met 100% voor een bij de verordening, bedoeld in artikel 8, eerste lid, onderdeel a, vastgestelde periode '
     || 'die in ieder geval langer is dan de op grond van het vijfde lid vastgestelde periode van verlaging en ten '
     || 'hoogste drie maanden.'),
    (7, 6, 3,
     'Indien de belanghebbende een verplichting als bedoeld in het vierde lid niet nakomt binnen twaalf maanden nadat '
     || 'het zesde lid toepassing heeft gevonden, verlaagt het college, in afwijking van het vijfde en zesde lid, de '
     || 'bijstand met 100% voor een periode van drie maanden.'),
    (8, 7, 3,
     'Indien de belanghebbende een verplichting als bedoeld in het vierde lid niet nakomt binnen twaalf maanden nadat '
     || 'het zevende lid toepassing heeft gevonden, verlaagt het college, in afwijking van het vijfde, zesde en '
     || 'zevende lid, telkens de bijstand met 100% voor een periode van drie maanden.')
) AS s (lid, na_lid, duur_min, omschrijving)
WHERE r.code = 'pw-art-18-lid-4' AND r.geldig_vanaf = DATE '2025-01-01';
