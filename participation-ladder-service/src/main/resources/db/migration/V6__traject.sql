-- Traject context from casework (issue 6: "metingen due (at traject start and end ...)" and "movement per traject
-- type (which voorzieningen move people up)"; standards-and-law.md §5.3: the end of a traject triggers a meting;
-- seed-003-heemskerk.md §1.1 "hoeveel mensen er van welke trajecten ... gebruikmaken, wat de resultaten zijn", §7.4
-- through-flow per trajectory, §9 the casework.traject-gestart/-beeindigd events). One row per traject, kept from casework's
-- nl.trede.casework.traject-gestart (trajectId, zaakId, voorziening, startdatum, einddatum) and
-- nl.trede.casework.traject-beeindigd (trajectId, zaakId, voorziening, resultaat), consumed through the platform
-- inbox. Codes and dates only; no personal data. beeindigd_op is the date (Europe/Amsterdam) of the beeindigd
-- event, which carries no date of its own. startdatum is NULL only while a beeindigd event has arrived without its
-- gestart (never on one partition in order; kept rather than lost).
CREATE TABLE traject (
    traject_id    UUID          PRIMARY KEY,
    klant_id      UUID          NOT NULL,
    zaak_id       UUID          NOT NULL,
    voorziening   VARCHAR(60)   NOT NULL,
    startdatum    DATE,
    einddatum     DATE,
    beeindigd     BOOLEAN       NOT NULL DEFAULT false,
    beeindigd_op  DATE,
    resultaat     VARCHAR(60),
    CONSTRAINT traject_beeindigd_datum CHECK (beeindigd = (beeindigd_op IS NOT NULL))
);
CREATE INDEX traject_klant ON traject (klant_id);
-- Metingen linked to a traject (the due list: a meting with the trajectId satisfies the traject's due meting).
CREATE INDEX meting_traject ON meting (traject_id, meetdatum) WHERE traject_id IS NOT NULL;
