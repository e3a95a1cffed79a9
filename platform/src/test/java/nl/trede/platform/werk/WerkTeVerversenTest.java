package nl.trede.platform.werk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The marks of docs/contracts/werkitems.md "How a service produces it" on a real PostgreSQL (the platform migration
 * V0_4 in a schema of its own): a mark commits or rolls back with the change, two pollers never take one klant (FOR
 * UPDATE SKIP LOCKED), the volgnummer rises strictly, and a mark left by a crash is taken again.
 */
class WerkTeVerversenTest {

    private static final String SCHEMA = "werk_test_" + UUID.randomUUID().toString().replace("-", "");
    private static final Instant NU = Instant.parse("2027-03-08T09:00:00Z");

    private final List<Connection> open = new ArrayList<>();

    @BeforeAll
    static void schema() throws Exception {
        try (Connection c = verbinding(false)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + SCHEMA);
                st.execute("SET search_path TO " + SCHEMA);
                st.execute(migratie());
                // a table of a service, changed in the same transaction as the mark
                st.execute("CREATE TABLE taak (id UUID PRIMARY KEY, klant_id UUID NOT NULL)");
            }
            c.commit();
        }
    }

    @AfterAll
    static void opruimen() throws Exception {
        try (Connection c = verbinding(true); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @BeforeEach
    void leeg() throws Exception {
        try (Connection c = verbinding(true); Statement st = c.createStatement()) {
            st.execute("TRUNCATE werk_te_verversen, taak");
        }
    }

    @AfterEach
    void sluit() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    @Test
    void aMarkCommitsWithTheChangeAndIsInvisibleBefore() throws Exception {
        UUID klant = UUID.randomUUID();
        Connection wijziging = tx();
        nieuweTaak(wijziging, klant);
        WerkTeVerversen.markeer(wijziging, klant, NU);
        Connection job = tx();
        assertEquals(Optional.empty(), WerkTeVerversen.pak(job, NU, Set.of()), "an uncommitted mark is not taken");
        job.rollback();
        wijziging.commit();
        assertEquals(klant, WerkTeVerversen.pak(job, NU, Set.of()).orElseThrow().klantId());
    }

    @Test
    void aRolledBackChangeLeavesNoMark() throws Exception {
        UUID klant = UUID.randomUUID();
        Connection wijziging = tx();
        nieuweTaak(wijziging, klant);
        WerkTeVerversen.markeer(wijziging, klant, NU);
        wijziging.rollback();
        assertEquals(0, aantal("SELECT count(*) FROM werk_te_verversen"));
        assertEquals(0, aantal("SELECT count(*) FROM taak"));
    }

    @Test
    void twoPollersNeverTakeTheSameKlant() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Connection c = tx();
        WerkTeVerversen.markeer(c, a, NU);
        WerkTeVerversen.markeer(c, b, NU.plusSeconds(1));
        c.commit();

        Connection eerste = tx();
        Connection tweede = tx();
        Connection derde = tx();
        UUID genomen1 = WerkTeVerversen.pak(eerste, NU, Set.of()).orElseThrow().klantId();
        UUID genomen2 = WerkTeVerversen.pak(tweede, NU, Set.of()).orElseThrow().klantId();
        assertEquals(a, genomen1, "the longest-waiting mark first");
        assertEquals(b, genomen2, "the locked mark is skipped, not waited for");
        assertEquals(Optional.empty(), WerkTeVerversen.pak(derde, NU, Set.of()));
    }

    @Test
    void concurrentPollersEachTakeEveryKlantOnce() throws Exception {
        List<UUID> klanten = new ArrayList<>();
        Connection c = tx();
        for (int i = 0; i < 40; i++) {
            UUID k = UUID.randomUUID();
            klanten.add(k);
            WerkTeVerversen.markeer(c, k, NU.plusMillis(i));
        }
        c.commit();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<UUID>>> pollers = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                pollers.add(pool.submit(() -> {
                    start.await();
                    List<UUID> gedaan = new ArrayList<>();
                    try (Connection job = verbinding(false)) {
                        while (true) {
                            Optional<WerkTeVerversen.Markering> m = WerkTeVerversen.pak(job, NU, Set.of());
                            if (m.isEmpty()) {
                                job.commit();
                                return gedaan;
                            }
                            gedaan.add(m.get().klantId());
                            assertTrue(WerkTeVerversen.afronden(job, m.get(), null));
                            job.commit();
                        }
                    }
                }));
            }
            start.countDown();
            List<UUID> alle = new ArrayList<>();
            for (Future<List<UUID>> f : pollers) {
                alle.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(klanten.size(), alle.size(), "no klant twice");
            assertEquals(Set.copyOf(klanten), Set.copyOf(alle), "every klant once");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, aantal("SELECT count(*) FROM werk_te_verversen"));
    }

    @Test
    void theVolgnummerRisesStrictlyAcrossTransactions() throws Exception {
        long vorige = 0;
        for (int i = 0; i < 5; i++) {
            Connection c = tx();
            long volgnummer = WerkTeVerversen.volgnummer(c);
            if (i % 2 == 0) {
                c.rollback(); // a rolled-back snapshot leaves a gap, never a repeat
            } else {
                c.commit();
            }
            assertTrue(volgnummer > vorige, volgnummer + " after " + vorige);
            vorige = volgnummer;
        }
    }

    @Test
    void aMarkLeftByACrashIsTakenAgain() throws Exception {
        UUID klant = UUID.randomUUID();
        Connection c = tx();
        WerkTeVerversen.markeer(c, klant, NU);
        c.commit();
        try (Connection crasht = verbinding(false)) {
            WerkTeVerversen.Markering m = WerkTeVerversen.pak(crasht, NU, Set.of()).orElseThrow();
            WerkTeVerversen.volgnummer(crasht);
            WerkTeVerversen.afronden(crasht, m, null);
            // the process dies before the commit: the connection goes away
        }
        Connection job = tx();
        assertEquals(klant, WerkTeVerversen.pak(job, NU, Set.of()).orElseThrow().klantId());
    }

    @Test
    void aRenewedMarkIsNotRemoved() throws Exception {
        UUID klant = UUID.randomUUID();
        Connection c = tx();
        WerkTeVerversen.markeer(c, klant, NU);
        c.commit();
        Connection job = tx();
        WerkTeVerversen.Markering gelezen = WerkTeVerversen.pak(job, NU, Set.of()).orElseThrow();
        job.rollback();
        WerkTeVerversen.markeer(c, klant, NU.plusSeconds(1)); // a second change after the job read the mark
        c.commit();
        assertFalse(WerkTeVerversen.afronden(job, gelezen, null));
        job.commit();
        assertEquals(2, aantal("SELECT teller FROM werk_te_verversen"));
    }

    @Test
    void aChangeWaitsForTheJobHoldingTheMarkAndMarksAgainAfterIt() throws Exception {
        UUID klant = UUID.randomUUID();
        Connection c = tx();
        WerkTeVerversen.markeer(c, klant, NU);
        c.commit();
        Connection job = tx();
        WerkTeVerversen.Markering m = WerkTeVerversen.pak(job, NU, Set.of()).orElseThrow();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> wijziging = pool.submit(() -> {
                try (Connection w = verbinding(false)) {
                    WerkTeVerversen.markeer(w, klant, NU.plusSeconds(1));
                    w.commit();
                }
                return null;
            });
            Thread.sleep(300);
            assertFalse(wijziging.isDone(), "the change waits for the row the job holds");
            assertTrue(WerkTeVerversen.afronden(job, m, null));
            job.commit();
            wijziging.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(klant, WerkTeVerversen.pak(tx(), NU, Set.of()).orElseThrow().klantId(),
                "the change after the snapshot has a mark of its own");
    }

    @Test
    void aDeferredMarkWaitsForItsDayAndAChangeMakesItDueAtOnce() throws Exception {
        UUID klant = UUID.randomUUID();
        Connection c = tx();
        WerkTeVerversen.markeer(c, klant, NU);
        c.commit();
        Connection job = tx();
        WerkTeVerversen.Markering m = WerkTeVerversen.pak(job, NU, Set.of()).orElseThrow();
        Instant morgen = NU.plus(Duration.ofDays(1));
        assertTrue(WerkTeVerversen.afronden(job, m, morgen));
        job.commit();
        assertEquals(Optional.empty(), WerkTeVerversen.pak(job, NU, Set.of()));
        assertEquals(klant, WerkTeVerversen.pak(job, morgen, Set.of()).orElseThrow().klantId());
        job.rollback();
        WerkTeVerversen.markeer(c, klant, NU);
        c.commit();
        assertEquals(klant, WerkTeVerversen.pak(job, NU, Set.of()).orElseThrow().klantId());
    }

    @Test
    void klantenSetAsideAreSkipped() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Connection c = tx();
        WerkTeVerversen.markeer(c, a, NU);
        WerkTeVerversen.markeer(c, b, NU.plusSeconds(1));
        c.commit();
        Connection job = tx();
        assertNotEquals(a, WerkTeVerversen.pak(job, NU, Set.of(a)).orElseThrow().klantId());
    }

    private Connection tx() throws SQLException {
        Connection c = verbinding(false);
        open.add(c);
        return c;
    }

    private static void nieuweTaak(Connection c, UUID klant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO taak (id, klant_id) VALUES (?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, klant);
            ps.executeUpdate();
        }
    }

    private static long aantal(String sql) throws SQLException {
        try (Connection c = verbinding(true); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The test database of the local-infra profile (root pom.xml), the schema of this class first. */
    private static Connection verbinding(boolean autoCommit) throws SQLException {
        String url = System.getProperty("quarkus.datasource.jdbc.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No test database: run with TREDE_TEST_PG_URL set (deploy/local/test.sh "
                    + "does), which points quarkus.datasource.jdbc.url at trede_test");
        }
        Connection c = DriverManager.getConnection(url, System.getProperty("quarkus.datasource.username"),
                System.getProperty("quarkus.datasource.password"));
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + SCHEMA + ", public");
        } catch (SQLException e) {
            // the schema does not exist yet (before schema()): the default path is fine then
        }
        c.setAutoCommit(autoCommit);
        return c;
    }

    private static String migratie() throws IOException {
        try (InputStream in = WerkTeVerversen.class.getResourceAsStream("/db/platform/V0_4__werk_te_verversen.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
