-- Klantgroep context for the reports (issue 6: "distribution of klanten over treden per klantgroep"). The klantgroep
-- a klant was placed in when intake handed the melding to casework, from intake's event
-- nl.trede.intake.melding-doorgezet (data: meldingId, doorgezetOp, klantgroep; consumed through the platform inbox).
-- casework does not publish the klantgroep yet; when it does, its events take over. One row per klant: the latest
-- hand-over wins. Codes only; no personal data.
CREATE TABLE klant_klantgroep (
    klant_id      UUID          PRIMARY KEY,
    klantgroep    VARCHAR(60)   NOT NULL,
    melding_id    UUID          NOT NULL,
    doorgezet_op  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX klant_klantgroep_groep ON klant_klantgroep (klantgroep, klant_id);

-- The klant's current klantgroep on every projection row, so a report filters on a column of the rows it already
-- reads (kept by the consumer and by the projection rebuild; NULL when no klantgroep is known).
ALTER TABLE ladder_positie ADD COLUMN klantgroep VARCHAR(60);
