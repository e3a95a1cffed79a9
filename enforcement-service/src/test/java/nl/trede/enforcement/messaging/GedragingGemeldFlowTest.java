package nl.trede.enforcement.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.enforcement.domain.EnforcementEvents;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * casework's gedraging-gemeld (contract in the README) → one gedraging through the platform inbox, also when the
 * event is redelivered or the same report comes twice; a report the rules cannot judge is refused back to casework
 * (gedraging-geweigerd); a malformed event goes to the DLQ.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class GedragingGemeldFlowTest {

    static final String SOURCE = "urn:nld:oin:00000000000000000000:systeem:trede-casework";
    static final LocalDate VANDAAG = TestDag.vandaag();
    static KafkaProducer<String, CloudEvent> producer;

    @ConfigProperty(name = "trede.topics.casework")
    String caseworkTopic;

    @ConfigProperty(name = "trede.topics.enforcement")
    String enforcementTopic;

    @Inject
    ObjectMapper mapper;

    @BeforeAll
    static void open() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class), "key.serializer", StringSerializer.class.getName(),
                "value.serializer", CloudEventSerializer.class.getName()));
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    CloudEvent gemeld(UUID eventId, UUID klant, UUID meldingId, String categorie) {
        return EventEnvelope.build(eventId, SOURCE, GedragingGemeldHandler.GEDRAGING_GEMELD, klant.toString(),
                TestDag.nuUtc(), null, "{\"meldingId\":\"" + meldingId + "\",\"zaakId\":\""
                        + UUID.randomUUID() + "\",\"categorie\":\"" + categorie + "\",\"datum\":\"" + VANDAAG + "\"}");
    }

    /** With casework's klantgroep (README contract; absent in older events). */
    CloudEvent gemeld(UUID eventId, UUID klant, UUID meldingId, String categorie, String klantgroep) {
        return EventEnvelope.build(eventId, SOURCE, GedragingGemeldHandler.GEDRAGING_GEMELD, klant.toString(),
                TestDag.nuUtc(), null, "{\"meldingId\":\"" + meldingId + "\",\"categorie\":\""
                        + categorie + "\",\"datum\":\"" + VANDAAG + "\",\"klantgroep\":\"" + klantgroep + "\"}");
    }

    void send(UUID klant, CloudEvent event) throws Exception {
        producer.send(new ProducerRecord<>(caseworkTopic, klant.toString(), event)).get();
    }

    List<Map<String, Object>> van(UUID klant) {
        return given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER)).queryParam("klantId", klant)
                .get("/api/enforcement/v1/gedragingen").then().statusCode(200).extract().path("gedragingen");
    }

    List<Map<String, Object>> await(UUID klant, int n) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        List<Map<String, Object>> lijst = van(klant);
        while (lijst.size() < n && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            lijst = van(klant);
        }
        return lijst;
    }

    @Test
    void gedragingGemeldBecomesOneGedragingEvenWhenRedeliveredOrRepeated() throws Exception {
        UUID klant = UUID.randomUUID();
        UUID melding = UUID.randomUUID();
        CloudEvent event = gemeld(UUID.randomUUID(), klant, melding, "g2-niet-verschijnen");
        send(klant, event);
        send(klant, event);                                              // redelivery: the inbox skips it
        send(klant, gemeld(UUID.randomUUID(), klant, melding, "g2-niet-verschijnen")); // same report, new event id
        UUID marker = UUID.randomUUID();
        send(klant, gemeld(UUID.randomUUID(), klant, marker, "no-show"));   // processed after the others
        List<Map<String, Object>> lijst = await(klant, 2);
        Thread.sleep(500);
        lijst = van(klant);
        assertEquals(2, lijst.size(), lijst.toString());
        assertTrue(lijst.stream().allMatch(g -> "casework".equals(g.get("bron"))));
        assertEquals(1, lijst.stream().filter(g -> "g2-niet-verschijnen".equals(g.get("categorie"))).count());
    }

    /** The refusal enforcement publishes for a report it cannot register (the contract's gedraging-geweigerd). */
    JsonNode geweigerd(TopicProbe probe, UUID klant, UUID melding) throws Exception {
        var event = probe.await(r -> klant.toString().equals(r.key())
                && TopicProbe.ofType(EnforcementEvents.GEDRAGING_GEWEIGERD).test(r), Duration.ofSeconds(30));
        assertTrue(event.isPresent(), "gedraging-geweigerd for " + melding);
        JsonNode data = mapper.readTree(event.get().value());
        assertEquals(melding.toString(), data.get("meldingId").asText());
        // the shape is the contract example casework's tests consume
        JsonNode voorbeeld = mapper.readTree(Contract.voorbeeld("enforcement-gedraging-geweigerd.json")).get("data");
        List<String> velden = new java.util.ArrayList<>();
        data.fieldNames().forEachRemaining(velden::add);
        List<String> verwacht = new java.util.ArrayList<>();
        voorbeeld.fieldNames().forEachRemaining(verwacht::add);
        assertEquals(verwacht, velden);
        return data;
    }

    /**
     * A report the rules cannot judge (its category unknown on its date) comes back to casework as
     * gedraging-geweigerd with the reason — before, it only went to the DLQ while casework's zaak said "gemeld".
     */
    @Test
    void aReportTheRulesCannotJudgeIsRefusedBackToCasework() throws Exception {
        UUID klant = UUID.randomUUID();
        UUID melding = UUID.randomUUID();
        try (TopicProbe probe = new TopicProbe(enforcementTopic)) {
            send(klant, gemeld(UUID.randomUUID(), klant, melding, "niet-verschenen"));
            JsonNode data = geweigerd(probe, klant, melding);
            assertEquals("categorie-onbekend", data.get("redenCode").asText());
            assertEquals("niet-verschenen", data.get("categorie").asText());
            assertTrue(data.get("reden").asText().contains("no-show"), data.toString());
        }
        assertEquals(0, van(klant).size());
    }

    /** Truly malformed (no klant as subject, or data without the required meldingId) still goes to the DLQ. */
    @Test
    void aMalformedReportGoesToTheDlq() throws Exception {
        UUID klant = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        UUID zonderSubject = UUID.randomUUID();
        try (TopicProbe dlq = new TopicProbe(caseworkTopic + ".dlq")) {
            send(klant, EventEnvelope.build(eventId, SOURCE, GedragingGemeldHandler.GEDRAGING_GEMELD,
                    klant.toString(), TestDag.nuUtc(), null, "{\"categorie\":\"no-show\",\"datum\":\"" + VANDAAG
                            + "\"}"));
            send(klant, EventEnvelope.build(zonderSubject, SOURCE, GedragingGemeldHandler.GEDRAGING_GEMELD,
                    "geen-klant", TestDag.nuUtc(), null, "{\"meldingId\":\"" + UUID.randomUUID()
                            + "\",\"categorie\":\"no-show\",\"datum\":\"" + VANDAAG + "\"}"));
            assertTrue(dlq.await(r -> eventId.toString().equals(TopicProbe.header(r, "ce_id")),
                    Duration.ofSeconds(30)).isPresent());
            assertTrue(dlq.await(r -> zonderSubject.toString().equals(TopicProbe.header(r, "ce_id")),
                    Duration.ofSeconds(30)).isPresent());
        }
        assertEquals(0, van(klant).size());
    }

    /**
     * The klantgroep is stored; PB §1.2 „geen arbeidsverplichting": a Zorg werkweigering is refused back to casework
     * (gedraging-geweigerd, reden geen-arbeidsverplichting), not registered.
     */
    @Test
    void klantgroepStoredAndArbeidsverplichtingForZorgRefused() throws Exception {
        UUID klant = UUID.randomUUID();
        UUID melding = UUID.randomUUID();
        try (TopicProbe probe = new TopicProbe(enforcementTopic)) {
            send(klant, gemeld(UUID.randomUUID(), klant, melding, "g8-werkweigering", "zorg"));
            JsonNode data = geweigerd(probe, klant, melding);
            assertEquals("geen-arbeidsverplichting", data.get("redenCode").asText());
            assertTrue(data.get("reden").asText().contains("arbeidsverplichting"), data.toString());
        }
        assertEquals(0, van(klant).size());
        // Another municipality's klantgroep (intake's configurable stelsels, e.g. Apeldoorn's werkbedrijf) is not one
        // of the D4.3 groups: the gedraging is judged as without a klantgroep, not dead-lettered.
        send(klant, gemeld(UUID.randomUUID(), klant, UUID.randomUUID(), "no-show", "werkbedrijf"));
        List<Map<String, Object>> eerste = await(klant, 1);
        assertEquals(1, eerste.size(), eerste.toString());
        assertEquals(null, eerste.get(0).get("klantgroep"));
        send(klant, gemeld(UUID.randomUUID(), klant, UUID.randomUUID(), "no-show", "zorg"));
        List<Map<String, Object>> lijst = await(klant, 2);
        assertEquals(2, lijst.size(), lijst.toString());
        assertTrue(lijst.stream().anyMatch(g -> "zorg".equals(g.get("klantgroep"))), lijst.toString());
        assertEquals("no-show", lijst.get(0).get("categorie"));
    }
}
