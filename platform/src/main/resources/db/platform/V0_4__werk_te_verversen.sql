-- Open work per klant (docs/contracts/werkitems.md): a klant whose open work in this service may have changed is
-- marked here in the same transaction as the change (every domain event about the klant marks it; code that changes
-- work without an event marks it itself). The service's job (platform WerkitemsJob) takes marked klanten with
-- FOR UPDATE SKIP LOCKED, publishes the klant's snapshot werkitems-bijgewerkt through the outbox and removes the mark
-- in one transaction; a crash leaves the mark, so the work is repeated.
CREATE TABLE werk_te_verversen (
    klant_id       UUID         PRIMARY KEY,
    -- the last time the klant was marked (service clock)
    gemarkeerd_op  TIMESTAMPTZ  NOT NULL,
    -- raised by every mark: the job removes the mark only when it is the one it read
    teller         BIGINT       NOT NULL,
    -- not before this moment: '-infinity' for a change; a later moment when the snapshot changes by itself on a day
    -- (a watched term that ends), so the job publishes it again then
    niet_voor      TIMESTAMPTZ  NOT NULL DEFAULT '-infinity'
);
CREATE INDEX werk_te_verversen_beurt ON werk_te_verversen (niet_voor, gemarkeerd_op);

-- The volgnummer of the snapshots: strictly increasing per klant (one sequence for all klanten of the service).
CREATE SEQUENCE werkitems_volgnummer;
