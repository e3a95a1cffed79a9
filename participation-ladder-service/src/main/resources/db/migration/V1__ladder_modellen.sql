-- The Participatieladder as versioned reference data (DESIGN.md "Ladder"; standards-and-law.md §5).
--
-- A ladder_model is one version of a ladder scheme; rows with the same code are versions of that scheme, told
-- apart by versie and validity. geldig_vanaf and geldig_tot are both inclusive; geldig_tot NULL means until
-- further notice. Versions of one code must not overlap: the service refuses to answer rather than pick one at
-- random (LadderRules.geldigOp). Schemes stay separate (seed-003-heemskerk.md §2.3: a meting is stored against a
-- named scheme and reports never silently mix schemes); municipal sub-treden (Heemskerk 1, 2.1-2.6) are a later
-- addition and are not seeded here.
CREATE TABLE ladder_model (
    id              BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            VARCHAR(60)   NOT NULL,
    naam            VARCHAR(200)  NOT NULL,
    versie          VARCHAR(30)   NOT NULL,
    geldig_vanaf    DATE          NOT NULL,
    geldig_tot      DATE,
    bron            TEXT          NOT NULL,
    CONSTRAINT ladder_model_versie UNIQUE (code, versie),
    CONSTRAINT ladder_model_vanaf UNIQUE (code, geldig_vanaf),
    CONSTRAINT ladder_model_code_kebab CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ladder_model_periode CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_vanaf)
);

-- The six treden of a ladder model. nummer 1 is the lowest participation level, 6 the highest.
CREATE TABLE trede (
    id              BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_id        BIGINT        NOT NULL REFERENCES ladder_model (id),
    nummer          INTEGER       NOT NULL,
    naam            VARCHAR(100)  NOT NULL,
    definitie       TEXT          NOT NULL,
    voorbeeld       TEXT,
    bron            TEXT          NOT NULL,
    CONSTRAINT trede_nummer UNIQUE (model_id, nummer),
    CONSTRAINT trede_nummer_bereik CHECK (nummer BETWEEN 1 AND 6)
);

-- ---- Seed: the Participatieladder of VNG/Divosa -----------------------------------------------------------------
-- Names: standards-and-law.md §5.2 and the VNG table in seed-003-heemskerk.md §2.2 (thesis §4.2.1; the figure in
-- thesis §1.1 lists the same six labels). Definitions: standards-and-law.md §5.2, from arbeidsdeskundigen.nl AKC
-- document 4402 (Leidraad Arbeidsparticipatie); the AKC text of trede 1 is truncated, so its definition is the
-- complement of trede 2 [D]. Examples: verbatim (Dutch) from the same VNG table, seed-003-heemskerk.md §2.2.
INSERT INTO ladder_model (code, naam, versie, geldig_vanaf, geldig_tot, bron) VALUES (
    'divosa',
    'Participatieladder (VNG/Divosa)',
    '2008',
    DATE '2009-04-01',
    NULL,
    'Trede domain/standards-and-law.md §5.1-§5.2: developed by Regioplan in autumn 2008 with 12 gemeenten and the '
    || 'VNG, piloted in 6 gemeenten ("De participatieladder getest", April 2009); VNG 2011 "Implementatie en gebruik '
    || 'Participatieladder"; used by Divosa ("Participatie-ontwikkeling in perspectief", 2011). Instrument: '
    || 'https://www.instrumentwijzer.nl/participatieladder (Regioplan). seed-003-heemskerk.md §1.1/§2.1 names the VNG '
    || 'as owner; whether Divosa co-owns the definition is unconfirmed [U]. versie 2008 is the year of development; '
    || 'geldig_vanaf is the date of the first published test report (April 2009), the exact adoption date is not '
    || 'in the sources [U].'
);

