package nl.trede.worklist.api;

import static nl.trede.worklist.api.Bronnen.WERKVOORRAAD;
import static nl.trede.worklist.api.Bronnen.als;
import static nl.trede.worklist.api.Bronnen.item;
import static nl.trede.worklist.api.Bronnen.publiceer;
import static nl.trede.worklist.api.Bronnen.snapshot;
import static nl.trede.worklist.api.Bronnen.verwerkt;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.worklist.domain.TermijnBewaking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Signaleringen (worklist-service/README.md "Signaleringen"): decided from the services' events and the termijn job,
 * listed per user with a read mark, filtered by the user's voorkeuren, and pushed as Server-Sent Events. The termijn
 * cases run on Wednesday 2027-01-27 (the service clock is moved there).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@Tag(TestDag.DATUM)
class SignaleringResourceTest {

    private static final String SIGNALERINGEN = WERKVOORRAAD + "/signaleringen";
    private static final LocalDate WOENSDAG = LocalDate.of(2027, 1, 27);

    @Inject
    TestClock clock;

    @Inject
    TermijnBewaking termijnen;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void woensdag() {
        clock.naar(WOENSDAG);
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private static List<Map<String, Object>> signaleringen(String rol, String wie, String... teams) {
        return als(rol, wie, teams).queryParam("pageSize", 100).get(SIGNALERINGEN).then().statusCode(200).extract()
                .jsonPath().getList("signaleringen");
    }

    private static List<String> soorten(String rol, String wie, String... teams) {
        return signaleringen(rol, wie, teams).stream().map(s -> s.get("soort") + ":" + s.get("werkitemId")).toList();
    }

    @Test
    void assignedWorkSignalsTheAssigneeOnceAndCanBeMarkedRead() {
        String team = Bronnen.nieuwTeam();
        String km = "km-" + team;
        UUID klant = UUID.randomUUID();
        verwerkt(snapshot("casework", klant, 1, item("taak:1", "casework.taak", WOENSDAG.plusDays(5),
                "klantmanager", team, km), item("taak:2", "casework.taak", WOENSDAG.plusDays(5), "klantmanager", team,
                null)));
        verwerkt(snapshot("casework", klant, 2, item("taak:1", "casework.taak", WOENSDAG.plusDays(6),
                "klantmanager", team, km)));
        assertEquals(List.of("toegewezen:taak:1"), soorten("klantmanager", km, team), "once, not per snapshot");
        List<Map<String, Object>> lijst = signaleringen("klantmanager", km, team);
        assertEquals("gebruiker", lijst.get(0).get("ontvangerSoort"));
        assertEquals(false, lijst.get(0).get("gelezen"));
        String id = (String) lijst.get(0).get("id");

        als("klantmanager", "km-ander", team).post(SIGNALERINGEN + "/" + id + "/gelezen").then().statusCode(404);
        als("klantmanager", km, team).post(SIGNALERINGEN + "/" + id + "/gelezen").then().statusCode(200)
                .body("gelezen", is(true));
        als("klantmanager", km, team).post(SIGNALERINGEN + "/" + id + "/gelezen").then().statusCode(200);
        als("klantmanager", km, team).queryParam("gelezen", "false").get(SIGNALERINGEN).then().statusCode(200)
                .body("totalItems", is(0));
        als("klantmanager", km, team).queryParam("gelezen", "true").get(SIGNALERINGEN).then().statusCode(200)
                .body("totalItems", is(1)).body("signaleringen[0].id", is(id));
        als("klantmanager", km, team).post(SIGNALERINGEN + "/" + UUID.randomUUID() + "/gelezen").then()
                .statusCode(404);
        assertEquals(List.of(), soorten("klantmanager", "km-ander", team), "not someone else's");
    }

    @Test
    void anOfferedOverdrachtSignalsTheReceivingTeam() {
        String team = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        verwerkt(snapshot("casework", klant, 1, item("overdracht:1", "casework.overdracht", WOENSDAG.plusDays(10),
                "klantmanager", team, null)));
        assertEquals(List.of("overdracht-aangeboden:overdracht:1"), soorten("klantmanager", "km-1-" + team, team));
        assertEquals(List.of("overdracht-aangeboden:overdracht:1"), soorten("teamleider", "tl-" + team, team));
        assertEquals(List.of(), soorten("klantmanager", "km-x", Bronnen.nieuwTeam()), "another team");
        assertEquals(List.of(), soorten("handhaver", "hh", team), "a handhaver's teams do not count");
        // Read by one member, unread for another.
        String id = (String) signaleringen("klantmanager", "km-1-" + team, team).get(0).get("id");
        als("klantmanager", "km-1-" + team, team).post(SIGNALERINGEN + "/" + id + "/gelezen").then().statusCode(200);
        als("klantmanager", "km-2-" + team, team).queryParam("gelezen", "false").get(SIGNALERINGEN).then()
                .statusCode(200).body("totalItems", is(1));
    }

    @Test
    void theTermijnJobSignalsTomorrowAndOverdueOncePerItem() {
        String team = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        verwerkt(snapshot("casework", klant, 1,
                item("taak:morgen", "casework.taak", WOENSDAG.plusDays(1), "klantmanager", team, null),
                item("taak:verlopen", "casework.taak", WOENSDAG.minusDays(1), "klantmanager", team, null),
                item("taak:vandaag", "casework.taak", WOENSDAG, "klantmanager", team, null),
                Bronnen.met(item("termijn:bezwaar", "enforcement.bezwaartermijn", WOENSDAG.minusDays(1),
                        "klantmanager", team, null), "status", "bewaken")));
        verwerkt(snapshot("intake", klant, 1, item("termijn:beslis", "intake.beslistermijn", WOENSDAG.plusDays(1),
                "intake-medewerker", null, null)));
        termijnen.bewaak();
        termijnen.bewaak();
        assertEquals(List.of("termijn-morgen:taak:morgen", "termijn-verlopen:taak:verlopen"),
                soorten("klantmanager", "km-" + team, team).stream().sorted().toList());
        assertTrue(soorten("intake-medewerker", "im-" + team).contains("termijn-morgen:termijn:beslis"),
                "the intake role queue");

        clock.naar(WOENSDAG.plusDays(2));
        termijnen.bewaak();
        assertEquals(List.of("termijn-morgen:taak:morgen", "termijn-verlopen:taak:morgen",
                        "termijn-verlopen:taak:vandaag", "termijn-verlopen:taak:verlopen"),
                soorten("klantmanager", "km-" + team, team).stream().sorted().toList());
    }

    @Test
    void aMaatregelForAKlantWithZorgSignalsTheRegisseur() {
        UUID klant = UUID.randomUUID();
        UUID zaak = UUID.randomUUID();
        String team = Bronnen.nieuwTeam();
        Map<String, Object> aangemaakt = new HashMap<>();
        aangemaakt.put("zaakId", zaak);
        aangemaakt.put("meldingId", null);
        aangemaakt.put("meldingType", null);
        aangemaakt.put("team", team);
        aangemaakt.put("klantgroep", "zorg");
        aangemaakt.put("regisseur", "km-zorg-" + team);
        verwerkt(publiceer("casework", "zaak-aangemaakt", klant, TestDag.nuUtc(), aangemaakt));
        UUID maatregel = UUID.randomUUID();
        UUID gedraging = UUID.randomUUID();
        verwerkt(publiceer("enforcement", "maatregel-voorgesteld", klant, TestDag.nuUtc(), Map.of("maatregelId",
                maatregel, "gedragingId", gedraging, "zaakId", zaak, "uitkomst", "verlaging", "percentage", 20,
                "ingangsdatum", "2027-02-01")));
        List<Map<String, Object>> s = signaleringen("klantmanager", "km-zorg-" + team, team);
        assertEquals(1, s.size());
        assertEquals("maatregel-voorgesteld", s.get(0).get("soort"));
        assertEquals("/api/enforcement/v1/gedragingen/" + gedraging, s.get(0).get("pad"));
        assertEquals(List.of(), soorten("klantmanager", "km-ander-" + team, team), "the regisseur only");

        // A zaak in matchen: no signalering, until casework flags it actieveZorg.
        UUID klant2 = UUID.randomUUID();
        UUID zaak2 = UUID.randomUUID();
        aangemaakt.put("zaakId", zaak2);
        aangemaakt.put("klantgroep", "matchen");
        aangemaakt.put("regisseur", "km-matchen-" + team);
        verwerkt(publiceer("casework", "zaak-aangemaakt", klant2, TestDag.nuUtc(), aangemaakt));
        verwerkt(publiceer("enforcement", "maatregel-voorgesteld", klant2, TestDag.nuUtc(), Map.of("maatregelId",
                UUID.randomUUID(), "gedragingId", UUID.randomUUID(), "zaakId", zaak2)));
        assertEquals(List.of(), soorten("klantmanager", "km-matchen-" + team, team));
        verwerkt(publiceer("casework", "gedraging-gemeld", klant2, TestDag.nuUtc(), Map.of("meldingId",
                UUID.randomUUID(), "zaakId", zaak2, "categorie", "no-show", "datum", "2027-01-20", "klantgroep",
                "matchen", "actieveZorg", true)));
        verwerkt(publiceer("enforcement", "maatregel-voorgesteld", klant2, TestDag.nuUtc(), Map.of("maatregelId",
                UUID.randomUUID(), "gedragingId", UUID.randomUUID(), "zaakId", zaak2)));
        assertEquals(1, soorten("klantmanager", "km-matchen-" + team, team).size());
    }

    @Test
    void voorkeurenChooseTheKinds() {
        String team = Bronnen.nieuwTeam();
        String km = "km-" + team;
        als("klantmanager", km, team).contentType("application/json").body(Map.of("soorten",
                List.of("termijn-morgen", "overdracht-aangeboden"))).put(SIGNALERINGEN + "/voorkeuren").then()
                .statusCode(200).body("soorten.size()", is(2));
        als("klantmanager", km, team).get(SIGNALERINGEN + "/voorkeuren").then().statusCode(200)
                .body("soorten.size()", is(2));
        verwerkt(snapshot("casework", UUID.randomUUID(), 1, item("taak:v", "casework.taak", WOENSDAG.plusDays(9),
                "klantmanager", team, km), item("overdracht:v", "casework.overdracht", WOENSDAG.plusDays(9),
                "klantmanager", team, null)));
        assertEquals(List.of("overdracht-aangeboden:overdracht:v"), soorten("klantmanager", km, team),
                "toegewezen is off");
        als("klantmanager", km, team).contentType("application/json").body(Map.of("soorten", List.of()))
                .put(SIGNALERINGEN + "/voorkeuren").then().statusCode(200).body("soorten.size()", is(0));
        assertEquals(List.of(), soorten("klantmanager", km, team));
        als("klantmanager", km, team).contentType("application/json").body(Map.of("soorten",
                List.of("toegewezen", "overdracht-aangeboden", "termijn-morgen", "termijn-verlopen",
                        "maatregel-voorgesteld"))).put(SIGNALERINGEN + "/voorkeuren").then().statusCode(200);
        assertEquals(2, soorten("klantmanager", km, team).size(), "switched on again: also the ones stored");
    }

    /** The stream delivers the caller's new signalering, and only theirs (target: within 1 s of the event). */
    @Test
    void theStreamPushesTheCallersNewSignalering() throws Exception {
        String team = Bronnen.nieuwTeam();
        String km = "km-sse-" + team;
        BlockingQueue<String> regels = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(SIGNALERINGEN.substring(1) + "/stream"))
                .header("Authorization", Bronnen.bearer("klantmanager", km, team))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread lezer = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String regel; (regel = r.readLine()) != null; ) {
                    regels.add(regel);
                }
            } catch (java.io.IOException e) {
                // the stream was closed
            }
        }, "sse-lezer");
        lezer.setDaemon(true);
        lezer.start();
        try {
            // Someone else's signalering first: it must not reach this subscriber.
            verwerkt(snapshot("casework", UUID.randomUUID(), 1, item("taak:ander", "casework.taak",
                    WOENSDAG.plusDays(3), "klantmanager", Bronnen.nieuwTeam(), "km-iemand-anders")));
            long start = System.nanoTime();
            snapshot("casework", UUID.randomUUID(), 1, item("taak:sse", "casework.taak", WOENSDAG.plusDays(3),
                    "klantmanager", team, km));
            String data = null;
            String naam = null;
            String id = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (data == null && System.nanoTime() < deadline) {
                String regel = regels.poll(100, TimeUnit.MILLISECONDS);
                if (regel == null) {
                    continue;
                }
                if (regel.startsWith("event:")) {
                    naam = regel.substring(6).strip();
                } else if (regel.startsWith("id:")) {
                    id = regel.substring(3).strip();
                } else if (regel.startsWith("data:")) {
                    data = regel.substring(5).strip();
                }
            }
            System.out.printf("signalering via SSE %d ms after the event was published%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertTrue(data != null, "no event on the stream");
            assertEquals("toegewezen", naam);
            assertTrue(data.contains("\"werkitemId\":\"taak:sse\""), data);
            assertTrue(id != null && Long.parseLong(id) > 0, "the event has an id for Last-Event-ID");

            // Reconnecting with Last-Event-ID one lower replays that signalering first.
            HttpResponse<java.io.InputStream> opnieuw = client.send(HttpRequest.newBuilder(
                            URI.create(base.toString()).resolve(SIGNALERINGEN.substring(1) + "/stream"))
                    .header("Authorization", Bronnen.bearer("klantmanager", km, team))
                    .header("Last-Event-ID", Long.toString(Long.parseLong(id) - 1)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(opnieuw.body(), StandardCharsets.UTF_8))) {
                String regel;
                String gezien = null;
                while (gezien == null && (regel = r.readLine()) != null) {
                    if (regel.startsWith("data:")) {
                        gezien = regel;
                    }
                }
                assertTrue(gezien != null && gezien.contains("taak:sse"), "replayed: " + gezien);
            }
        } finally {
            response.body().close();
        }
        als("klantmanager", km, team).header("Last-Event-ID", "abc").get(SIGNALERINGEN + "/stream").then()
                .statusCode(400);
        als("beleidsmedewerker", "bm").get(SIGNALERINGEN + "/stream").then().statusCode(403);
    }
}
