package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The maatregel procedure end to end, with casework's signals, across the services through the gateway: a klantmanager reports
 * "niet verschenen" twice on a zaak → casework's gedraging-gemeld → enforcement registers it → the handhaver's steps →
 * the first time the fixed € 50 no-show maatregel (sources D4.3), the second time recidive → maatregel-opgelegd
 * appears on the zaak's timeline and in the GWS feed exactly once each.
 */
@ExtendWith(Stack.class)
class GedragingToMaatregelSystemTest {

    private static final LocalDate VANDAAG = TestDag.vandaag();

    static RequestSpecification as(String role, String user) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", Stack.bearer(role, user))
                .contentType(ContentType.JSON);
    }

    /** As a user in these teams (a ketenpartner: its organisation, the receiver of an overdracht). */
    static RequestSpecification as(String role, String user, String... teams) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", Stack.bearer(role, user, teams))
                .contentType(ContentType.JSON);
    }

    /** Polls {@code probe} every 100 ms until {@code klaar} holds, for at most 30 s. */
    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> klaar, String wat)
            throws InterruptedException {
        return await(probe, klaar, wat, java.time.Duration.ofSeconds(30));
    }

    static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> klaar, String wat,
                       java.time.Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        T waarde = probe.get();
        while (!klaar.test(waarde)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + wat + "; last: " + waarde);
            }
            Thread.sleep(100);
            waarde = probe.get();
        }
        return waarde;
    }

    /**
     * Waits until a service that decides per record from casework's events (enforcement, the ladder: their
     * {@code zaak_toegang} projection) knows the klant's zaak, i.e. until {@code probe} — a klantmanager's read of one
     * of the klant's records there — answers 200 instead of 404. A generous deadline; no timing is asserted.
     */
    static void awaitZaakBekend(Supplier<Integer> probe, String waar) throws InterruptedException {
        await(probe, status -> status == 200, "the zaak at " + waar, java.time.Duration.ofSeconds(120));
    }

    /**
     * A gedraging reported in casework: casework checks it against enforcement's catalogue, which reaches it as an
     * event after enforcement's start — until then 503 catalogus-onbekend (nothing written), so the report is retried.
     */
    static io.restassured.response.Response gedragingMelden(Supplier<io.restassured.response.Response> melding)
            throws InterruptedException {
        return await(melding, r -> r.statusCode() != 503, "enforcement's catalogue in casework",
                java.time.Duration.ofSeconds(60));
    }

    /** A melding through intake's steps and doorgezet; returns {klantId, zaakId} once the zaak exists. */
    static String[] zaak() throws InterruptedException {
        String melding = as("intake-medewerker", "im-1").body(Map.of("type", "aanvraag-levensonderhoud",
                        "bsn", MeldingToZaakSystemTest.randomBsn(), "naam", "N. Verschenen", "geboortedatum", "1985-06-01",
                        "kanaal", "telefonisch"))
                .post("/api/intake/v1/meldingen").then().statusCode(201).extract().path("id");
        String pad = "/api/intake/v1/meldingen/" + melding;
        as("intake-medewerker", "im-1").body(Map.of("hulpvraag", List.of("inkomen", "werk"), "juisteLoket", "gemeente",
                "rapportage", "Screening.")).post(pad + "/screening").then().statusCode(200);
        as("intake-medewerker", "im-1").body(Map.of("zelfbeoordeling", "dariuz", "resultaat", "Wil werken."))
                .post(pad + "/ambitiegesprek").then().statusCode(200);
        as("intake-medewerker", "im-1").body(Map.of("klantgroep", "matchen", "reden", "Binnen zes maanden."))
                .post(pad + "/klantgroep-besluiten").then().statusCode(200);
        String klantId = as("intake-medewerker", "im-1").post(pad + "/doorzetten").then().statusCode(202)
                .extract().path("klantId");
        String zaakId = await(() -> as("klantmanager", "km-a").queryParam("klantId", klantId)
                        .get("/api/casework/v1/zaken").then().statusCode(200).extract().<String>path("zaken[0].id"),
                id -> id != null, "the zaak");
        return new String[] {klantId, zaakId};
    }

    private static String gedragingBijHandhaving(String klantId, int n) throws InterruptedException {
        List<String> ids = await(() -> as("handhaver", "hh-1").queryParam("klantId", klantId)
                        .get("/api/enforcement/v1/gedragingen").then().statusCode(200).extract()
                        .<List<String>>path("gedragingen.findAll { it.status == 'geregistreerd' }.id"),
                l -> l.size() >= 1 && countAll(klantId) >= n, "gedraging " + n + " at enforcement");
        return ids.get(0);
    }

    private static long countAll(String klantId) {
        return ((Number) as("handhaver", "hh-1").queryParam("klantId", klantId).get("/api/enforcement/v1/gedragingen")
                .then().extract().path("totalItems")).longValue();
    }

    private static ValidatableResponse stap(String id, String actie, Map<String, Object> body) {
        String etag = as("handhaver", "hh-1").get("/api/enforcement/v1/gedragingen/" + id).then().statusCode(200)
                .extract().header("ETag");
        RequestSpecification spec = as("handhaver", "hh-1").header("If-Match", etag);
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.post("/api/enforcement/v1/gedragingen/" + id + "/" + actie).then();
    }

    private static Map<String, Object> voorstel() {
        Map<String, Object> m = new HashMap<>(Map.of("verwijtbaar", true, "waarschuwing", false,
                "normPerMaand", new java.math.BigDecimal("1401.53")));
        return m;
    }

    private static List<Map<String, Object>> mutaties(String klantId) {
        List<Map<String, Object>> alle = as("gws-koppeling", "gws-1").queryParam("after", 0).queryParam("limit", 500)
                .get("/api/enforcement/v1/uitkeringsmutaties").then().statusCode(200).extract().path("mutaties");
        return alle.stream().filter(m -> klantId.equals(m.get("klantId"))).toList();
    }

    @Test
    @DisplayName("Two no-shows reported in casework: € 50, then recidive; on the timeline and in the feed once each")
    void tweeKeerNietVerschenen() throws InterruptedException {
        String[] zk = zaak();
        String klantId = zk[0];
        String zaakId = zk[1];
        as("klantmanager", "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post("/api/casework/v1/zaken/" + zaakId + "/regie").then().statusCode(200);

        // 1st no-show (sources D4.3 "Lik op stuk": € 50), heard first.
        gedragingMelden(() -> as("klantmanager", "km-a").body(Map.of("categorie", "no-show", "datum",
                VANDAAG.minusDays(20).toString(), "toelichting", "Niet verschenen op de kick-off."))
                .post("/api/casework/v1/zaken/" + zaakId + "/gedragingen")).then().statusCode(201);
        String eerste = gedragingBijHandhaving(klantId, 1);
        as("handhaver", "hh-1").get("/api/enforcement/v1/gedragingen/" + eerste).then()
                .body("zaakId", is(zaakId)).body("categorie", is("no-show"));
        stap(eerste, "hoorverzoek", Map.of("kanaal", "brief", "verzondenOp", VANDAAG.minusDays(7).toString(),
                "gesprekOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(eerste, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(eerste, "voorstel", voorstel()).statusCode(200).body("maatregel.stap", is(1));
        stap(eerste, "besluit", null).statusCode(200).body("status", is("opgelegd"));

        // 2nd no-show: no answer to the invitation → hersteltermijn (≥ 5 working days between) → recidive.
        as("klantmanager", "km-a").body(Map.of("categorie", "no-show", "datum", VANDAAG.toString(),
                "toelichting", "Weer niet verschenen.")).post("/api/casework/v1/zaken/" + zaakId + "/gedragingen")
                .then().statusCode(201);
        String tweede = gedragingBijHandhaving(klantId, 2);
        // the invitation cannot precede the gedraging it is about (Awb 4:8; 400 hoorverzoek-voor-gedraging)
        stap(tweede, "hoorverzoek", Map.of("kanaal", "brief", "verzondenOp", VANDAAG.toString(),
                "gesprekOp", VANDAAG.toString())).statusCode(200);
        stap(tweede, "hersteltermijn", Map.of("verzondenOp", VANDAAG.toString(), "gesprekOp",
                VANDAAG.plusDays(14).toString(), "aangetekend", true, "regulier", true)).statusCode(200);
        stap(tweede, "voorstel", voorstel()).statusCode(200).body("maatregel.recidive", is(true))
                .body("maatregel.stap", is(2));
        stap(tweede, "besluit", null).statusCode(200).body("status", is("opgelegd"));

        // The GWS feed: each mutatie once. Both verlagingen fall in the next month, which carries one verlaging,
        // the highest (samenloop): the € 50 lapses before it is set off, the 30% applies.
        List<Map<String, Object>> mutaties = mutaties(klantId);
        assertEquals(List.of("eenmalige-verlaging", "vervallen", "verlaging"),
                mutaties.stream().map(m -> m.get("soort")).toList(), mutaties.toString());
        assertEquals(mutaties, mutaties(klantId), "replayable, unchanged");

        // The zaak's timeline: both maatregelen from enforcement, exactly once each, after the gedragingen.
        List<String> soorten = await(() -> as("klantmanager", "km-a").get("/api/casework/v1/zaken/" + zaakId
                        + "/tijdlijn").then().statusCode(200).extract().<List<String>>path("soort"),
                s -> s.stream().filter("maatregel-opgelegd"::equals).count() >= 2, "maatregelen on the timeline");
        Thread.sleep(1_000);
        List<String> daarna = as("klantmanager", "km-a").get("/api/casework/v1/zaken/" + zaakId + "/tijdlijn").then()
                .extract().path("soort");
        assertEquals(2, daarna.stream().filter("maatregel-opgelegd"::equals).count(), daarna.toString());
        assertEquals(2, daarna.stream().filter("gedraging-gemeld"::equals).count(), daarna.toString());
        assertTrue(daarna.indexOf("gedraging-gemeld") < daarna.indexOf("maatregel-opgelegd"), daarna.toString());
        assertTrue(soorten.contains("regisseur-toegewezen"), soorten.toString());
    }
}
