package nl.trede.enforcement.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import nl.trede.enforcement.domain.Catalogus;
import nl.trede.enforcement.domain.EnforcementEvents;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The contract with casework: enforcement publishes the catalogue of gedragingscategorieen that judges casework's
 * reports (README "Events"), and the shipped Deventer catalogue is exactly the example in
 * {@code docs/contracts/enforcement-gedragingscategorieen-gewijzigd.json} that casework's tests load — so the codes
 * casework accepts are the codes enforcement judges (a report casework accepted was refused by enforcement before:
 * casework's own example, {@code niet-verschenen}, is no code of enforcement).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class CatalogusContractTest {

    @Inject
    Catalogus catalogus;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "trede.topics.enforcement")
    String topic;

    @ConfigProperty(name = "trede.enforcement.regelset")
    String regelset;

    @Test
    void theShippedCatalogueIsTheContractExample() throws Exception {
        JsonNode voorbeeld = mapper.readTree(Contract.voorbeeld("enforcement-gedragingscategorieen-gewijzigd.json"));
        assertEquals(EnforcementEvents.GEDRAGINGSCATEGORIEEN_GEWIJZIGD, voorbeeld.get("type").asText());
        assertEquals(Catalogus.onderwerp(regelset).toString(), voorbeeld.get("subject").asText());
        JsonNode data = mapper.valueToTree(catalogus.catalogus(regelset));
        // for updating the example when the shipped catalogue changes on purpose
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "gedragingscategorieen-actueel.json"),
                data.toPrettyString());
        assertEquals(voorbeeld.at("/data/regelset"), data.get("regelset"));
        // the shipped version (loaded versions may follow it in the test database)
        JsonNode verwacht = voorbeeld.at("/data/versies/0");
        JsonNode werkelijk = data.at("/versies/0");
        assertEquals(verwacht.get("geldigVanaf"), werkelijk.get("geldigVanaf"));
        assertEquals(verwacht.get("categorieen"), werkelijk.get("categorieen"), werkelijk.toPrettyString());
        List<String> codes = werkelijk.findValuesAsText("code");
        assertTrue(codes.contains("no-show") && !codes.contains("niet-verschenen"), codes.toString());
    }

    /**
     * Published once: at start when the current catalogue was never published (nothing lost when casework is down:
     * the outbox delivers it later), and not again while it does not change.
     */
    @Test
    void publishedOnceWhenNeverPublishedThenNotAgain() throws Exception {
        assertFalse(catalogus.publiceer(regelset), "published at start already");
        assertFalse(catalogus.publiceer("pw-art-18-lid-4"), "only the regelset that judges casework's reports");
        try (TopicProbe probe = new TopicProbe(topic)) {
            // the start published the catalogue of the fresh test database: seen once the probe is assigned
            assertTrue(probe.await(TopicProbe.ofType(EnforcementEvents.GEDRAGINGSCATEGORIEEN_GEWIJZIGD),
                    Duration.ofSeconds(30)).isPresent());
            long voor = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(TopicProbe.ofType(EnforcementEvents.GEDRAGINGSCATEGORIEEN_GEWIJZIGD)).count();
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM catalogus_publicatie")
                    .executeUpdate());
            assertTrue(catalogus.publiceer(regelset));
            assertFalse(catalogus.publiceer(regelset));
            List<ConsumerRecord<String, byte[]>> events = probe.drain(Duration.ofSeconds(3)).stream()
                    .filter(TopicProbe.ofType(EnforcementEvents.GEDRAGINGSCATEGORIEEN_GEWIJZIGD)).toList();
            assertEquals(voor + 1, events.size());
            ConsumerRecord<String, byte[]> laatste = events.get(events.size() - 1);
            assertEquals(Catalogus.onderwerp(regelset).toString(), laatste.key());
            JsonNode data = mapper.readTree(laatste.value());
            JsonNode payload = data.has("data") ? data.get("data") : data;
            assertEquals(regelset, payload.get("regelset").asText());
            assertTrue(payload.at("/versies/0/categorieen").size() > 10, payload.toString());
        }
    }
}
