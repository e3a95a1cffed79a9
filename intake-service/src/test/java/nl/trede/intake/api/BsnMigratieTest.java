package nl.trede.intake.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V8 gives every stored BSN its canonical 9-digit form (Logisch Ontwerp BSN). Run on a schema of its own: the
 * migrations up to V7, rows as the old code stored them (raw 8 and 9 digits), then V8.
 */
@QuarkusTest
class BsnMigratieTest {

    private static final String SCHEMA = "bsn_migratie_test";

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("V8 pads 8-digit BSNs; a pair that becomes one BSN is listed for review, not merged")
    void canoniek() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration").cleanDisabled(false).target("7").load();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        flyway.migrate();
        UUID eerder = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID alleen = UUID.randomUUID();
        UUID negen = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            persoon(c, eerder, "43781317", "2026-01-05T10:00:00Z");
            persoon(c, later, "043781317", "2026-01-06T10:00:00Z");
            persoon(c, alleen, "10000008", "2026-01-05T10:00:00Z");
            persoon(c, negen, "999990342", "2026-01-05T10:00:00Z");
        }
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = dataSource.getConnection()) {
            assertEquals("043781317", bsn(c, eerder));
            assertNull(duplicaatVan(c, eerder));
            assertEquals("043781317", bsn(c, later));
            assertEquals(eerder.toString(), duplicaatVan(c, later), "the later registration waits for review");
            assertEquals("010000008", bsn(c, alleen));
            assertNull(duplicaatVan(c, alleen));
            assertEquals("999990342", bsn(c, negen));
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select klant_id, zelfde_persoon_als from " + SCHEMA
                         + ".persoon_duplicaat")) {
                r.next();
                assertEquals(later.toString(), r.getString(1));
                assertEquals(eerder.toString(), r.getString(2));
                assertEquals(false, r.next());
            }
            // Afterwards the database itself keeps one canonical person per BSN.
            assertThrows(SQLException.class, () -> persoon(c, UUID.randomUUID(), "43781317", "2026-02-01T10:00:00Z"));
            assertThrows(SQLException.class, () -> persoon(c, UUID.randomUUID(), "043781317", "2026-02-01T10:00:00Z"));
        } finally {
            flyway.clean();
        }
    }

    private static void persoon(Connection c, UUID klantId, String bsn, String createdAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into " + SCHEMA + ".persoon (klant_id, bsn, naam, "
                + "geboortedatum, created_at) values (?, ?, 'T. Test', date '1990-01-01', cast(? as timestamptz))")) {
            p.setObject(1, klantId);
            p.setString(2, bsn);
            p.setString(3, createdAt);
            p.executeUpdate();
        }
    }

    private static String bsn(Connection c, UUID klantId) throws SQLException {
        return kolom(c, "bsn", klantId);
    }

    private static String duplicaatVan(Connection c, UUID klantId) throws SQLException {
        return kolom(c, "duplicaat_van", klantId);
    }

    private static String kolom(Connection c, String kolom, UUID klantId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select " + kolom + " from " + SCHEMA
                + ".persoon where klant_id = ?")) {
            p.setObject(1, klantId);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