INSERT INTO trede (model_id, nummer, naam, definitie, voorbeeld, bron)
SELECT m.id, t.nummer, t.naam, t.definitie, t.voorbeeld, t.bron
FROM ladder_model m
CROSS JOIN (VALUES
    (1, 'Geïsoleerd',
     'No or hardly any social contacts outside the home.',
     'De cliënt is vereenzaamd en/of heeft alleen contacten via internet',
     'Name: standards-and-law.md §5.2; seed-003-heemskerk.md §2.2 (VNG table, Heemskerk thesis 2018 §4.2.1). '
     || 'Definition: derived [D] as the complement of trede 2, because the AKC document 4402 text of trede 1 is '
     || 'truncated (standards-and-law.md §5.2). Example: verbatim from the VNG table, seed-003-heemskerk.md §2.2.'),
    (2, 'Sociale contacten buitenshuis',
     'At least weekly social contacts outside the home that are not organised (neighbours, friends).',
     'De cliënt neemt incidenteel mee aan activiteiten, bezoeken van buren of vrienden',
     'Name: standards-and-law.md §5.2; seed-003-heemskerk.md §2.2 (VNG table, Heemskerk thesis 2018 §4.2.1). '
     || 'Definition: arbeidsdeskundigen.nl AKC document 4402 (Leidraad Arbeidsparticipatie), as given in '
     || 'standards-and-law.md §5.2. Example: verbatim from the VNG table, seed-003-heemskerk.md §2.2.'),
    (3, 'Deelname georganiseerde activiteiten',
     'At least weekly participation in organised activities (course, schooling, active club member) without '
     || 'responsibilities.',
     'Cursus of opleiding / cliënt is een actief verenigingslid',
     'Name: standards-and-law.md §5.2; seed-003-heemskerk.md §2.2 (VNG table, Heemskerk thesis 2018 §4.2.1). '
     || 'Definition: arbeidsdeskundigen.nl AKC document 4402 (Leidraad Arbeidsparticipatie), as given in '
     || 'standards-and-law.md §5.2. Example: verbatim from the VNG table, seed-003-heemskerk.md §2.2.'),
    (4, 'Onbetaald werk',
     'Tasks with responsibility towards others, with at least 1 physical contact per week: vrijwilligerswerk, stage, '
     || 'werken met behoud van uitkering.',
     'Cliënt doet werk met behoud van uitkering, stage of vrijwilligerswerk',
     'Name: standards-and-law.md §5.2; seed-003-heemskerk.md §2.2 (VNG table, Heemskerk thesis 2018 §4.2.1). '
     || 'Definition: arbeidsdeskundigen.nl AKC document 4402 (Leidraad Arbeidsparticipatie), as given in '
     || 'standards-and-law.md §5.2. Example: verbatim from the VNG table, seed-003-heemskerk.md §2.2.'),
    (5, 'Betaald werk met ondersteuning',
     'Paid work with instruments (LKS, jobcoach, sociale werkvoorziening) or a supplementary benefit. Also work '
     || 'combined with inburgering/education.',
     'Cliënt doet werk met aanvullende uitkering van gemeente of UWV, werk met externe begeleiding, of werk en '
     || 'tegelijk een inburgeringscursus',
     'Name: standards-and-law.md §5.2; seed-003-heemskerk.md §2.2 (VNG table, Heemskerk thesis 2018 §4.2.1). '
     || 'Definition: arbeidsdeskundigen.nl AKC document 4402 (Leidraad Arbeidsparticipatie), as given in '
     || 'standards-and-law.md §5.2. Example: verbatim from the VNG table, seed-003-heemskerk.md §2.2.'),
    (6, 'Betaald werk',
     'Paid work without a supplementary benefit or instruments. Includes zzp''er and ondernemer.',
     'Baan met arbeidscontract, zzp''r, ondernemer',
     'Name: standards-and-law.md §5.2 ("Betaald werk (zonder ondersteuning)"); seed-003-heemskerk.md §2.2 (figure in '
     || 'Heemskerk thesis 2018 §1.1: "Betaald werk"; VNG table: "Betaald werk zonder ondersteuning"). Definition: '
     || 'arbeidsdeskundigen.nl AKC document 4402 (Leidraad Arbeidsparticipatie), as given in standards-and-law.md '
     || '§5.2. Example: verbatim from the VNG table, seed-003-heemskerk.md §2.2.')
) AS t (nummer, naam, definitie, voorbeeld, bron)
WHERE m.code = 'divosa' AND m.versie = '2008';
