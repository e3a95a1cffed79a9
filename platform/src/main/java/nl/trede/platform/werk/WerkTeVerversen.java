package nl.trede.platform.werk;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the marks in {@code werk_te_verversen} (V0_4__werk_te_verversen.sql), on the connection of the caller's
 * transaction: plain JDBC, so the platform's tests prove it on a real PostgreSQL without a service around it.
 */
public final class WerkTeVerversen {

    /** A mark as the job took it: the klant and the counter it read. */
    public record Markering(UUID klantId, long teller) {
    }

    private WerkTeVerversen() {
    }

    /** Marks the klant now (a new mark, or a renewed one: the counter rises and a deferred mark is due at once). */
    public static void markeer(Connection c, UUID klantId, Instant op) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO werk_te_verversen (klant_id, gemarkeerd_op, "
                + "teller, niet_voor) VALUES (?, ?, 1, '-infinity') ON CONFLICT (klant_id) DO UPDATE SET "
                + "gemarkeerd_op = EXCLUDED.gemarkeerd_op, teller = werk_te_verversen.teller + 1, "
                + "niet_voor = '-infinity'")) {
            ps.setObject(1, klantId);
            ps.setTimestamp(2, Timestamp.from(op));
            ps.executeUpdate();
        }
    }

    /**
     * Takes the longest-waiting mark that is due at {@code nu}, locked for this transaction; marks locked by another
     * transaction (another instance of the job, or a change not yet committed) are skipped, and so are the klanten in
     * {@code overslaan}.
     */
    public static Optional<Markering> pak(Connection c, Instant nu, Collection<UUID> overslaan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT klant_id, teller FROM werk_te_verversen "
                + "WHERE niet_voor <= ? AND NOT (klant_id = ANY (?)) ORDER BY niet_voor, gemarkeerd_op "
                + "LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            ps.setTimestamp(1, Timestamp.from(nu));
            Array skip = c.createArrayOf("uuid", overslaan.toArray());
            ps.setArray(2, skip);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Markering(rs.getObject(1, UUID.class), rs.getLong(2)))
                        : Optional.empty();
            }
        }
    }

    /**
     * The snapshot of {@code m} is published: removes the mark, or defers it to {@code opnieuwOp} when the snapshot
     * changes by itself then — both only when the mark was not renewed meanwhile. Returns whether it was.
     */
    public static boolean afronden(Connection c, Markering m, Instant opnieuwOp) throws SQLException {
        String sql = opnieuwOp == null ? "DELETE FROM werk_te_verversen WHERE klant_id = ? AND teller = ?"
                : "UPDATE werk_te_verversen SET niet_voor = ? WHERE klant_id = ? AND teller = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (opnieuwOp != null) {
                ps.setTimestamp(i++, Timestamp.from(opnieuwOp));
            }
            ps.setObject(i++, m.klantId());
            ps.setLong(i, m.teller());
            return ps.executeUpdate() == 1;
        }
    }

    /** The next volgnummer: strictly increasing for every snapshot of the service. */
    public static long volgnummer(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('werkitems_volgnummer')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
