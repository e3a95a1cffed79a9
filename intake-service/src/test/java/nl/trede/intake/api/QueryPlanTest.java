package nl.trede.intake.api;

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
 * The lookups of the create path and of the outbox relay use an index once the tables hold some thousands of rows:
 * seeds 3,000 personen, meldingen, termijnen and outbox rows in one transaction, analyses them, asserts no plan has a
 * sequential scan of these tables, and rolls everything back (no other test sees the rows). The SQL is what the
 * Panache queries ({@code Persoon.findByBsn}, {@code Melding.findOpen}, a melding's termijnen) and the relay's batch
 * and backlog queries ask.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class QueryPlanTest {

    private static final String SEED = "query-plan-seed";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void createPathAndOutboxQueriesUseAnIndex() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO persoon (klant_id, bsn, naam, geboortedatum, created_at) "
                        + "SELECT gen_random_uuid(), '8' || lpad(g::text, 8, '0'), '" + SEED + "', "
                        + "DATE '1990-01-01', now() FROM generate_series(1, 3000) g ON CONFLICT DO NOTHING");
                st.executeUpdate("INSERT INTO melding (id, klant_id, type, status, melding_datum, registered_at, "
                        + "version) SELECT gen_random_uuid(), klant_id, 'VERZOEK_ONDERSTEUNING', 'GEREGISTREERD', "
                        + "DATE '2026-01-05', now(), 0 FROM persoon WHERE naam = '" + SEED + "'");
                st.executeUpdate("INSERT INTO termijn (id, melding_id, soort, uiterlijk, status, bron, aangemaakt_op) "
                        + "SELECT gen_random_uuid(), m.id, 'SCREENING', DATE '2026-01-12', 'OPEN', 'seed', now() "
                        + "FROM melding m JOIN persoon p ON p.klant_id = m.klant_id WHERE p.naam = '" + SEED + "'");
                st.executeUpdate("INSERT INTO outbox_event (id, topic, event_key, type, source, event_time, data, "
                        + "published_at) SELECT gen_random_uuid(), 'seed', 'k', 't', 's', now(), '{}', "
                        + "CASE WHEN g <= 5 THEN NULL ELSE now() END FROM generate_series(1, 3000) g");
                st.execute("ANALYZE persoon, melding, termijn, outbox_event");
                String klantId = single(st, "SELECT klant_id FROM persoon WHERE naam = '" + SEED + "' LIMIT 1");
                String meldingId = single(st, "SELECT id FROM melding WHERE klant_id = '" + klantId + "'");
                String bsn = single(st, "SELECT bsn FROM persoon WHERE klant_id = '" + klantId + "'");

                List<String> scans = new ArrayList<>();
                scans.addAll(seqScans(st, "SELECT * FROM persoon WHERE bsn = '" + bsn
                        + "' AND duplicaat_van IS NULL LIMIT 1"));
                scans.addAll(seqScans(st, "SELECT * FROM melding WHERE klant_id = '" + klantId
                        + "' AND type = 'VERZOEK_ONDERSTEUNING' AND status IN ('GEREGISTREERD', "
                        + "'SCREENING_AFGEROND', 'AMBITIEGESPREK_GEHOUDEN', 'KLANTGROEP_BEPAALD') LIMIT 1"));
                scans.addAll(seqScans(st, "SELECT soort FROM termijn WHERE melding_id = '" + meldingId + "'"));
                scans.addAll(seqScans(st, "SELECT * FROM termijn WHERE melding_id = '" + meldingId
                        + "' ORDER BY uiterlijk, soort"));
                scans.addAll(seqScans(st, "SELECT seq, id, topic, event_key, type, source, subject, dataref, "
                        + "event_time, data, traceparent FROM outbox_event WHERE published_at IS NULL "
                        + "ORDER BY seq LIMIT 100"));
                scans.addAll(seqScans(st,
                        "SELECT count(*), min(event_time) FROM outbox_event WHERE published_at IS NULL"));
                assertTrue(scans.isEmpty(), () -> "Sequential scans: " + scans);
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

    private static List<String> seqScans(Statement st, String sql) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        System.out.println("plan of " + sql + "\n  " + String.join("\n  ", plan));
        return plan.stream().filter(line -> line.contains("Seq Scan")).map(line -> sql + " -> " + line).toList();
    }
}
