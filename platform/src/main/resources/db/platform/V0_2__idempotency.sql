-- Idempotency-Key support for creates (DESIGN.md API conventions): a retried POST with the same key returns
-- the first result instead of creating a duplicate. The key row is claimed first in the creating transaction,
-- so concurrent retries serialise on the primary key.
CREATE TABLE idempotency_key (
    scope          VARCHAR(100)  NOT NULL,
    idem_key       VARCHAR(255)  NOT NULL,
    request_hash   VARCHAR(64)   NOT NULL,
    resource_id    UUID,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
