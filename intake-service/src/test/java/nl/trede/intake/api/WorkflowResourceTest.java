package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.intake.domain.IntakeEvents;
import nl.trede.intake.domain.KlantgroepBesluit;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The intake workflow through the API (requirement "Workflow"; sources D3.1). */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class WorkflowResourceTest {

    @ConfigProperty(name = "trede.topics.intake")
    String topic;

    static String register(String type) {
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        body.put("type", type);
        if (type.equals("verzoek-ondersteuning")) {
            body.put("inkomenPerMaand", new BigDecimal("1800.00"));
        }
        return asMedewerker().body(body).post(MELDINGEN).then().statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(TopicProbe probe, String meldingId, String type) {
        probe.await(r -> type.equals(TopicProbe.header(r, "ce_type"))
                && meldingId.equals(MeldingResourceTest.jsonField(r, "meldingId")), Duration.ofSeconds(20));
        return probe.drain(Duration.ofMillis(300)).stream()
                .filter(r -> type.equals(TopicProbe.header(r, "ce_type")))
                .filter(r -> meldingId.equals(MeldingResourceTest.jsonField(r, "meldingId"))).toList();
    }

    @Test
    void theFullPathRecordsEachStepAndItsEvents() {
        String id = register("aanvraag-levensonderhoud");
        asMedewerker().get(MELDINGEN + "/" + id).then()
                .body("toegestaneActies", org.hamcrest.Matchers.containsInAnyOrder("screening-afronden", "afwijzen", "intrekken"));
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening")
                .then().statusCode(200).body("status", is("screening-afgerond"));
        asMedewerker().body(IntakeFlow.ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek")
                .then().statusCode(200).body("status", is("ambitiegesprek-gehouden"));
        // The klant prefers Groeien; the consultant decides Matchen: both are kept (PB §2.2.3).
        asMedewerker().body(IntakeFlow.klantgroep("matchen", "groeien"))
                .post(MELDINGEN + "/" + id + "/klantgroep-besluiten")
                .then().statusCode(200).body("status", is("klantgroep-bepaald")).body("klantgroep", is("matchen"));
        List<KlantgroepBesluit> besluiten = QuarkusTransaction.requiringNew()
                .call(() -> KlantgroepBesluit.vanMelding(UUID.fromString(id)));
        assertEquals(1, besluiten.size());
        assertTrue(besluiten.get(0).verschilVanMening());

        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> screening = eventsOf(probe, id, IntakeEvents.SCREENING_AFGEROND).get(0);
            String data = new String(screening.value(), StandardCharsets.UTF_8);
            assertTrue(data.contains("\"juisteLoket\":\"gemeente\""), data);
            assertFalse(data.contains("Screeningsgesprek gevoerd"), "no free text in events");
            ConsumerRecord<String, byte[]> bepaald = eventsOf(probe, id, IntakeEvents.KLANTGROEP_BEPAALD).get(0);
            String triage = new String(bepaald.value(), StandardCharsets.UTF_8);
            assertTrue(triage.contains("\"klantVoorkeur\":\"groeien\"") && triage.contains("\"verschilVanMening\":true"),
                    triage);
        }
    }

    @Test
    void illegalTransitionsAre409NamingTheCurrentStatus() {
        String id = register("verzoek-ondersteuning");
        asMedewerker().body(IntakeFlow.ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", is("illegal-transition"))
                .body("detail", containsString("status geregistreerd"))
                .body("detail", containsString("screening-afronden"));
        asMedewerker().body(IntakeFlow.klantgroep("matchen", null)).post(MELDINGEN + "/" + id + "/klantgroep-besluiten")
                .then().statusCode(409);
        asMedewerker().post(MELDINGEN + "/" + id + "/intrekking").then().statusCode(200).body("status", is("ingetrokken"))
                .body("afsluitReden", is("ingetrokken"));
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening")
                .then().statusCode(409).body("detail", containsString("status ingetrokken"));
    }

    @Test
    void aWithdrawnMeldingNoLongerBlocksANewOneOfTheSameType() {
        String bsn = MeldingResourceTest.randomBsn();
        String first = asMedewerker().body(MeldingResourceTest.melding(bsn)).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
        asMedewerker().post(MELDINGEN + "/" + first + "/intrekking").then().statusCode(200);
        asMedewerker().body(MeldingResourceTest.melding(bsn)).post(MELDINGEN).then().statusCode(201);
    }

    @Test
    void referralToUwvNeedsAReasonAndEndsTheMeldingWithAnEvent() {
        String id = register("aanvraag-levensonderhoud");
        Map<String, Object> uwv = new HashMap<>(IntakeFlow.screening());
        uwv.put("juisteLoket", "uwv");
        asMedewerker().body(uwv).post(MELDINGEN + "/" + id + "/screening")
                .then().statusCode(400).body("invalidParams[0].name", is("verwijzingReden"));
        uwv.put("verwijzingReden", "26 van de laatste 36 weken gewerkt: WW bij UWV.");
        asMedewerker().body(uwv).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        asMedewerker().body(Map.of("reden", "verwezen-uwv", "toelichting", "WW-aanvraag bij UWV."))
                .post(MELDINGEN + "/" + id + "/afwijzing")
                .then().statusCode(200).body("status", is("afgewezen")).body("afsluitReden", is("verwezen-uwv"));
        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> afgewezen = eventsOf(probe, id, IntakeEvents.MELDING_AFGEWEZEN).get(0);
            assertTrue(new String(afgewezen.value(), StandardCharsets.UTF_8).contains("\"reden\":\"verwezen-uwv\""));
        }
        asMedewerker().body(Map.of("reden", "onbekend")).post(MELDINGEN + "/" + id + "/afwijzing")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("verwezen-duo"));
    }

    @Test
    void unknownKlantgroepIs400ListingTheConfiguredOnes() {
        String id = register("aanvraag-levensonderhoud");
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        asMedewerker().body(IntakeFlow.ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek").then().statusCode(200);
        asMedewerker().body(IntakeFlow.klantgroep("werkbedrijf", "activering"))
                .post(MELDINGEN + "/" + id + "/klantgroep-besluiten")
                .then().statusCode(400)
                .body("invalidParams.name", hasItems("klantgroep", "klantVoorkeur"))
                .body("invalidParams[0].reason", containsString("matchen, groeien, faciliteren, zorg"));
        asMedewerker().get("/api/intake/v1/klantgroepen").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("matchen", "groeien", "faciliteren", "zorg"))
                .body("[0].bron", containsString("art. 1"));
    }

    @Test
    void aTipGoesToEnforcementOnlyAndAFraudSuspicionRaisesASignal() {
        String tip = register("tip-handhaving");
        asMedewerker().get(MELDINGEN + "/" + tip).then().body("status", is("doorgestuurd-handhaving"))
                .body("toegestaneActies.size()", is(0));
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + tip + "/screening").then().statusCode(409);

        String id = register("aanvraag-levensonderhoud");
        Map<String, Object> fraude = new HashMap<>(IntakeFlow.screening());
        fraude.put("fraudevermoeden", true);
        asMedewerker().body(fraude).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> tipSignal = eventsOf(probe, tip, IntakeEvents.HANDHAVINGSSIGNAAL_ONTVANGEN).get(0);
            assertTrue(new String(tipSignal.value(), StandardCharsets.UTF_8).contains("tip-handhaving"));
            ConsumerRecord<String, byte[]> fraudSignal = eventsOf(probe, id, IntakeEvents.HANDHAVINGSSIGNAAL_ONTVANGEN).get(0);
            assertTrue(new String(fraudSignal.value(), StandardCharsets.UTF_8).contains("screening-fraudevermoeden"));
            assertTrue(eventsOf(probe, tip, IntakeEvents.MELDING_DOORGEZET).isEmpty(), "a tip never reaches casework");
        }
    }

    @Test
    void aStaleEtagIs412OnEveryStep() {
        String id = register("aanvraag-levensonderhoud");
        asMedewerker().header("If-Match", "\"7\"").body(IntakeFlow.screening())
                .post(MELDINGEN + "/" + id + "/screening").then().statusCode(412).contentType("application/problem+json");
        String etag = asMedewerker().get(MELDINGEN + "/" + id).then().extract().header("ETag");
        asMedewerker().header("If-Match", etag).body(IntakeFlow.screening())
                .post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        asMedewerker().header("If-Match", etag).body(IntakeFlow.ambitiegesprek())
                .post(MELDINGEN + "/" + id + "/ambitiegesprek").then().statusCode(412);
    }
}
