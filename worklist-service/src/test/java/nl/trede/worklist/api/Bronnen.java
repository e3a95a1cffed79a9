package nl.trede.worklist.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The four services as the werkvoorraad sees them in a test: their events, published on this test run's topics as the
 * services' outbox relays publish them (CloudEvents binary mode, key = klantId), in the shape of
 * docs/contracts/werkitems.md.
 */
final class Bronnen {

    static final String WERKVOORRAAD = "/api/werkvoorraad/v1";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static KafkaProducer<String, CloudEvent> producer;

    private Bronnen() {
    }

    private static synchronized KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                    "key.serializer", StringSerializer.class.getName(),
                    "value.serializer", CloudEventSerializer.class.getName()));
        }
        return producer;
    }

    static String topic(String bron) {
        return ConfigProvider.getConfig().getValue("trede.topics." + bron, String.class);
    }

    /** Publishes one event of {@code bron} about the klant; returns its id. */
    static UUID publiceer(String bron, String type, UUID klantId, OffsetDateTime tijd, Object data) {
        UUID id = UUID.randomUUID();
        try {
            producer().send(new ProducerRecord<>(topic(bron), klantId.toString(), EventEnvelope.build(id,
                    "urn:nld:oin:00000000000000000000:systeem:trede-" + bron, "nl.trede." + bron + "." + type,
                    klantId.toString(), tijd, null, JSON.writeValueAsString(data)))).get();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("publishing failed", e);
        }
        return id;
    }

    /** A werkitems-bijgewerkt snapshot of {@code bron} for the klant. */
    static UUID snapshot(String bron, UUID klantId, long volgnummer, Map<?, ?>... items) {
        Map<String, Object> data = new HashMap<>();
        data.put("bron", bron);
        data.put("klantId", klantId);
        data.put("volgnummer", volgnummer);
        data.put("werkitems", Arrays.asList(items));
        return publiceer(bron, "werkitems-bijgewerkt", klantId, TestDag.nuUtc(), data);
    }

    /** A work item as the contract defines it. */
    static Map<String, Object> item(String id, String soort, LocalDate vervaldatum, String rol, String team,
                                    String toegewezenAan) {
        Map<String, Object> item = new HashMap<>();
        item.put("id", id);
        item.put("soort", soort);
        item.put("omschrijving", "Werk van soort " + soort);
        item.put("zaakId", null);
        item.put("vervaldatum", vervaldatum.toString());
        item.put("grondslag", null);
        item.put("status", "open");
        item.put("rol", rol);
        item.put("team", team);
        item.put("toegewezenAan", toegewezenAan);
        item.put("klantgroep", "matchen");
        item.put("pad", "/api/casework/v1/taken/" + id);
        return item;
    }

    static Map<String, Object> met(Map<String, Object> item, String veld, Object waarde) {
        item.put(veld, waarde);
        return item;
    }

    /** Waits until the service's inbox has processed the event (applied or ignored). */
    static void verwerkt(UUID eventId) {
        eventually(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container()
                .instance(EntityManager.class).get().createNativeQuery("SELECT count(*) FROM inbox_event WHERE "
                        + "event_id = ?1").setParameter(1, eventId.toString()).getSingleResult()).intValue() == 1),
                "event " + eventId + " processed");
    }

    static void eventually(Supplier<Boolean> check, String what) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!check.get()) {
            assertTrue(Instant.now().isBefore(deadline), what + ": not reached within 30 s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String bearer(String role, String subject, String... teams) {
        return "Bearer " + TestTokens.token(role, subject, teams);
    }

    static RequestSpecification als(String role, String subject, String... teams) {
        return given().header("Authorization", bearer(role, subject, teams));
    }

    /** The ids of the werkitems the caller sees with these query parameters (one page of 100). */
    static List<String> ids(RequestSpecification als, Map<String, ?> query) {
        return als.queryParams(query).queryParam("pageSize", 100).get(WERKVOORRAAD + "/werkitems").then()
                .statusCode(200).extract().jsonPath().getList("werkitems.id");
    }

    static String nieuwTeam() {
        return "team-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
