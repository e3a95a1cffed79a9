package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static nl.trede.enforcement.api.GedragingFlowTest.PATH;
import static nl.trede.enforcement.api.GedragingFlowTest.VANDAAG;
import static nl.trede.enforcement.api.GedragingFlowTest.etag;
import static nl.trede.enforcement.api.GedragingFlowTest.hoorverzoek;
import static nl.trede.enforcement.api.GedragingFlowTest.id;
import static nl.trede.enforcement.api.GedragingFlowTest.mutatiesVan;
import static nl.trede.enforcement.api.GedragingFlowTest.registreer;
import static nl.trede.enforcement.api.GedragingFlowTest.stap;
import static nl.trede.enforcement.api.GedragingFlowTest.voorstel;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Concurrent state changes of one gedraging: exactly one wins, the others get 409 (the step is no longer allowed),
 * 412 (their If-Match names the version before the winner's change) or 428 (no If-Match), never a 5xx. If-Match is
 * required on every state change (RFC 6585 §3 428 Precondition Required; NL API Design Rules: ETag/If-Match
 * optimistic concurrency), and the service locks the klant and the gedraging's row before it reads what it decides
 * on (Pw art. 18 recidive and samenloop read the klant's whole history).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ConcurrentStepsTest {

    private static final int PARALLEL = 16;

    private static RequestSpecification handhaver() {
        return given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER)).contentType(ContentType.JSON);
    }

    /** Fires {@code PARALLEL} identical requests at once; every 4th goes without If-Match. Status → count. */
    private static Map<Integer, Integer> tegelijk(String id, String actie, Object body) throws Exception {
        String versie = etag(id);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> antwoorden = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                boolean zonderIfMatch = i % 4 == 3;
                antwoorden.add(pool.submit(() -> {
                    RequestSpecification spec = handhaver();
                    if (!zonderIfMatch) {
                        spec = spec.header("If-Match", versie);
                    }
                    if (body != null) {
                        spec = spec.body(body);
                    }
                    start.await();
                    Response r = spec.post(PATH + "/" + id + "/" + actie);
                    if (r.statusCode() >= 400) {
                        assertEquals("application/problem+json", r.contentType(), r.asString());
                    }
                    return r.statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> telling = new TreeMap<>();
            for (Future<Integer> f : antwoorden) {
                telling.merge(f.get(60, TimeUnit.SECONDS), 1, Integer::sum);
            }
            return telling;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void exactlyOneWinner(Map<Integer, Integer> telling) {
        assertEquals(PARALLEL, telling.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, telling.getOrDefault(200, 0), "exactly one winner: " + telling);
        assertTrue(telling.keySet().stream().allMatch(s -> s == 200 || s == 409 || s == 412 || s == 428),
                "only 409/412/428 besides the winner, never a 5xx: " + telling);
        assertEquals(PARALLEL / 4, telling.getOrDefault(428, 0), "every request without If-Match is 428: " + telling);
    }

    @Test
    void sixteenParallelHoorverzoekenVoorstellenAndBesluitenHaveExactlyOneWinnerEach() throws Exception {
        UUID klant = UUID.randomUUID();
        String id = id(registreer(Roles.HANDHAVER, klant, "g8-werkweigering", VANDAAG.minusDays(5)).statusCode(201));

        exactlyOneWinner(tegelijk(id, "hoorverzoek", hoorverzoek()));
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        exactlyOneWinner(tegelijk(id, "voorstel", voorstel(true, null, null, false, null)));
        exactlyOneWinner(tegelijk(id, "besluit", null));

        handhaver().get(PATH + "/" + id).then().statusCode(200).body("status", is("opgelegd"))
                .body("maatregel.status", is("opgelegd")).body("maatregel.besluitdatum", notNullValue());
        assertEquals(1, mutatiesVan(klant).size(), "one besluit, one mutatie in the GWS feed");
    }

    /**
     * Besluiten on different gedragingen of one klant at the same time: each its own winner, none a 5xx, and the
     * klant-wide rules (samenloop) see each other's outcome, because the klant is locked first.
     */
    @Test
    void parallelBesluitenOnGedragingenOfOneKlantAllSucceedAndSeeEachOther() throws Exception {
        UUID klant = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = id(registreer(Roles.HANDHAVER, klant, i % 2 == 0 ? "g1-plan-van-aanpak" : "g12-zeer-ernstige-"
                    + "misdraging", VANDAAG.minusDays(10 + i)).statusCode(201));
            stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
            stap(id, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
            stap(id, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> antwoorden = new ArrayList<>();
        try {
            for (String id : ids) {
                String versie = etag(id);
                antwoorden.add(pool.submit(() -> {
                    start.await();
                    return handhaver().header("If-Match", versie).post(PATH + "/" + id + "/besluit").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : antwoorden) {
                assertEquals(200, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // samenloop (one verlaging, the highest: g12 50%): exactly one verlaging mutatie stays in force
        long verlagingen = mutatiesVan(klant).stream().filter(m -> "verlaging".equals(m.get("soort"))).count();
        long vervallen = mutatiesVan(klant).stream().filter(m -> "vervallen".equals(m.get("soort"))).count();
        assertEquals(1, verlagingen - vervallen, "one verlaging in force: " + mutatiesVan(klant));
    }

    /** A state change without If-Match is 428 problem+json naming the header, and changes nothing. */
    @Test
    void aStateChangeWithoutIfMatchIs428() {
        String id = id(registreer(Roles.HANDHAVER, UUID.randomUUID(), "no-show", VANDAAG.minusDays(3)));
        handhaver().body(hoorverzoek()).post(PATH + "/" + id + "/hoorverzoek").then().statusCode(428)
                .contentType("application/problem+json").body("code", is("precondition-required"))
                .body("invalidParams.name", hasItem("If-Match"));
        handhaver().header("If-Match", "*").body(hoorverzoek()).post(PATH + "/" + id + "/hoorverzoek").then()
                .statusCode(428);
        handhaver().get(PATH + "/" + id).then().body("status", is("geregistreerd")).body("version", is(0));
    }

    /**
     * Awb 4:8 (horen on the facts of the case) and Pw art. 18 lid 2 (a verlaging for a gedraging): an invitation
     * to be heard sent before the gedraging happened is 400 naming the rule, and changes nothing.
     */
    @Test
    void aHoorverzoekBeforeTheGedragingIs400NamingTheRule() {
        LocalDate gedraging = VANDAAG.minusDays(3);
        String id = id(registreer(Roles.HANDHAVER, UUID.randomUUID(), "no-show", gedraging));
        stap(id, "hoorverzoek", hoorverzoek(gedraging.minusDays(1))).statusCode(400)
                .contentType("application/problem+json").body("code", is("hoorverzoek-voor-gedraging"))
                .body("invalidParams.name", hasItem("verzondenOp"));
        handhaver().get(PATH + "/" + id).then().body("status", is("geregistreerd")).body("version", is(0));
        stap(id, "hoorverzoek", hoorverzoek(gedraging)).statusCode(200);
    }
}
