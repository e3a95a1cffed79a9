package nl.trede.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void anOptimisticLockFailureAnywhereInTheChainIsAConcurrentChange() {
        assertTrue(ProblemMappers.isConcurrentChange(new OptimisticLockException("stale")));
        assertTrue(ProblemMappers.isConcurrentChange(new RuntimeException(new IllegalStateException(
                new OptimisticLockException("stale")))));
        assertFalse(ProblemMappers.isConcurrentChange(new IllegalStateException("other")));
        assertFalse(ProblemMappers.isConcurrentChange(new RuntimeException((Throwable) null)));
    }

    @Test
    void anUnreachableOrRestartingDatabaseIsUnavailableNotAnInternalError() {
        // PgJDBC: connection refused (08001), server shutting down (57P01), connection lost (08006).
        assertTrue(ProblemMappers.isDatabaseUnavailable(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new java.sql.SQLException("terminating connection", "57P01")));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new java.sql.SQLException("Sorry, acquisition timeout!")));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new java.sql.SQLTransientConnectionException("pool")));
        // Found by the benchmark: PostgreSQL out of connection slots, and Agroal's wording of its own timeout.
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(new java.sql.SQLException(
                "FATAL: remaining connection slots are reserved for non-replication superuser connections", "53300"))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(new java.sql.SQLException(
                "Acquisition timeout while waiting for new connection"))));
        // A constraint violation or a syntax error is not an outage.
        assertFalse(ProblemMappers.isDatabaseUnavailable(new java.sql.SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new java.sql.SQLException("syntax", "42601")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("other")));
    }
}
