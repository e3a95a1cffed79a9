package nl.trede.ladder.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Metingen end to end: validation, immutability, corrections, current position, due list, events (the ladder
 * requirements).
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class MetingResourceTest {

    static final String METINGEN = "/api/ladder/v1/metingen";
    static final String KLANTEN = "/api/ladder/v1/klanten/";

    @ConfigProperty(name = "trede.topics.ladder")
    String topic;

    @Inject
    AgroalDataSource dataSource;

    static LocalDate vandaag() {
        return TestDag.vandaag();
    }

    static Map<String, Object> meting(UUID klantId, String model, int trede, List<String> sub, String datum) {
        Map<String, Object> m = new HashMap<>(Map.of("klantId", klantId.toString(), "model", Map.of("code", model),
                "trede", trede, "meetdatum", datum, "bron", "klantmanager-gesprek", "aanleiding", "periodiek"));
        if (sub != null) {
            m.put("subTreden", sub);
        }
        return m;
    }

    static RequestSpecification klantmanager() {
        return as(Roles.KLANTMANAGER).contentType("application/json");
    }

    static String post(Map<String, Object> body) {
        return klantmanager().body(body).post(METINGEN).then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("sources H2.5: active on 2.2 and 2.4 → placed on 2.4; model version by the meetdatum")
    void aMetingIsRecordedOnTheHighestActiveSubTrede() {
        UUID klant = TestZaken.klant();
        UUID zaak = UUID.randomUUID();
        Map<String, Object> body = meting(klant, "heemskerk", 2, List.of("2.2", "2.4"), "2026-03-02");
        body.put("leefgebieden", List.of("sociaal-netwerk", "geestelijke-gezondheid"));
        body.put("toelichting", "Doet vrijwilligerswerk bij de kringloopwinkel");
        body.put("zaakId", zaak.toString());
        var created = klantmanager().body(body).post(METINGEN).then().statusCode(201).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(METINGEN + "/" + id), created.header("Location"));
        as(Roles.TEAMLEIDER).get(METINGEN + "/" + id).then().statusCode(200)
                .body("klantId", is(klant.toString()))
                .body("model.code", is("heemskerk"))
                .body("model.versie", is("2018"))
                .body("trede", is(2))
                .body("subTrede", is("2.4"))
                .body("actieveSubTreden", contains("2.2", "2.4"))
                .body("leefgebieden", contains("geestelijke-gezondheid", "sociaal-netwerk"))
                .body("beoordelaar", is("test-klantmanager"))
                .body("zaakId", is(zaak.toString()))
                .body("geldig", is(true))
                .body("gecorrigeerdDoor", nullValue());
    }

    @Test
    @DisplayName("the ladder requirements: future dates, unknown treden, sub-treden not of their trede → 400 naming the field, nothing written")
    void invalidMetingenAre400AndWriteNothing() {
        UUID klant = TestZaken.klant();
        String morgen = vandaag().plusDays(1).toString();
        klantmanager().body(meting(klant, "heemskerk", 2, null, morgen)).post(METINGEN).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("meetdatum"))
                .body("invalidParams[0].reason", containsString("future"));
        klantmanager().body(meting(klant, "heemskerk", 7, null, "2026-01-05")).post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("trede"))
                .body("invalidParams[0].reason", containsString("has no trede 7"));
        klantmanager().body(meting(klant, "heemskerk", 2, List.of("2.2", "3.1", "2.7"), "2026-01-05"))
                .post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("subTreden[1]", "subTreden[2]"))
                .body("invalidParams[0].reason", is("sub-trede 3.1 does not belong to trede 2"))
                .body("invalidParams[1].reason", containsString("has no sub-trede 2.7"));
        klantmanager().body(meting(klant, "divosa", 2, List.of("2.1"), "2026-01-05")).post(METINGEN).then()
                .statusCode(400).body("invalidParams.name", contains("subTreden[0]"));
        klantmanager().body(meting(klant, "onbekend", 2, null, "2026-01-05")).post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("model.code"))
                .body("invalidParams[0].reason", containsString("heemskerk"));
        // Heemskerk 2018 starts on 2018-02-19: no version is valid earlier.
        klantmanager().body(meting(klant, "heemskerk", 2, null, "2017-12-31")).post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("meetdatum"));
        Map<String, Object> versie = meting(klant, "heemskerk", 2, null, "2026-01-05");
        versie.put("model", Map.of("code", "heemskerk", "versie", "1999"));
        klantmanager().body(versie).post(METINGEN).then().statusCode(400).body("invalidParams.name", contains("model.versie"));
        Map<String, Object> reden = meting(klant, "heemskerk", 2, null, "2026-01-05");
        reden.put("correctiereden", "zomaar");
        klantmanager().body(reden).post(METINGEN).then().statusCode(400).body("invalidParams.name", contains("corrigeert"));
        Map<String, Object> leeg = new HashMap<>(Map.of("model", Map.of("code", "heemskerk")));
        klantmanager().body(leeg).post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", hasItem("klantId")).body("invalidParams.name", hasItem("meetdatum"))
                .body("invalidParams.name", hasItem("bron")).body("invalidParams.name", hasItem("trede"));
        Map<String, Object> bron = meting(klant, "heemskerk", 2, null, "2026-01-05");
        bron.put("bron", "roddel");
        klantmanager().body(bron).post(METINGEN).then().statusCode(400)
                .body("invalidParams[0].name", is("bron"))
                .body("invalidParams[0].reason", containsString("provider-rapport"));
        as(Roles.TEAMLEIDER).get(KLANTEN + klant + "/metingen").then().statusCode(200)
                .body("metingen.size()", is(0)).body("totalItems", is(0));
        as(Roles.TEAMLEIDER).get(KLANTEN + klant + "/posities").then().statusCode(200).body("size()", is(0));
    }

    @Test
    @DisplayName("docs/architecture.md#ladder: a meting is immutable — the database refuses UPDATE and DELETE")
    void theDatabaseRefusesToChangeAMeting() throws SQLException {
        Map<String, Object> body = meting(TestZaken.klant(), "heemskerk", 1, null, "2026-01-05");
        body.put("leefgebieden", List.of("huisvesting"));
        String id = post(body);
        for (String sql : List.of("UPDATE meting SET meetdatum = meetdatum - 1 WHERE id = ?",
                "DELETE FROM meting_leefgebied WHERE meting_id = ?", "DELETE FROM meting WHERE id = ?")) {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, UUID.fromString(id));
                SQLException e = assertThrows(SQLException.class, s::executeUpdate, sql);
                assertTrue(e.getMessage().contains("metingen are immutable"), e.getMessage());
            }
        }
        as(Roles.KLANTMANAGER).get(METINGEN + "/" + id).then().statusCode(200).body("meetdatum", is("2026-01-05"));
    }

    @Test
    @DisplayName("docs/architecture.md#ladder: a correction is a new meting pointing at the old one; the chain stays in the history")
    void correctionsFormAChainAndTheHistoryIsCompleteAndOrdered() {
        UUID klant = TestZaken.klant();
        String eerste = post(meting(klant, "heemskerk", 1, null, "2025-01-06"));
        String a = post(meting(klant, "heemskerk", 2, List.of("2.2"), "2025-07-01"));
        Map<String, Object> cb = meting(klant, "heemskerk", 2, List.of("2.3"), "2025-07-01");
        cb.put("corrigeert", a);
        cb.put("correctiereden", "Verkeerde sub-trede gekozen");
        String b = post(cb);
        Map<String, Object> cc = meting(klant, "heemskerk", 2, List.of("2.1"), "2025-06-30");
        cc.put("corrigeert", b);
        cc.put("correctiereden", "Datum en sub-trede");
        String c = post(cc);
        // A meting is corrected at most once: a second correction of a is a 409 that links b.
        Map<String, Object> dubbel = meting(klant, "heemskerk", 2, List.of("2.4"), "2025-07-01");
        dubbel.put("corrigeert", a);
        dubbel.put("correctiereden", "nog eens");
        klantmanager().body(dubbel).post(METINGEN).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("meting-al-gecorrigeerd")).body("existing", is(METINGEN + "/" + b));
        // A correction must concern the same klant; another klant's meting answers exactly as an id that does not
        // exist (the caller may not see that klant: nothing confirms the id).
        Map<String, Object> ander = meting(TestZaken.klant(), "heemskerk", 2, null, "2025-07-01");
        ander.put("corrigeert", c);
        ander.put("correctiereden", "x");
        String anderAntwoord = klantmanager().body(ander).post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("corrigeert"))
                .body("invalidParams[0].reason", is("this klant has no meting with this id"))
                .extract().path("invalidParams[0].reason");
        ander.put("corrigeert", UUID.randomUUID().toString());
        klantmanager().body(ander).post(METINGEN).then().statusCode(400)
                .body("invalidParams[0].reason", is(anderAntwoord));
        // A correction stays on the corrected meting's model (histories and reports are per model).
        Map<String, Object> anderModel = meting(klant, "divosa", 2, null, "2025-07-01");
        anderModel.put("corrigeert", c);
        anderModel.put("correctiereden", "x");
        klantmanager().body(anderModel).post(METINGEN).then().statusCode(400)
                .body("invalidParams.name", contains("corrigeert"))
                .body("invalidParams[0].reason", containsString("same model"));
        ander.put("corrigeert", UUID.randomUUID().toString());
        klantmanager().body(ander).post(METINGEN).then().statusCode(400).body("invalidParams.name", contains("corrigeert"));

        as(Roles.KLANTMANAGER).get(KLANTEN + klant + "/metingen").then().statusCode(200)
                .body("totalItems", is(4))
                .body("metingen.id", contains(eerste, c, a, b))
                .body("metingen.geldig", contains(true, true, false, false))
                .body("metingen.gecorrigeerdDoor", contains(null, null, b, c))
                .body("metingen.corrigeert", contains(null, b, null, a))
                .body("metingen[1].correctiereden", is("Datum en sub-trede"));
        as(Roles.KLANTMANAGER).queryParam("pageSize", 2).queryParam("page", 2).get(KLANTEN + klant + "/metingen")
                .then().statusCode(200).body("metingen.id", contains(a, b)).body("page", is(2))
                // README "API conventions", paging: totalItems and the Link header (page 2 of 2: no next)
                .body("totalItems", is(4)).body("pageSize", is(2))
                .header("Link", containsString("/metingen?page=1&pageSize=2>; rel=\"first\""))
                .header("Link", containsString("/metingen?page=1&pageSize=2>; rel=\"prev\""))
                .header("Link", containsString("/metingen?page=2&pageSize=2>; rel=\"last\""))
                .header("Link", not(containsString("rel=\"next\"")));
        as(Roles.KLANTMANAGER).get(KLANTEN + klant + "/posities").then().statusCode(200)
                .body("size()", is(1))
                .body("[0].model", is("heemskerk"))
                .body("[0].subTrede", is("2.1"))
                .body("[0].metingId", is(c))
                .body("[0].sinds", is("2025-06-30"));
        as(Roles.KLANTMANAGER).get(METINGEN + "/" + a).then().statusCode(200)
                .body("geldig", is(false)).body("gecorrigeerdDoor", is(b));
        as(Roles.KLANTMANAGER).get(KLANTEN + "geen-uuid/metingen").then().statusCode(400)
                .body("invalidParams[0].name", is("klantId"));
    }

    @Test
    @DisplayName("the ladder requirements: current position = latest valid meting; a confirming review does not restart the days")
    void theCurrentPositionAndHowLongTheKlantHasHeldIt() {
        UUID klant = TestZaken.klant();
        LocalDate d1 = vandaag().minusDays(400);
        LocalDate d2 = vandaag().minusDays(100);
        post(meting(klant, "heemskerk", 2, List.of("2.2"), d1.toString()));
        String tweede = post(meting(klant, "heemskerk", 2, List.of("2.2"), d2.toString()));
        as(Roles.KLANTMANAGER).get(KLANTEN + klant + "/posities").then().statusCode(200)
                .body("[0].trede", is(2)).body("[0].subTrede", is("2.2"))
                .body("[0].metingId", is(tweede))
                .body("[0].meetdatum", is(d2.toString()))
                .body("[0].sinds", is(d1.toString()))
                .body("[0].dagenOpPositie", is(400))
                // 2.2: "Periodieke controle", 6 months (sources H2.6 [DERIVED]).
                .body("[0].herbeoordelingOp", is(d2.plusMonths(6).toString()));
        LocalDate d3 = vandaag().minusDays(10);
        post(meting(klant, "heemskerk", 2, List.of("2.4"), d3.toString()));
        post(meting(klant, "divosa", 4, null, d3.toString()));
        as(Roles.TEAMLEIDER).get(KLANTEN + klant + "/posities").then().statusCode(200)
                .body("model", contains("divosa", "heemskerk"))
                .body("find { it.model == 'heemskerk' }.subTrede", is("2.4"))
                .body("find { it.model == 'heemskerk' }.dagenOpPositie", is(10))
                .body("find { it.model == 'heemskerk' }.herbeoordelingOp", is(d3.plusMonths(12).toString()))
                .body("find { it.model == 'divosa' }.trede", is(4));
        assertEquals(10, ChronoUnit.DAYS.between(d3, vandaag()));
    }

    @Test
    @DisplayName("requirement 'Events': meting-vastgesteld/-gecorrigeerd and trede-gestegen/-gedaald, without personal data")
    void eventsGoThroughTheOutboxWithoutPersonalData() {
        UUID klant = TestZaken.klant();
        Map<String, Object> eerste = meting(klant, "heemskerk", 2, List.of("2.2"), "2026-01-05");
        eerste.put("leefgebieden", List.of("verslaving"));
        eerste.put("toelichting", "Vertrouwelijke toelichting");
        String a = post(eerste);
        String b = post(meting(klant, "heemskerk", 2, List.of("2.4"), "2026-02-02"));
        Map<String, Object> corr = meting(klant, "heemskerk", 2, List.of("2.1"), "2026-02-02");
        corr.put("corrigeert", b);
        corr.put("correctiereden", "Geheime reden");
        String c = post(corr);
        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> vastgesteld = probe.await(r -> klant.toString().equals(r.key())
                    && "nl.trede.ladder.meting-vastgesteld".equals(TopicProbe.header(r, "ce_type"))
                    && body(r).contains(a), Duration.ofSeconds(20)).orElseThrow();
            assertEquals(klant.toString(), TopicProbe.header(vastgesteld, "ce_subject"));
            assertTrue(TopicProbe.header(vastgesteld, "ce_dataref").endsWith(METINGEN + "/" + a));
            assertTrue(body(vastgesteld).contains("\"subTrede\":\"2.2\""), body(vastgesteld));
            probe.await(r -> "nl.trede.ladder.trede-gestegen".equals(TopicProbe.header(r, "ce_type"))
                    && body(r).contains(b), Duration.ofSeconds(20)).orElseThrow();
            ConsumerRecord<String, byte[]> gecorrigeerd = probe.await(
                    r -> "nl.trede.ladder.meting-gecorrigeerd".equals(TopicProbe.header(r, "ce_type"))
                            && body(r).contains(c), Duration.ofSeconds(20)).orElseThrow();
            assertTrue(body(gecorrigeerd).contains("\"gecorrigeerdeMetingId\":\"" + b + "\""));
            ConsumerRecord<String, byte[]> gedaald = probe.await(
                    r -> "nl.trede.ladder.trede-gedaald".equals(TopicProbe.header(r, "ce_type"))
                            && body(r).contains(c), Duration.ofSeconds(20)).orElseThrow();
            assertTrue(body(gedaald).contains("\"vanSubTrede\":\"2.4\""), body(gedaald));
            assertTrue(body(gedaald).contains("\"naarSubTrede\":\"2.1\""), body(gedaald));
            for (ConsumerRecord<String, byte[]> r : probe.drain(Duration.ofMillis(500))) {
                if (klant.toString().equals(r.key())) {
                    String json = body(r);
                    assertFalse(json.contains("verslaving") || json.contains("Vertrouwelijke")
                            || json.contains("Geheime") || json.contains("test-klantmanager"), json);
                }
            }
        }
    }

    private static String body(ConsumerRecord<String, byte[]> r) {
        return new String(r.value(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("sources H2.6: the next meting is due after the interval of the (sub-)trede")
    void dueMetingenFollowTheConfiguredIntervals() {
        String code = LadderModelResourceTest.randomCode();
        // trede 2: 6 months, sub-trede 2.2: 3 months, others 12 months.
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json")
                .body(LadderModelResourceTest.model(code, "1", "2020-01-01", null)).post("/api/ladder/v1/ladder-modellen")
                .then().statusCode(201);
        UUID k1 = TestZaken.klant();
        UUID k2 = TestZaken.klant();
        UUID k3 = TestZaken.klant();
        post(meting(k1, code, 2, List.of("2.2"), "2025-01-10"));
        post(meting(k2, code, 2, null, "2025-01-10"));
        post(meting(k3, code, 4, null, "2025-01-10"));
        post(meting(k3, code, 4, null, "2025-03-01"));
        as(Roles.KLANTMANAGER).queryParam("model", code).queryParam("peildatum", "2025-07-10")
                .get("/api/ladder/v1/verwachte-metingen").then().statusCode(200)
                .body("totalItems", is(2))
                .body("verwachteMetingen.klantId", contains(k1.toString(), k2.toString()))
                .body("verwachteMetingen.verwachtOp", contains("2025-04-10", "2025-07-10"))
                .body("verwachteMetingen.reden", everyItem(is("periodiek")))
                .body("verwachteMetingen[0].subTrede", is("2.2"));
        as(Roles.KLANTMANAGER).queryParam("model", code).queryParam("peildatum", "2026-03-01")
                .queryParam("pageSize", 2).queryParam("page", 2)
                .get("/api/ladder/v1/verwachte-metingen").then().statusCode(200)
                .body("totalItems", is(3))
                .body("verwachteMetingen.klantId", contains(k3.toString()))
                .body("verwachteMetingen[0].laatsteMeetdatum", is("2025-03-01"))
                .body("verwachteMetingen[0].verwachtOp", is("2026-03-01"));
        // A version cannot end before metingen scored on it.
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(Map.of("geldigTot", "2025-02-01"))
                .post("/api/ladder/v1/ladder-modellen/" + code + "/versies/1/beeindiging").then().statusCode(409)
                .body("code", is("metingen-na-einddatum")).body("detail", containsString("2025-03-01"));
        as(Roles.KLANTMANAGER).queryParam("peildatum", "morgen").get("/api/ladder/v1/verwachte-metingen")
                .then().statusCode(400).body("invalidParams[0].name", is("peildatum"));
        as(Roles.KLANTMANAGER).queryParam("pageSize", 101).get("/api/ladder/v1/verwachte-metingen")
                .then().statusCode(400).body("invalidParams[0].name", is("pageSize"));
    }

    @Test
    void rolesAndIdempotency() {
        UUID klant = TestZaken.klant();
        Map<String, Object> body = meting(klant, "heemskerk", 3, null, "2026-01-05");
        for (String role : List.of(Roles.TEAMLEIDER, Roles.BELEIDSMEDEWERKER, Roles.FUNCTIONEEL_BEHEERDER)) {
            as(role).contentType("application/json").body(body).post(METINGEN).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        as(Roles.BELEIDSMEDEWERKER).get(KLANTEN + klant + "/metingen").then().statusCode(403);
        as(Roles.BELEIDSMEDEWERKER).get("/api/ladder/v1/verwachte-metingen").then().statusCode(403);
        String key = UUID.randomUUID().toString();
        String id = klantmanager().header("Idempotency-Key", key).body(body).post(METINGEN).then().statusCode(201)
                .extract().path("id");
        klantmanager().header("Idempotency-Key", key).body(body).post(METINGEN).then().statusCode(200)
                .body("id", is(id));
        as(Roles.KLANTMANAGER).get(KLANTEN + klant + "/metingen").then().body("totalItems", is(1))
                .body("metingen.id", not(hasItem("x")));
        as(Roles.KLANTMANAGER).get(METINGEN + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(Roles.KLANTMANAGER).get(KLANTEN + klant + "/posities").then().statusCode(200)
                .body("modelVersie.code", containsInAnyOrder("heemskerk"));
    }
}
