package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.intake.domain.Aanvulverzoek;
import nl.trede.intake.domain.IntakeEvents;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestKalender;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The aanvraag's documents: within 5 working days of the screening, then an aanvultermijn with an SMS one day before
 * its end, then "buiten behandeling" (sources D3.1 and D10 S15; PB §2.2.2; Awb art. 4:5), and the
 * beslistermijn extended by each aanvultermijn (PB §2.1; Awb 4:15 lid 1 a). Expected dates are computed here with
 * the rules as the Awb words them and {@link TestKalender} (Algemene termijnenwet), never with production code.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class AanvraagDocumentenTest {

    @Inject
    TestClock clock;

    @ConfigProperty(name = "trede.topics.intake")
    String topic;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate vandaag() {
        return clock.vandaag();
    }

    /** Awb 4:5 lid 1 + Atw art. 1: the letter's day plus the term, run on past a weekend day or feestdag. */
    private static LocalDate aanvultermijnEinde(LocalDate brief, int dagen) {
        return TestKalender.atwEinde(brief.plusDays(dagen));
    }

    /**
     * Awb 4:15 lid 1 onder a: the beslistermijn is suspended from the day after the letter until the day the
     * aanvulling arrives (or, when it never does, until the aanvultermijn ended); then Atw art. 1.
     */
    private static LocalDate beslistermijnEinde(LocalDate meldingDatum, LocalDate brief, LocalDate einde,
                                                LocalDate aangevuldOp) {
        LocalDate hervat = aangevuldOp != null ? aangevuldOp : einde.plusDays(1);
        long opgeschort = Math.max(0, hervat.toEpochDay() - brief.plusDays(1).toEpochDay());
        return TestKalender.atwEinde(meldingDatum.plusWeeks(8).plusDays(opgeschort));
    }

    private static String aanvraagMetScreening() {
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        String id = asMedewerker().body(body).post(MELDINGEN).then().statusCode(201)
                .body("aanvraag.status", is("in-behandeling"))
                .body("aanvraag.toegestaneActies", empty())
                .extract().path("id");
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200)
                .body("aanvraag.toegestaneActies", containsInAnyOrder("aanvultermijn-sturen", "documenten-compleet"));
        return id;
    }

    private static JsonPath aanvultermijn(String id, int dagen) {
        return asMedewerker().body(Map.of("lengteDagen", dagen, "ontbrekend", "Bankafschriften van drie maanden"))
                .post(MELDINGEN + "/" + id + "/aanvultermijnen").then().statusCode(200).extract().jsonPath();
    }

    private static String termijn(JsonPath melding, String soort, String veld) {
        return melding.getString("termijnen.find { it.soort == '" + soort + "' }." + veld);
    }

    private static String get(String id, String path) {
        return asMedewerker().get(MELDINGEN + "/" + id).then().statusCode(200).extract().path(path).toString();
    }

    /** Moves the service clock to the given day (same time of day). */
    private void naar(LocalDate dag) {
        clock.naar(dag);
    }

    @Test
    @DisplayName("S15: an aanvultermijn replaces the inlevertermijn, brings the SMS day and suspends the beslistermijn")
    void anAanvultermijnSetsItsDeadlinesAndSuspendsTheBeslistermijn() {
        String id = aanvraagMetScreening();
        LocalDate meldingDatum = LocalDate.parse(get(id, "meldingDatum"));
        JsonPath melding = aanvultermijn(id, 7);
        LocalDate einde = aanvultermijnEinde(vandaag(), 7);
        assertEquals(einde.toString(), termijn(melding, "aanvultermijn", "uiterlijk"));
        assertEquals("open", termijn(melding, "aanvultermijn", "status"));
        // PB §2.2.2: SMS one day before the end of the aanvultermijn.
        assertEquals(einde.minusDays(1).toString(), termijn(melding, "sms-herinnering", "uiterlijk"));
        assertEquals("vervallen", termijn(melding, "documenten", "status"), "the aanvultermijn replaces it");
        // PB §2.1 + Awb 4:15: the 8 weeks are extended by the aanvultermijn.
        assertEquals(beslistermijnEinde(meldingDatum, vandaag(), einde, null).toString(),
                termijn(melding, "beslissing", "uiterlijk"));
        assertTrue(LocalDate.parse(termijn(melding, "beslissing", "uiterlijk")).isAfter(meldingDatum.plusWeeks(8)));
        assertEquals(einde.toString(), melding.getString("aanvraag.aanvultermijnen[0].einde"));
        assertEquals(einde.plusDays(1).toString(), melding.getString("aanvraag.buitenBehandelingVanaf"));

        // One at a time; buiten behandeling only after it passed (Awb 4:5).
        asMedewerker().body(Map.of("lengteDagen", 7, "ontbrekend", "x")).post(MELDINGEN + "/" + id + "/aanvultermijnen")
                .then().statusCode(409).body("detail", containsString("runs until " + einde));
        asMedewerker().post(MELDINGEN + "/" + id + "/buiten-behandeling").then().statusCode(409)
                .body("detail", containsString("buiten behandeling is possible from " + einde.plusDays(1)));
    }

    @Test
    @DisplayName("Awb 4:5 / PB §2.2.2: after an unused aanvultermijn the open melding ends buiten behandeling")
    void anUnusedAanvultermijnLetsTheAanvraagBeLeftBuitenBehandeling() {
        String id = aanvraagMetScreening();
        aanvultermijn(id, 7);
        LocalDate einde = aanvultermijnEinde(vandaag(), 7);
        naar(einde);
        asMedewerker().post(MELDINGEN + "/" + id + "/buiten-behandeling").then().statusCode(409);
        naar(einde.plusDays(1));
        String etag = asMedewerker().get(MELDINGEN + "/" + id).then().extract().header("ETag");
        asMedewerker().header("If-Match", etag).body(Map.of("toelichting", "Geen bankafschriften ontvangen."))
                .post(MELDINGEN + "/" + id + "/buiten-behandeling").then().statusCode(200)
                .body("status", is("buiten-behandeling"))
                .body("aanvraag.status", is("buiten-behandeling"))
                .body("aanvraag.toegestaneActies", empty())
                .body("toegestaneActies", empty())
                .body("termijnen.status", everyItem(org.hamcrest.Matchers.not(is("open"))));
        asMedewerker().post(MELDINGEN + "/" + id + "/documenten-compleet").then().statusCode(409)
                .body("detail", containsString("the aanvraag is buiten-behandeling"));
        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> event = probe.await(r -> IntakeEvents.AANVRAAG_BUITEN_BEHANDELING
                    .equals(TopicProbe.header(r, "ce_type")) && id.equals(MeldingResourceTest.jsonField(r, "meldingId")),
                    Duration.ofSeconds(20)).orElseThrow();
            String data = new String(event.value(), StandardCharsets.UTF_8);
            assertTrue(data.contains("\"aanvultermijnEinde\":\"" + einde + "\""), data);
            assertTrue(!data.contains("bankafschriften"), "no free text in events: " + data);
        }
    }

    @Test
    @DisplayName("The aanvraag goes on after doorzetten: buiten behandeling then leaves the melding doorgezet")
    void aDoorgezetMeldingStaysDoorgezetWhenItsAanvraagIsLeftBuitenBehandeling() {
        String id = aanvraagMetScreening();
        aanvultermijn(id, 3);
        asMedewerker().body(IntakeFlow.ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek")
                .then().statusCode(200);
        asMedewerker().body(IntakeFlow.klantgroep("matchen", null)).post(MELDINGEN + "/" + id + "/klantgroep-besluiten")
                .then().statusCode(200);
        asMedewerker().post(MELDINGEN + "/" + id + "/doorzetten").then().statusCode(202)
                .body("termijnen.find { it.soort == 'beslissing' }.status", is("open"));
        naar(aanvultermijnEinde(vandaag(), 3).plusDays(1));
        asMedewerker().post(MELDINGEN + "/" + id + "/buiten-behandeling").then().statusCode(200)
                .body("status", is("doorgezet"))
                .body("afsluitReden", org.hamcrest.Matchers.nullValue())
                .body("aanvraag.status", is("buiten-behandeling"))
                .body("termijnen.status", everyItem(org.hamcrest.Matchers.not(is("open"))));
    }

    @Test
    @DisplayName("Documents complete during the aanvultermijn: deadlines met, the suspension ends that day (Awb 4:15)")
    void documentsCompleteEndTheAanvultermijnAndItsSuspension() {
        String id = aanvraagMetScreening();
        LocalDate meldingDatum = LocalDate.parse(get(id, "meldingDatum"));
        aanvultermijn(id, 14);
        LocalDate brief = vandaag();
        naar(brief.plusDays(2));
        JsonPath melding = asMedewerker().post(MELDINGEN + "/" + id + "/documenten-compleet").then().statusCode(200)
                .body("aanvraag.status", is("compleet"))
                .body("status", is("screening-afgerond"))
                .extract().jsonPath();
        assertEquals(brief.plusDays(2).toString(), melding.getString("aanvraag.documentenCompleetOp"));
        assertEquals(brief.plusDays(2).toString(), melding.getString("aanvraag.aanvultermijnen[0].aangevuldOp"));
        assertEquals("voldaan", termijn(melding, "aanvultermijn", "status"));
        assertEquals("vervallen", termijn(melding, "sms-herinnering", "status"));
        // Suspended from the day after the letter up to the day of the aanvulling: one day.
        LocalDate verwacht = beslistermijnEinde(meldingDatum, brief, aanvultermijnEinde(brief, 14),
                brief.plusDays(2));
        assertEquals(verwacht.toString(), termijn(melding, "beslissing", "uiterlijk"));
        asMedewerker().post(MELDINGEN + "/" + id + "/documenten-compleet").then().statusCode(409);
    }

    @Test
    @DisplayName("Bad input and illegal steps: 400/409/412 problem+json, nothing written")
    void badInputChangesNothing() {
        String verzoek = WorkflowResourceTest.register("verzoek-ondersteuning");
        asMedewerker().body(Map.of("lengteDagen", 7, "ontbrekend", "x"))
                .post(MELDINGEN + "/" + verzoek + "/aanvultermijnen").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("only an aanvraag-levensonderhoud"));

        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        String voorScreening = asMedewerker().body(body).post(MELDINGEN).then().statusCode(201).extract().path("id");
        asMedewerker().body(Map.of("lengteDagen", 7, "ontbrekend", "x"))
                .post(MELDINGEN + "/" + voorScreening + "/aanvultermijnen").then().statusCode(409)
                .body("detail", containsString("record the screening first"));

        String id = aanvraagMetScreening();
        asMedewerker().body(Map.of("lengteDagen", 0, "ontbrekend", " "))
                .post(MELDINGEN + "/" + id + "/aanvultermijnen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("lengteDagen", "ontbrekend"));
        asMedewerker().header("If-Match", "\"0\"").body(Map.of("lengteDagen", 7, "ontbrekend", "x"))
                .post(MELDINGEN + "/" + id + "/aanvultermijnen").then().statusCode(412);
        long rows = QuarkusTransaction.requiringNew().call(() -> Aanvulverzoek.count("meldingId",
                UUID.fromString(id)));
        assertEquals(0, rows);
        assertEquals("in-behandeling", get(id, "aanvraag.status"));
    }
}
