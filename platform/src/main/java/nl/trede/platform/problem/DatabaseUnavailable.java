package nl.trede.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * One answer, for the REST layer and the event consumer alike, to "did this fail because the database could not be
 * used?" — then a request answers 503 and an event waits, instead of a 500 or a dead letter.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * Anywhere in the cause chain: a connection-class SQLState (08xxx: refused, broken; 57P0x: shutting down /
     * starting up; 53xxx: out of connections or resources), a connection-level JDBC/Hibernate exception, or the pool's
     * acquisition timeout. By class name and SQLState, as the gateway has neither JPA nor a JDBC driver.
     */
    public static boolean in(Throwable e) {
        return in(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Causes and suppressed exceptions both: a transaction manager that fails at commit (Narayana's "ARJUNA016053:
     * Could not commit transaction") carries the driver's error as a suppressed exception, not as the cause.
     */
    private static boolean in(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"))) {
                return true;
            }
            // Agroal's pool: no connection could be obtained within the acquisition timeout ("Sorry, acquisition
            // timeout!", "Acquisition timeout while waiting for new connection").
            if (sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (in(suppressed, seen)) {
                return true;
            }
        }
        return in(t.getCause(), seen);
    }
}
