package nl.trede.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void anUnreachableOrRestartingDatabaseIsUnavailableNotAnInternalError() {
        // PgJDBC: connection refused (08001), server shutting down (57P01), connection lost (08006).
        assertTrue(DatabaseUnavailable.in(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))));
        assertTrue(DatabaseUnavailable.in(new java.sql.SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseUnavailable.in(new RuntimeException(
                new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseUnavailable.in(new java.sql.SQLException("Sorry, acquisition timeout!")));
        // Narayana failing at commit while PostgreSQL goes down: the driver's error is suppressed, not the cause
        // (seen as a 500 in the PostgreSQL restart system test).
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseUnavailable.in(new RuntimeException(commit)));
        assertTrue(DatabaseUnavailable.in(new java.sql.SQLTransientConnectionException("pool")));
        // Found by the benchmark: PostgreSQL out of connection slots, and Agroal's wording of its own timeout.
        assertTrue(DatabaseUnavailable.in(new RuntimeException(new java.sql.SQLException(
                "FATAL: remaining connection slots are reserved for non-replication superuser connections", "53300"))));
        assertTrue(DatabaseUnavailable.in(new RuntimeException(new java.sql.SQLException(
                "Acquisition timeout while waiting for new connection"))));
        // A constraint violation or a syntax error is not an outage.
        assertFalse(DatabaseUnavailable.in(new java.sql.SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.in(new java.sql.SQLException("syntax", "42601")));
        assertFalse(DatabaseUnavailable.in(new IllegalStateException("other")));
    }
}
