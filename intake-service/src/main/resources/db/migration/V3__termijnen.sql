-- Issue 3 "Deadlines computed and exposed": every deadline of a melding is a row, so "due today" and "overdue"
-- are one indexed query, and a rule change can be back-filled (anchors-lessons.md §9 #9, Amsterdam/signals #761).
ALTER TABLE melding ADD COLUMN kanaal VARCHAR(20);
ALTER TABLE melding ADD COLUMN broodnood BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE termijn (
    id             UUID          PRIMARY KEY,
    melding_id     UUID          NOT NULL REFERENCES melding (id),
    soort          VARCHAR(30)   NOT NULL,
    uiterlijk      DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    bron           TEXT          NOT NULL,
    aangemaakt_op  TIMESTAMPTZ   NOT NULL,
    afgehandeld_op TIMESTAMPTZ,
    CONSTRAINT termijn_een_per_soort UNIQUE (melding_id, soort)
);
CREATE INDEX termijn_open ON termijn (uiterlijk) WHERE status = 'OPEN';
