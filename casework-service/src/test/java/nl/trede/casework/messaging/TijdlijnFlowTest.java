package nl.trede.casework.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Requirement "Signals … enforcement's maatregel events and the ladder's trede events appear on the zaak's timeline"
 * and "Timeline": consumed through the platform inbox from real topics, in order, exactly once per zaak.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class TijdlijnFlowTest {

    private static KafkaProducer<String, CloudEvent> events;

    @Inject
    ZaakService zaken;

    @ConfigProperty(name = "trede.topics.ladder")
    String ladderTopic;

    @ConfigProperty(name = "trede.topics.enforcement")
    String enforcementTopic;

    @BeforeAll
    static void producer() {
        String bootstrap = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class);
        events = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "key.serializer",
                StringSerializer.class.getName(), "value.serializer", CloudEventSerializer.class.getName()));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    private static CloudEvent event(UUID id, String source, String type, UUID klantId, String data) {
        return EventEnvelope.build(id, source, type, klantId.toString(), TestDag.nuUtc(),
                "http://localhost/x", data);
    }

    private static List<String> soorten(String zaakId) {
        return given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .get(ZaakService.PATH + "/" + zaakId + "/tijdlijn").then().statusCode(200).extract().path("soort");
    }

    private static List<String> awaitSoorten(String zaakId, int n) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        List<String> s = soorten(zaakId);
        while (s.size() < n && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            s = soorten(zaakId);
        }
        return s;
    }

    @Test
    @DisplayName("A ladder trede event and a maatregel-opgelegd land on the klant's zaak once, even when redelivered")
    void ladderAndEnforcementEventsOnTheTimeline() throws Exception {
        UUID klantId = UUID.randomUUID();
        String zaakId = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(klantId, UUID.randomUUID(),
                "aanvraag-levensonderhoud", "groeien", new ZaakService.Persoonsgegevens("T. Tijdlijn",
                        LocalDate.of(1990, 1, 1)))).id.toString();
        CloudEvent gestegen = event(UUID.randomUUID(), "urn:nld:oin:00000000000000000000:systeem:trede-ladder",
                "nl.trede.ladder.trede-gestegen", klantId, "{\"metingId\":\"" + UUID.randomUUID() + "\","
                        + "\"model\":\"divosa\",\"vanTrede\":2,\"naarTrede\":3,\"meetdatum\":\"2026-11-20\"}");
        events.send(new ProducerRecord<>(ladderTopic, klantId.toString(), gestegen)).get();
        events.send(new ProducerRecord<>(ladderTopic, klantId.toString(), gestegen)).get(); // redelivery
        CloudEvent opgelegd = event(UUID.randomUUID(), "urn:nld:oin:00000000000000000000:systeem:trede-enforcement",
                "nl.trede.enforcement.maatregel-opgelegd", klantId, "{\"maatregelId\":\"" + UUID.randomUUID()
                        + "\",\"zaakId\":\"" + zaakId + "\",\"categorie\":\"no-show\",\"percentage\":0,"
                        + "\"bedragEenmalig\":50.00,\"artikel\":\"Pw art. 18 lid 2\",\"bezwaarTot\":\"2027-01-05\"}");
        events.send(new ProducerRecord<>(enforcementTopic, klantId.toString(), opgelegd)).get();
        CloudEvent geblokkeerd = event(UUID.randomUUID(), "urn:nld:oin:00000000000000000000:systeem:trede-enforcement",
                "nl.trede.enforcement.uitkering-geblokkeerd", klantId, "{\"maatregelId\":\"" + UUID.randomUUID()
                        + "\",\"zaakId\":\"" + zaakId + "\",\"categorie\":\"no-show\",\"klantgroep\":\"zorg\","
                        + "\"artikel\":\"PB §6.3.1\"}");
        events.send(new ProducerRecord<>(enforcementTopic, klantId.toString(), geblokkeerd)).get();

        List<String> s = awaitSoorten(zaakId, 4);
        assertEquals(List.of("zaak-aangemaakt", "trede-gestegen", "maatregel-opgelegd", "uitkering-geblokkeerd"), s);
        Thread.sleep(1_000); // the redelivered copy had time to arrive
        assertEquals(4, soorten(zaakId).size(), "exactly once");
        String samenvatting = given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .get(ZaakService.PATH + "/" + zaakId + "/tijdlijn").then().extract()
                .path("find { it.soort == 'maatregel-opgelegd' }.samenvatting");
        assertTrue(samenvatting.contains("eenmalig EUR 50.00") && samenvatting.contains("no-show"), samenvatting);
        String bron = given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .get(ZaakService.PATH + "/" + zaakId + "/tijdlijn").then().extract()
                .path("find { it.soort == 'trede-gestegen' }.bron");
        assertEquals("ladder", bron);
    }

    @Test
    @DisplayName("the casework requirements: a maatregel proposed for a klant with active zorg becomes one task for the regisseur")
    void maatregelBijActieveZorgWordtGesignaleerd() throws Exception {
        UUID klantId = UUID.randomUUID();
        String zaakId = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(klantId, UUID.randomUUID(),
                "aanvraag-levensonderhoud", "groeien", new ZaakService.Persoonsgegevens("Z. Zorg",
                        LocalDate.of(1980, 1, 1)))).id.toString();
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).contentType("application/json")
                .body(Map.of("actieveZorg", true, "zorgSoort", "schuldhulp"))
                .post(ZaakService.PATH + "/" + zaakId + "/indicaties").then().statusCode(200)
                .body("actieveZorg", org.hamcrest.Matchers.is(true));
        String maatregelId = UUID.randomUUID().toString();
        CloudEvent voorgesteld = event(UUID.randomUUID(), "urn:nld:oin:00000000000000000000:systeem:trede-enforcement",
                "nl.trede.enforcement.maatregel-voorgesteld", klantId, "{\"maatregelId\":\"" + maatregelId
                        + "\",\"zaakId\":\"" + zaakId + "\",\"uitkomst\":\"opleggen\",\"categorie\":\"g2\"}");
        events.send(new ProducerRecord<>(enforcementTopic, klantId.toString(), voorgesteld)).get();
        events.send(new ProducerRecord<>(enforcementTopic, klantId.toString(), voorgesteld)).get();
        awaitSoorten(zaakId, 2);
        Thread.sleep(1_000);
        List<String> taken = given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .queryParam("zaakId", zaakId).get("/api/casework/v1/taken").then().statusCode(200).extract()
                .path("taken.findAll { it.soort == 'zorg-afstemming' }.omschrijving");
        assertEquals(1, taken.size(), taken.toString());
        assertTrue(taken.get(0).contains("schuldhulp"), taken.get(0));
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).contentType("application/json")
                .body(Map.of()).post(ZaakService.PATH + "/" + zaakId + "/indicaties").then().statusCode(400);
    }
}
