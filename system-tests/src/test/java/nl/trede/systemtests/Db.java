package nl.trede.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Row counts in the services' own databases of the system-test stack, for the fault tests: "nothing lost, nothing
 * applied twice" is a statement about rows, not about what an API happens to show.
 */
final class Db {

    private Db() {
    }

    /** A connection to {@code trede_<service><suffix>} as the services' own role. */
    static Connection connect(String service) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + Integer.getInteger("trede.systemtest.pg-port", 5432)
                + "/trede_" + service + Stack.DB_SUFFIX;
        return DriverManager.getConnection(url, "trede", Stack.dbPassword());
    }

    /**
     * The single number {@code sql} returns, with the ids bound as a text[] to its one parameter if it has one (cast
     * it in the SQL: {@code melding_id = any(?::uuid[])}).
     */
    static long count(String service, String sql, Collection<String> ids) {
        try (Connection c = connect(service); PreparedStatement ps = c.prepareStatement(sql)) {
            if (ids != null) {
                ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("count on " + service + " failed: " + e.getMessage(), e);
        }
    }

    /** How many zaken casework holds for these meldingen (a melding becomes at most one: melding_id is unique). */
    static long zaken(Collection<String> meldingIds) {
        return count("casework", "select count(*) from zaak where melding_id = any(?::uuid[])", meldingIds);
    }

    static long count(String service, String sql) {
        return count(service, sql, null);
    }
}
