package nl.trede.platform.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.trede.platform.werk.WerkitemsJob;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements and transactions one request causes in a {@code @QuarkusTest} and checks them against a
 * budget checked in beside the test ({@code src/test/resources/statement-budgets.properties}). The count comes from
 * Hibernate ORM's statistics ({@code quarkus.hibernate-orm.statistics=true}, test profile only): every statement
 * Hibernate prepares — entity loads, HQL, Panache, flushed inserts/updates/deletes and native queries through the
 * EntityManager (idempotency keys, advisory locks) — is counted. Plain JDBC that bypasses Hibernate is not: the audit
 * insert ({@code Session.doWork}) and the outbox relay (its own DataSource connection, outside the request anyway).
 * Counting is deterministic, so the guard never depends on how fast or busy the machine is.
 *
 * <p>Statistics are global to the session factory: measure one request at a time, with no other request of the test
 * running (the relay and the Kafka consumers use plain JDBC or run between requests).
 */
public final class StatementBudget {

    /** What one request caused. */
    public record Count(long statements, long transactions, long flushes, long entityLoads) {
        @Override
        public String toString() {
            return statements + " statements, " + transactions + " transactions, " + flushes + " flushes, "
                    + entityLoads + " entity loads";
        }
    }

    private final Properties budgets = new Properties();
    private final String bron;

    private StatementBudget(String resource) {
        this.bron = resource;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No budget file " + resource + " on the test classpath");
            }
            budgets.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The budgets of {@code statement-budgets.properties} on the test classpath. */
    public static StatementBudget load() {
        return new StatementBudget("statement-budgets.properties");
    }

    /** Runs the request and returns what it caused. */
    public static Count measure(Runnable request) {
        Statistics stats = statistics();
        if (!stats.isStatisticsEnabled()) {
            throw new IllegalStateException("Set %test.quarkus.hibernate-orm.statistics=true to count statements");
        }
        // the werkitems job publishes the snapshots of the klanten a request marks in the background: it waits
        var werkitems = Arc.container().instance(WerkitemsJob.class);
        if (werkitems.isAvailable()) {
            werkitems.get().pauzeer();
        }
        try {
            stats.clear();
            request.run();
            return new Count(stats.getPrepareStatementCount(), stats.getTransactionCount(), stats.getFlushCount(),
                    stats.getEntityLoadCount());
        } finally {
            if (werkitems.isAvailable()) {
                werkitems.get().hervat();
            }
        }
    }

    /**
     * Asserts the request's statements and transactions stay within the budget {@code key.statements} and
     * {@code key.transactions}, printing actual vs budget. A budget is the measured number: when a change needs more
     * (or fewer) statements, update the file consciously in the same commit.
     */
    public Count assertWithin(String key, Runnable request) {
        Count count = measure(request);
        long statements = budget(key + ".statements");
        long transactions = budget(key + ".transactions");
        System.out.printf("statement budget %s: %d/%d statements, %d/%d transactions (%s)%n", key,
                count.statements(), statements, count.transactions(), transactions, count);
        List<String> over = new ArrayList<>();
        if (count.statements() > statements) {
            over.add(count.statements() + " statements > budget " + statements);
        }
        if (count.transactions() > transactions) {
            over.add(count.transactions() + " transactions > budget " + transactions);
        }
        assertTrue(over.isEmpty(), () -> key + " is over its budget in " + bron + ": " + String.join("; ", over)
                + " (" + count + "). Remove the extra queries, or raise the budget on purpose.");
        return count;
    }

    private long budget(String key) {
        String value = budgets.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No budget " + key + " in " + bron);
        }
        return Long.parseLong(value.trim());
    }

    private static Statistics statistics() {
        return Arc.container().instance(EntityManagerFactory.class).get().unwrap(SessionFactory.class).getStatistics();
    }
}
