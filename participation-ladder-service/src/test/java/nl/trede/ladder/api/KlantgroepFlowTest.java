package nl.trede.ladder.api;

import static nl.trede.ladder.api.MetingResourceTest.meting;
import static nl.trede.ladder.api.MetingResourceTest.post;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Klantgroep context through the platform inbox: intake's melding-doorgezet (data: meldingId, doorgezetOp,
 * klantgroep) → the distribution per klantgroep (requirement "distribution of klanten over treden per klantgroep").
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KlantgroepFlowTest {

    private static final String SOURCE = "urn:nld:oin:00000000000000000000:systeem:trede-intake";

    @ConfigProperty(name = "trede.topics.intake")
    String intakeTopic;

    private static CloudEvent doorgezet(UUID klant, String klantgroep, Instant doorgezetOp) {
        String data = "{\"meldingId\":\"" + UUID.randomUUID() + "\",\"meldingType\":\"aanvraag-levensonderhoud\","
                + "\"meldingDatum\":\"2024-04-01\",\"doorgezetOp\":\"" + doorgezetOp + "\",\"klantgroep\":"
                + (klantgroep == null ? "null" : "\"" + klantgroep + "\"") + "}";
        return EventEnvelope.build(UUID.randomUUID(), SOURCE, "nl.trede.intake.melding-doorgezet", klant.toString(),
                TestDag.nuUtc(), null, data);
    }

    private static void eventually(Supplier<Boolean> check) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!check.get()) {
            assertTrue(Instant.now().isBefore(deadline), "not reached within 30 s");
            Thread.sleep(250);
        }
    }

    @Test
    @DisplayName("the ladder requirements: distribution per klantgroep, the klantgroep from intake's melding-doorgezet via the inbox")
    void distributionPerKlantgroep() throws Exception {
        String groep = "groep-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> klanten = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            UUID klant = TestZaken.klant();
            post(meting(klant, "heemskerk", i < 6 ? 3 : 4, null, "2024-05-01"));
            klanten.add(klant);
        }
        UUID zonderGroep = TestZaken.klant();
        post(meting(zonderGroep, "heemskerk", 3, null, "2024-05-01"));
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", CloudEventSerializer.class.getName()))) {
            Instant nu = Instant.parse("2024-04-15T10:00:00Z");
            for (UUID klant : klanten) {
                producer.send(new ProducerRecord<>(intakeTopic, klant.toString(), doorgezet(klant, groep, nu))).get();
            }
            // An older hand-over never overwrites a newer one; a hand-over without klantgroep has no effect.
            producer.send(new ProducerRecord<>(intakeTopic, klanten.get(0).toString(),
                    doorgezet(klanten.get(0), "andere-groep", nu.minusSeconds(86_400)))).get();
            producer.send(new ProducerRecord<>(intakeTopic, klanten.get(1).toString(),
                    doorgezet(klanten.get(1), null, nu.plusSeconds(60)))).get();
            // Poison (the subject is not a klantId): to the DLQ, the partition goes on.
            producer.send(new ProducerRecord<>(intakeTopic, "x", EventEnvelope.build(UUID.randomUUID(), SOURCE,
                    "nl.trede.intake.melding-doorgezet", "geen-klant", TestDag.nuUtc(), null,
                    "{\"meldingId\":\"" + UUID.randomUUID() + "\",\"doorgezetOp\":\"" + nu + "\"}"))).get();
        }
        eventually(() -> Integer.valueOf(11).equals(as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk")
                .queryParam("peildatum", "2024-06-01").queryParam("klantgroep", groep)
                .get("/api/ladder/v1/rapportages/verdeling").then().statusCode(200).extract().path("totaal.aantal")));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("peildatum", "2024-06-01")
                .queryParam("klantgroep", groep).get("/api/ladder/v1/rapportages/verdeling").then().statusCode(200)
                .body("klantgroep", is(groep))
                .body("cellen.aantal", contains(0, 0, 6, 5, 0, 0));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2024-06-01")
                .queryParam("tot", "2024-07-01").queryParam("klantgroep", groep)
                .get("/api/ladder/v1/rapportages/overgangen").then().statusCode(200)
                .body("gelijk.aantal", is(11))
                .body("klantgroep", is(groep));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("peildatum", "2024-06-01")
                .queryParam("klantgroep", "andere-groep").get("/api/ladder/v1/rapportages/verdeling").then()
                .statusCode(200).body("totaal.aantal", is(0));
        try (TopicProbe dlq = new TopicProbe(intakeTopic + ".dlq")) {
            assertTrue(dlq.await(r -> new String(r.value(), StandardCharsets.UTF_8).contains("doorgezetOp"),
                    Duration.ofSeconds(20)).isPresent());
        }
    }
}
