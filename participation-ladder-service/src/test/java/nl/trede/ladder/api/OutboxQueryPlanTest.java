package nl.trede.ladder.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay's hot queries (platform {@code OutboxRelay}: the next batch, the backlog, marking a batch published
 * or a row failed, the housekeeping delete) never scan the whole {@code outbox_event} table, the table every write of
 * every service grows: seeds 100,000 published and 20 pending rows in one transaction, analyses the table, asserts no
 * plan has a sequential scan of it and that the batch and the backlog use the pending index (platform migration V0_6),
 * and rolls everything back. Every service ships the same platform migrations; the ladder runs the check.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OutboxQueryPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theRelaysQueriesNeverScanTheWholeOutbox() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO outbox_event (id, topic, event_key, type, source, event_time, data, "
                        + "published_at, attempts) SELECT gen_random_uuid(), 'seed', 'k', 't', 's', "
                        + "now() - interval '1 hour', '{}', CASE WHEN g > 100000 THEN NULL ELSE now() END, 0 "
                        + "FROM generate_series(1, 100020) g");
                st.execute("ANALYZE outbox_event");
                long pending = Long.parseLong(single(st,
                        "SELECT min(seq) FROM outbox_event WHERE published_at IS NULL"));

                List<String> plans = new ArrayList<>();
                String batch = plan(st, "SELECT seq, id, topic, event_key, type, source, subject, dataref, event_time, "
                        + "data FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT 100");
                String backlog = plan(st,
                        "SELECT count(*), min(event_time) FROM outbox_event WHERE published_at IS NULL");
                plans.add(batch);
                plans.add(backlog);
                plans.add(plan(st, "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1, "
                        + "last_error = NULL WHERE seq = ANY ('{" + pending + "," + (pending + 1) + "}'::bigint[])"));
                plans.add(plan(st, "UPDATE outbox_event SET attempts = attempts + 1, last_error = 'x' WHERE seq = "
                        + pending));
                plans.add(plan(st, "DELETE FROM outbox_event WHERE published_at IS NOT NULL "
                        + "AND published_at < now() - interval '7 days'"));

                List<String> scans = plans.stream().filter(p -> p.contains("Seq Scan on outbox_event")).toList();
                assertTrue(scans.isEmpty(), () -> "Sequential scans of outbox_event: " + scans);
                assertTrue(batch.contains("outbox_event_pending"), batch);
                assertTrue(backlog.contains("outbox_event_pending"), backlog);
            } finally {
                c.rollback();
            }
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String plan(Statement st, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        String plan = sql + "\n  " + String.join("\n  ", lines);
        System.out.println("plan of " + plan);
        return plan;
    }
}
