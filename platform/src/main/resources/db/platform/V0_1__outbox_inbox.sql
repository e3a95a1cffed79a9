-- Platform tables, included by every service through quarkus.flyway.locations=db/migration,db/platform.
-- Versions 0.x are reserved for the platform; services number their own migrations from 1.

-- Transactional outbox: a row is written in the same transaction as the state change it announces; the relay
-- publishes pending rows (published_at IS NULL) to Kafka in seq order and marks them published.
CREATE TABLE outbox_event (
    seq           BIGSERIAL PRIMARY KEY,
    id            UUID          NOT NULL UNIQUE,
    topic         VARCHAR(249)  NOT NULL,
    event_key     VARCHAR(255)  NOT NULL,
    type          VARCHAR(255)  NOT NULL,
    source        VARCHAR(255)  NOT NULL,
    subject       VARCHAR(255),
    dataref       VARCHAR(2048),
    event_time    TIMESTAMPTZ   NOT NULL,
    data          TEXT          NOT NULL,
    published_at  TIMESTAMPTZ,
    attempts      INTEGER       NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000)
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Idempotent inbox: the id of every processed event, written in the same transaction as its effect, so a
-- redelivered event has no second effect. CloudEvents: source + id identify an event.
CREATE TABLE inbox_event (
    source        VARCHAR(255)  NOT NULL,
    event_id      VARCHAR(255)  NOT NULL,
    type          VARCHAR(255)  NOT NULL,
    processed_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (source, event_id)
);
