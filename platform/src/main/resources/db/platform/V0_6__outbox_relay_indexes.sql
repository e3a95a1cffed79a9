-- The outbox relay's hot queries read only pending rows: the next batch (WHERE published_at IS NULL ORDER BY seq
-- LIMIT n) and the backlog (count(*), min(event_time) of the same rows). The pending index now carries event_time,
-- so the backlog is an index-only scan of the few pending rows instead of a visit to every row of the table.
DROP INDEX outbox_event_pending;
CREATE INDEX outbox_event_pending ON outbox_event (seq) INCLUDE (event_time) WHERE published_at IS NULL;

-- Every row is inserted, updated once (published_at) and deleted after the retention: the table churns, and with the
-- default thresholds (20 % dead rows before a vacuum, 10 % changed before an analyze) its statistics can say "all
-- rows pending" long after they were published, which makes the planner scan the whole table. Vacuum and analyze it
-- after 1 % of its rows changed (and at least 1,000), which keeps the statistics and the visibility map current.
ALTER TABLE outbox_event SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_analyze_scale_factor = 0.01,
    autovacuum_analyze_threshold = 1000
);
