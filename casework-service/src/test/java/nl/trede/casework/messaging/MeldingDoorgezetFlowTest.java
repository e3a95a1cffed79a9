package nl.trede.casework.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.CaseworkEvents;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * intake's melding-doorgezet → a zaak, end to end through a real broker and database: exactly once per melding
 * (inbox), personal data fetched from intake with a service token, poison events to the DLQ without blocking the
 * partition, an intake outage waited out (README.md#events (delivery)).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(IntakeStub.class)
class MeldingDoorgezetFlowTest {

    private static final String SOURCE = "urn:nld:oin:00000000000000000000:systeem:trede-intake";
    private static KafkaProducer<String, CloudEvent> events;
    private static KafkaProducer<String, byte[]> raw;

    @ConfigProperty(name = "trede.topics.intake")
    String intakeTopic;

    @ConfigProperty(name = "trede.topics.casework")
    String caseworkTopic;

    @ConfigProperty(name = "quarkus.rest-client.intake.url")
    String stubUrl;

    @BeforeAll
    static void producers() {
        String bootstrap = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class);
        events = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "key.serializer",
                StringSerializer.class.getName(), "value.serializer", CloudEventSerializer.class.getName()));
        raw = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "key.serializer",
                StringSerializer.class.getName(), "value.serializer", ByteArraySerializer.class.getName()));
    }

    @AfterAll
    static void close() {
        events.close();
        raw.close();
    }

    private void stubMelding(UUID meldingId, UUID klantId, int status) {
        stubMelding(meldingId, klantId, status, Map.of("id", meldingId.toString(), "klantId", klantId.toString(),
                "type", "aanvraag-levensonderhoud", "status", "doorgezet",
                "persoon", Map.of("bsn", "999990342", "naam", "A. Jansen", "geboortedatum", "1985-03-01")));
    }

    private void stubMelding(UUID meldingId, UUID klantId, int status, Map<String, Object> melding) {
        given().contentType(ContentType.JSON).body(melding)
                .put(stubUrl + "/_stub/meldingen/" + meldingId + "?status=" + status)
                .then().statusCode(204);
    }

    private CloudEvent doorgezet(UUID eventId, UUID klantId, UUID meldingId) {
        return EventEnvelope.build(eventId, SOURCE, "nl.trede.intake.melding-doorgezet", klantId.toString(),
                TestDag.nuUtc(), "http://localhost:8080/api/intake/v1/meldingen/" + meldingId,
                "{\"meldingId\":\"" + meldingId + "\",\"meldingType\":\"aanvraag-levensonderhoud\","
                        + "\"meldingDatum\":\"2026-11-23\",\"doorgezetOp\":\"2026-11-23T10:00:00Z\",\"klantgroep\":\"groeien\"}");
    }

    private void send(UUID klantId, CloudEvent event) throws Exception {
        events.send(new ProducerRecord<>(intakeTopic, klantId.toString(), event)).get();
    }

    private List<Object> zakenOf(UUID klantId) {
        return given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .queryParam("klantId", klantId.toString())
                .get("/api/casework/v1/zaken").then().statusCode(200).extract().path("zaken");
    }

    private List<Object> awaitZaken(UUID klantId, int expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Object> zaken = zakenOf(klantId);
        while (zaken.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            zaken = zakenOf(klantId);
        }
        return zaken;
    }

    @Test
    void doorgezetMeldingBecomesExactlyOneZaakEvenWhenRedelivered() throws Exception {
        UUID klantId = UUID.randomUUID();
        UUID meldingId = UUID.randomUUID();
        stubMelding(meldingId, klantId, 200);
        CloudEvent event = doorgezet(UUID.randomUUID(), klantId, meldingId);
        send(klantId, event);
        send(klantId, event); // a redelivery: same CloudEvents id

        assertEquals(1, awaitZaken(klantId, 1, Duration.ofSeconds(20)).size());
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .queryParam("klantId", klantId.toString()).get("/api/casework/v1/zaken")
                .then().body("zaken[0].meldingId", is(meldingId.toString()))
                .body("zaken[0].status", is("open"))
                .body("zaken[0].team", is("team-werk"))
                .body("zaken[0].klantgroep", is("groeien"))
                .body("zaken[0].klant.naam", is("A. Jansen"))
                .body("totalItems", is(1));
        // A second event for the same melding with a new id: still one zaak (unique melding, defence in depth).
        send(klantId, doorgezet(UUID.randomUUID(), klantId, meldingId));

        try (TopicProbe probe = new TopicProbe(caseworkTopic)) {
            ConsumerRecord<String, byte[]> created = probe.await(
                    TopicProbe.ofType(CaseworkEvents.ZAAK_AANGEMAAKT).and(r -> klantId.toString().equals(r.key())),
                    Duration.ofSeconds(20)).orElseThrow();
            assertTrue(new String(created.value(), StandardCharsets.UTF_8).contains(meldingId.toString()));
            assertTrue(!new String(created.value(), StandardCharsets.UTF_8).contains("Jansen"), "no name in events");
            long count = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(TopicProbe.ofType(CaseworkEvents.ZAAK_AANGEMAAKT))
                    .filter(r -> klantId.toString().equals(r.key())).count();
            assertEquals(1, count, "one zaak-aangemaakt");
        }
        assertEquals(1, zakenOf(klantId).size());
        given().get(stubUrl + "/_stub/calls/" + meldingId).then().body("authorization", is("Bearer "));
    }

    @Test
    void poisonEventsGoToTheDlqAndDoNotBlockThePartition() throws Exception {
        UUID klantId = UUID.randomUUID();
        // 1. not a CloudEvent at all; 2. a foreign type; 3. the producer's other type (skipped, not poison);
        // 4. a melding intake does not know (404); then a good event on the same key must still be processed.
        raw.send(new ProducerRecord<>(intakeTopic, klantId.toString(), "{not json".getBytes(StandardCharsets.UTF_8))).get();
        UUID unknownMelding = UUID.randomUUID();
        send(klantId, EventEnvelope.build(UUID.randomUUID(), SOURCE, "com.example.something-else", klantId.toString(),
                TestDag.nuUtc(), null, "{}"));
        send(klantId, EventEnvelope.build(UUID.randomUUID(), SOURCE, "nl.trede.intake.melding-geregistreerd",
                klantId.toString(), TestDag.nuUtc(), null, "{\"meldingId\":\"" + unknownMelding + "\"}"));
        send(klantId, doorgezet(UUID.randomUUID(), klantId, unknownMelding));
        UUID goodMelding = UUID.randomUUID();
        stubMelding(goodMelding, klantId, 200);
        send(klantId, doorgezet(UUID.randomUUID(), klantId, goodMelding));

        List<Object> zaken = awaitZaken(klantId, 1, Duration.ofSeconds(30));
        assertEquals(1, zaken.size(), "the good event behind the poison ones was processed");

        try (TopicProbe dlq = new TopicProbe(intakeTopic + ".dlq")) {
            List<ConsumerRecord<String, byte[]>> dead = dlq.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> klantId.toString().equals(r.key())).toList();
            assertEquals(3, dead.size(), "malformed, foreign type and unknown melding are dead-lettered");
            assertTrue(dead.stream().allMatch(r -> TopicProbe.header(r, "trede-dlq-reason") != null));
            assertTrue(dead.stream().anyMatch(r -> TopicProbe.header(r, "trede-dlq-reason").contains("unknown event type")));
            assertTrue(dead.stream().anyMatch(r -> TopicProbe.header(r, "trede-dlq-reason").contains("does not exist")));
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("trede_consumer_dead_lettered_total"));
    }

    @Test
    void anIntakeOutageIsWaitedOutNotDeadLettered() throws Exception {
        UUID klantId = UUID.randomUUID();
        UUID meldingId = UUID.randomUUID();
        stubMelding(meldingId, klantId, 503);
        send(klantId, doorgezet(UUID.randomUUID(), klantId, meldingId));
        Instant deadline = Instant.now().plusSeconds(20);
        int calls = 0;
        while (calls < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            calls = given().get(stubUrl + "/_stub/calls/" + meldingId).then().extract().path("calls");
        }
        assertTrue(calls >= 3, "retried more often than max-attempts (2) without dead-lettering: " + calls);
        assertEquals(0, zakenOf(klantId).size());

        stubMelding(meldingId, klantId, 200); // intake is back
        assertEquals(1, awaitZaken(klantId, 1, Duration.ofSeconds(40)).size());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("T07 / R-05, R-06: a school leaver with a gap before 18 gets a bridging task due "
            + "before the leaving date")
    void aSchoolLeaverGetsAGapBridgingTask() throws Exception {
        UUID klantId = UUID.randomUUID();
        UUID meldingId = UUID.randomUUID();
        stubMelding(meldingId, klantId, 200, Map.of("id", meldingId.toString(), "klantId", klantId.toString(),
                "type", "signaal-ketenpartner", "status", "doorgezet", "verwachteUitstroomdatum", "2027-07-01",
                "schoolverlater", Map.of("achttiendeVerjaardag", "2027-09-15", "dagenTotAchttien", 76,
                        "gesignaleerd", true),
                "persoon", Map.of("bsn", "999990342", "naam", "Th. K.", "geboortedatum", "2009-09-15")));
        send(klantId, doorgezet(UUID.randomUUID(), klantId, meldingId));
        awaitZaken(klantId, 1, Duration.ofSeconds(20));
        String zaakId = given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .queryParam("klantId", klantId.toString()).get("/api/casework/v1/zaken").then().extract()
                .path("zaken[0].id");
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).queryParam("zaakId", zaakId)
                .get("/api/casework/v1/taken").then().statusCode(200)
                .body("taken.size()", is(1))
                .body("taken[0].soort", is("overbrugging-tot-18"))
                .body("taken[0].uiterlijk", is("2027-06-30"))
                .body("taken[0].team", is("team-werk"))
                .body("taken[0].omschrijving", org.hamcrest.Matchers.containsString("76 dagen"));
    }
}
