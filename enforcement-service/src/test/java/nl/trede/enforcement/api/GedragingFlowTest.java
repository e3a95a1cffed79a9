package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestKalender;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The maatregel procedure over REST with the real database and broker: states and 409/412, the hersteltermijn's
 * working days, the Deventer no-show twice (sources D4.3: € 50, then recidive), samenloop, afzien, the GWS feed and
 * the events (no personal data), and "nothing written" on bad input.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class GedragingFlowTest {

    static final String PATH = "/api/enforcement/v1/gedragingen";
    static final String FEED = "/api/enforcement/v1/uitkeringsmutaties";
    static final LocalDate VANDAAG = TestDag.vandaag();

    @ConfigProperty(name = "trede.topics.enforcement")
    String topic;

    static ValidatableResponse registreer(String role, UUID klant, String categorie, LocalDate datum) {
        return as(role).body(Map.of("klantId", klant.toString(), "categorie", categorie, "datum", datum.toString()))
                .post(PATH).then();
    }

    static String id(ValidatableResponse r) {
        return r.extract().path("id");
    }

    static String etag(String id) {
        return as(Roles.HANDHAVER).get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse stap(String id, String actie, Object body) {
        RequestSpecification spec = as(Roles.HANDHAVER).header("If-Match", etag(id));
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.post(PATH + "/" + id + "/" + actie).then();
    }

    /** An invitation sent two days ago: on or after the gedraging (Awb 4:8; the gedragingen here lie before). */
    static Map<String, Object> hoorverzoek() {
        return Map.of("kanaal", "brief", "verzondenOp", VANDAAG.minusDays(2).toString(), "gesprekOp",
                VANDAAG.minusDays(1).toString());
    }

    /** An invitation sent (and the conversation planned) on {@code op}, for a gedraging of that day or before. */
    static Map<String, Object> hoorverzoek(LocalDate op) {
        return Map.of("kanaal", "brief", "verzondenOp", op.toString(), "gesprekOp", op.toString());
    }

    static Map<String, Object> hersteltermijn(LocalDate verzonden, LocalDate gesprek) {
        return Map.of("verzondenOp", verzonden.toString(), "gesprekOp", gesprek.toString(), "aangetekend", true,
                "regulier", true);
    }

    static Map<String, Object> voorstel(boolean verwijtbaar, String reden, String dringend, boolean waarschuwing,
                                        List<String> samenloop) {
        Map<String, Object> m = new HashMap<>(Map.of("verwijtbaar", verwijtbaar, "waarschuwing", waarschuwing,
                "normPerMaand", new java.math.BigDecimal("1401.53")));
        m.put("geenVerwijtbaarheidReden", reden);
        m.put("dringendeRedenen", dringend);
        m.put("samenloopMet", samenloop);
        return m;
    }

    static long totaal(UUID klant) {
        return ((Number) as(Roles.HANDHAVER).queryParam("klantId", klant.toString()).get(PATH).then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }

    static List<Map<String, Object>> mutatiesVan(UUID klant) {
        List<Map<String, Object>> alle = given().header("Authorization", TestTokens.bearer(Roles.GWS_KOPPELING))
                .queryParam("after", 0).queryParam("limit", 500).get(FEED).then().statusCode(200)
                .extract().path("mutaties");
        return alle.stream().filter(m -> klant.toString().equals(m.get("klantId"))).toList();
    }

    /**
     * Requirement "Done when": a klantmanager reports "niet verschenen" twice → the second time the no-show rule and
     * recidive apply → maatregel-opgelegd on the topic and in the GWS feed exactly once each.
     */
    @Test
    void noShowTwiceFiftyEuroThenRecidiveOnceInTheFeedAndOnTheTopic() {
        UUID klant = TestZaken.klant();
        try (TopicProbe probe = new TopicProbe(topic)) {
            // 1st no-show: horen, then the fixed € 50 (sources D4.3 "Lik op stuk")
            String eerste = id(registreer(Roles.KLANTMANAGER, klant, "no-show", VANDAAG.minusDays(20))
                    .statusCode(201).header("ETag", "\"0\"").body("status", is("geregistreerd"))
                    .body("regelset", is("deventer-maatregelen")).body("bron", is("handhaver")));
            stap(eerste, "hoorverzoek", hoorverzoek()).statusCode(200).body("status", is("hoorverzoek-verstuurd"));
            stap(eerste, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200)
                    .body("status", is("gehoord"));
            stap(eerste, "voorstel", voorstel(true, null, null, false, null)).statusCode(200)
                    .body("status", is("voorgesteld")).body("maatregel.uitkomst", is("opleggen"))
                    .body("maatregel.bedragEenmalig", is(50.00f)).body("maatregel.stap", is(1));
            stap(eerste, "besluit", null).statusCode(200).body("status", is("opgelegd"))
                    .body("maatregel.status", is("opgelegd"))
                    .body("maatregel.besluitdatum", is(VANDAAG.toString()))
                    .body("maatregel.bezwaarTot", is(TestKalender.atwEinde(VANDAAG.plusWeeks(6)).toString()));

            // 2nd no-show, on or after the first besluit (recidive counts from it, Pw art. 18 lid 6 reading):
            // no answer to the invitation → hersteltermijn → proposal without wederhoor (G5 Stap 3)
            String tweede = id(registreer(Roles.KLANTMANAGER, klant, "no-show", VANDAAG).statusCode(201));
            stap(tweede, "hoorverzoek", hoorverzoek(VANDAAG)).statusCode(200);
            LocalDate gesprek = TestKalender.plusWerkdagen(VANDAAG, 6); // 5 full working days in between
            stap(tweede, "hersteltermijn", hersteltermijn(VANDAAG, gesprek)).statusCode(200)
                    .body("status", is("hersteltermijn-verstuurd"));
            stap(tweede, "voorstel", voorstel(true, null, null, false, null)).statusCode(200)
                    .body("maatregel.recidive", is(true)).body("maatregel.stap", is(2))
                    .body("maatregel.percentage", is(30)).body("maatregel.duurMaanden", is(1))
                    .body("maatregel.perioden[0].bedragPerMaand", is(420.46f));
            stap(tweede, "besluit", null).statusCode(200).body("status", is("opgelegd"))
                    .body("maatregel.ingangsdatum", is(VANDAAG.withDayOfMonth(1).plusMonths(1).toString()));

            // the feed: each mutatie once, in order, replayable. Both verlagingen would fall in the same month; a
            // month carries one verlaging, the highest (samenloop): the 30% replaces the € 50, which lapses before
            // it was set off (soort vervallen), then the 30% follows
            List<Map<String, Object>> mutaties = mutatiesVan(klant);
            assertEquals(List.of("eenmalige-verlaging", "vervallen", "verlaging"), mutaties.stream()
                    .map(m -> m.get("soort")).toList());
            assertEquals(mutaties.get(0).get("maatregelId"), mutaties.get(1).get("maatregelId"));
            assertEquals(mutaties.get(2).get("maatregelId"), mutaties.get(1).get("vervangenDoor"));
            // what GWS must do, per mutatie: set off € 50 once; withdraw that; lower by 30% for the month
            assertEquals(List.of("eenmalig-verrekenen", "intrekken", "verlagen"), mutaties.stream()
                    .map(m -> ((List<?>) m.get("opdrachten")).stream().map(o -> ((Map<?, ?>) o).get("actie"))
                            .toList().get(0)).toList());
            Map<?, ?> verlagen = (Map<?, ?>) ((List<?>) mutaties.get(2).get("opdrachten")).get(0);
            assertEquals(30, verlagen.get("percentage"));
            assertEquals(((Map<?, ?>) ((List<?>) mutaties.get(2).get("perioden")).get(0)).get("start"),
                    verlagen.get("vanaf"));
            assertTrue(((Number) mutaties.get(0).get("volgnummer")).longValue()
                    < ((Number) mutaties.get(2).get("volgnummer")).longValue());
            assertEquals(mutaties, mutatiesVan(klant));
            long na = ((Number) mutaties.get(0).get("volgnummer")).longValue();
            List<Map<String, Object>> vervolg = given().header("Authorization", TestTokens.bearer(Roles.GWS_KOPPELING))
                    .queryParam("after", na).get(FEED).then().statusCode(200).extract().path("mutaties");
            assertFalse(vervolg.stream().anyMatch(m -> m.get("mutatieId").equals(mutaties.get(0).get("mutatieId"))));

            // the events: opgelegd twice for this klant (once per besluit), no personal data
            List<ConsumerRecord<String, byte[]>> records = probe.drain(Duration.ofSeconds(3));
            List<ConsumerRecord<String, byte[]>> vanKlant = records.stream()
                    .filter(r -> klant.toString().equals(r.key())).toList();
            assertEquals(2, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.maatregel-opgelegd"))
                    .count());
            assertEquals(2, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.gedraging-geregistreerd"))
                    .count());
            assertEquals(1, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.hersteltermijn-verstuurd"))
                    .count());
            for (ConsumerRecord<String, byte[]> r : vanKlant) {
                String data = new String(r.value(), StandardCharsets.UTF_8);
                assertFalse(data.contains("test-klantmanager"), "no user names in events: " + data);
                assertFalse(data.contains("bsn"), data);
            }
        }
    }

    @Test
    void illegalStepsAre409NamingTheStateAndStaleVersionsAre412() {
        UUID klant = TestZaken.klant();
        String id = id(registreer(Roles.HANDHAVER, klant, "g8-werkweigering", VANDAAG.minusDays(3)).statusCode(201));
        stap(id, "besluit", null).statusCode(409).contentType("application/problem+json")
                .body("code", is("illegal-transition")).body("detail", containsString("geregistreerd"))
                .body("detail", containsString("hoorverzoek-versturen"));
        stap(id, "hersteltermijn", hersteltermijn(VANDAAG, VANDAAG.plusDays(30))).statusCode(409);
        as(Roles.HANDHAVER).header("If-Match", "\"7\"").body(hoorverzoek()).post(PATH + "/" + id + "/hoorverzoek")
                .then().statusCode(412).contentType("application/problem+json");
        as(Roles.HANDHAVER).get(PATH + "/" + id).then().body("status", is("geregistreerd")).body("version", is(0))
                .body("toegestaneActies", is(List.of("hoorverzoek-versturen")));
    }

    /** The ETag of a step's answer is the version after the step: a client can send it straight back as If-Match. */
    @Test
    void theEtagOfAStepAnswerIsTheNewVersionAndWorksAsIfMatchForTheNextStep() {
        String id = id(registreer(Roles.HANDHAVER, UUID.randomUUID(), "no-show", VANDAAG.minusDays(20)));
        var answer = as(Roles.HANDHAVER).header("If-Match", etag(id)).body(hoorverzoek())
                .post(PATH + "/" + id + "/hoorverzoek").then().statusCode(200).extract();
        String afterStep = answer.header("ETag");
        assertEquals(etag(id), afterStep, "the answer's ETag is what a GET gives afterwards");
        assertEquals(afterStep, "\"" + answer.path("version") + "\"", "ETag and body name the same version");
        as(Roles.HANDHAVER).header("If-Match", afterStep).body(Map.of("gehoordOp", VANDAAG.minusDays(1).toString()))
                .post(PATH + "/" + id + "/horen").then().statusCode(200);
    }

    /** sources D4.6: ≥ 5 working days between sending and the conversation; both dispatches. Nothing written. */
    @Test
    void tooShortHersteltermijnIs400WithTheEarliestDateAndChangesNothing() {
        UUID klant = TestZaken.klant();
        String id = id(registreer(Roles.HANDHAVER, klant, "g5-traject-niet-volgen", VANDAAG.minusDays(3)));
        stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
        String etag = etag(id);
        // At least 5 whole working days between dispatch and the conversation: the 6th working day at the earliest.
        LocalDate vroegste = TestKalender.plusWerkdagen(VANDAAG, 6);
        LocalDate eenTeVroeg = TestKalender.plusWerkdagen(VANDAAG, 5);
        as(Roles.HANDHAVER).header("If-Match", etag).body(Map.of("verzondenOp", VANDAAG.toString(), "gesprekOp",
                        eenTeVroeg.toString(), "aangetekend", true, "regulier", false))
                .post(PATH + "/" + id + "/hersteltermijn").then().statusCode(400)
                .body("invalidParams.name", hasItems("gesprekOp", "regulier"))
                .body("invalidParams.find { it.name == 'gesprekOp' }.reason", containsString(vroegste.toString()));
        as(Roles.HANDHAVER).get(PATH + "/" + id).then().header("ETag", etag)
                .body("status", is("hoorverzoek-verstuurd")).body("hersteltermijnVerzondenOp", nullValue());
    }

    @Test
    void badRegistrationsAre400AndWriteNothing() {
        UUID klant = TestZaken.klant();
        registreer(Roles.HANDHAVER, klant, "onbekend", VANDAAG).statusCode(400)
                .body("invalidParams.name", hasItem("categorie"))
                .body("invalidParams[0].reason", containsString("no-show"));
        registreer(Roles.HANDHAVER, klant, "no-show", VANDAAG.plusDays(1)).statusCode(400)
                .body("invalidParams.name", hasItem("datum"));
        registreer(Roles.HANDHAVER, klant, "no-show", LocalDate.of(2024, 12, 31)).statusCode(400)
                .body("invalidParams.name", hasItem("datum"));
        registreer(Roles.HANDHAVER, klant, "taaleis-voortijdig-stoppen", VANDAAG).statusCode(400)
                .body("invalidParams.name", hasItem("referentiedatum"));
        as(Roles.HANDHAVER).body(Map.of("categorie", "no-show")).post(PATH).then().statusCode(400)
                .body("invalidParams.name", hasItems("klantId", "datum"));
        registreer(Roles.GWS_KOPPELING, klant, "no-show", VANDAAG).statusCode(403);
        assertEquals(0, totaal(klant));
    }

    /** sources D4.4 samenloop: G2 and G8 together → one verlaging, the highest (G8, Pw art. 18 lid 4 onder a). */
    @Test
    void samenloopOverRest() {
        UUID klant = TestZaken.klant();
        String g2 = id(registreer(Roles.HANDHAVER, klant, "g2-niet-verschijnen", VANDAAG.minusDays(5)));
        String g8 = id(registreer(Roles.HANDHAVER, klant, "g8-werkweigering", VANDAAG.minusDays(4)));
        stap(g8, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(g8, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(g8, "voorstel", voorstel(true, null, null, false, List.of(g2))).statusCode(200)
                .body("maatregel.categorie", is("g8-werkweigering")).body("maatregel.percentage", is(100))
                .body("maatregel.artikel", is("Pw art. 18 lid 5")).body("maatregel.samenloopMet", is(List.of(g2)));
        as(Roles.HANDHAVER).get(PATH + "/" + g2).then().body("status", is("samengevoegd"))
                .body("samengevoegdIn", is(g8)).body("toegestaneActies", is(List.of()));
        String ander = id(registreer(Roles.HANDHAVER, UUID.randomUUID(), "g2-niet-verschijnen", VANDAAG));
        String g1 = id(registreer(Roles.HANDHAVER, klant, "g1-plan-van-aanpak", VANDAAG));
        stap(g1, "hoorverzoek", hoorverzoek(VANDAAG)).statusCode(200);
        stap(g1, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(g1, "voorstel", voorstel(true, null, null, false, List.of(ander))).statusCode(400)
                .body("invalidParams.name", hasItem("samenloopMet[0]"));
    }

    /** Pw art. 18 lid 9/10: afzien with the reason; a waarschuwing only where the row allows it. */
    @Test
    void afzienAndWaarschuwing() {
        UUID klant = TestZaken.klant();
        String id = id(registreer(Roles.HANDHAVER, klant, "g8-werkweigering", VANDAAG.minusDays(3)));
        stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(id, "voorstel", voorstel(true, null, null, true, null)).statusCode(400)
                .body("invalidParams.name", hasItem("waarschuwing"));
        stap(id, "voorstel", voorstel(false, null, null, false, null)).statusCode(400)
                .body("invalidParams.name", hasItem("geenVerwijtbaarheidReden"));
        stap(id, "voorstel", voorstel(true, null, "dreigende huisuitzetting", false, null)).statusCode(200)
                .body("maatregel.uitkomst", is("afzien")).body("maatregel.afzienReden", is("dringende-redenen"))
                .body("maatregel.artikel", is("Pw art. 18 lid 10"));
        stap(id, "besluit", null).statusCode(200).body("status", is("afgezien"));
        assertEquals(List.of(), mutatiesVan(klant));

        String g1 = id(registreer(Roles.HANDHAVER, klant, "g1-plan-van-aanpak", VANDAAG.minusDays(3)));
        stap(g1, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(g1, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(g1, "voorstel", voorstel(true, null, null, true, null)).statusCode(200)
                .body("maatregel.uitkomst", is("waarschuwing"));
        stap(g1, "besluit", null).statusCode(200).body("status", is("gewaarschuwd"));
        assertEquals(List.of(), mutatiesVan(klant));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyReturnsTheFirst() {
        UUID klant = TestZaken.klant();
        Map<String, Object> body = Map.of("klantId", klant.toString(), "categorie", "no-show", "datum",
                VANDAAG.toString());
        String eerste = as(Roles.HANDHAVER).header("Idempotency-Key", "k-" + klant).body(body).post(PATH).then()
                .statusCode(201).extract().path("id");
        as(Roles.HANDHAVER).header("Idempotency-Key", "k-" + klant).body(body).post(PATH).then().statusCode(200)
                .body("id", is(eerste));
        assertEquals(1, totaal(klant));
    }

    /** Requirement "Handhaving vs zorg": with active zorg, a besluit needs a joint consultation or an override. */
    @Test
    void activeZorgNeedsAJointConsultationOrAnOverrideBeforeTheBesluit() {
        UUID klant = TestZaken.klant();
        String id = id(as(Roles.KLANTMANAGER).body(Map.of("klantId", klant.toString(), "categorie",
                "g8-werkweigering", "datum", VANDAAG.minusDays(3).toString(), "actieveZorg", true)).post(PATH).then()
                .statusCode(201).body("actieveZorg", is(true)));
        stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(id, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
        stap(id, "besluit", null).statusCode(409).body("code", is("zorgafstemming-vereist"));
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(Map.of("soort", "override", "datum", VANDAAG.toString(), "reden",
                        "x")).post(PATH + "/" + id + "/zorgafstemming").then().statusCode(403);
        stap(id, "zorgafstemming", Map.of("soort", "override", "datum", VANDAAG.toString())).statusCode(400)
                .body("invalidParams.name", hasItem("reden"));
        as(Roles.HANDHAVER).get(PATH + "/" + id).then().body("zorgafstemmingSoort", nullValue())
                .body("status", is("voorgesteld"));
        assertEquals(List.of(), mutatiesVan(klant));
        stap(id, "zorgafstemming", Map.of("soort", "gezamenlijk-overleg", "datum", VANDAAG.toString())).statusCode(200)
                .body("zorgafstemmingSoort", is("gezamenlijk-overleg")).body("status", is("voorgesteld"));
        stap(id, "besluit", null).statusCode(200).body("status", is("opgelegd"));
        assertEquals(1, mutatiesVan(klant).size());
    }

    /** Pw art. 18 lid 11: a lid 5-8 verlaging ends early on request; other maatregelen cannot (409). */
    @Test
    void herzieningOfALid4VerlagingEndsItEarlyAndFeedsGws() {
        UUID klant = TestZaken.klant();
        String id = id(registreer(Roles.HANDHAVER, klant, "g8-werkweigering", VANDAAG.minusDays(3)));
        stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(id, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
        stap(id, "herziening", Map.of("herzienPer", VANDAAG.toString(), "reden", "x")).statusCode(409)
                .body("detail", containsString("voorgesteld"));
        LocalDate ingang = VANDAAG.withDayOfMonth(1).plusMonths(1);
        stap(id, "besluit", null).statusCode(200).body("toegestaneActies", is(List.of("herzien")));
        stap(id, "herziening", Map.of("herzienPer", ingang.plusMonths(1).toString(), "reden", "x")).statusCode(400)
                .body("invalidParams.name", hasItem("herzienPer"));
        LocalDate per = ingang.plusDays(15);
        stap(id, "herziening", Map.of("herzienPer", per.toString(), "reden", "werkt sinds 16e, bevestigd door werkgever"))
                .statusCode(200).body("status", is("herzien")).body("maatregel.status", is("herzien"))
                .body("maatregel.einddatum", is(per.minusDays(1).toString()));
        List<Map<String, Object>> mutaties = mutatiesVan(klant);
        assertEquals(List.of("verlaging", "herziening"), mutaties.stream().map(m -> m.get("soort")).toList());
        assertEquals(per.minusDays(1).toString(), mutaties.get(1).get("einddatum"));

        String noShow = id(registreer(Roles.HANDHAVER, klant, "g2-niet-verschijnen", VANDAAG));
        stap(noShow, "hoorverzoek", hoorverzoek(VANDAAG)).statusCode(200);
        stap(noShow, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(noShow, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
        stap(noShow, "besluit", null).statusCode(200);
        stap(noShow, "herziening", Map.of("herzienPer", ingang.plusDays(10).toString(), "reden", "x")).statusCode(409)
                .body("code", is("herziening-niet-mogelijk"));
    }

    @Test
    void feedIsOnlyForGwsAndChecksItsParameters() {
        given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER)).get(FEED).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(Roles.GWS_KOPPELING)).queryParam("after", "x").get(FEED)
                .then().statusCode(400).body("invalidParams.name", hasItem("after"));
        given().header("Authorization", TestTokens.bearer(Roles.GWS_KOPPELING)).queryParam("limit", 0).get(FEED)
                .then().statusCode(400).body("invalidParams.name", hasItem("limit"));
    }
}
