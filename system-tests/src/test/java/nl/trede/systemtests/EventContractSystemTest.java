package nl.trede.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every event the services published during this system-test run matches the AsyncAPI document
 * (docs/asyncapi/asyncapi.json, the one the gateway serves as {@code /api/asyncapi.json}): its CloudEvents attributes
 * (Kafka binary mode: the {@code ce_*} headers, NL GOV profile) against the message's {@code headers} schema and its
 * {@code data} against the message's {@code payload} JSON Schema. Runs after the other scenarios (but before
 * {@link BsnLeakSystemTest}) so that it sees their events; prints which types it saw and how many of each.
 * Records that other tests put on the topics themselves (e.g. {@link PoisonEventSystemTest}, another
 * {@code ce_source}) are not the services' events and are counted apart.
 */
@ExtendWith(Stack.class)
@Order(Integer.MAX_VALUE - 1)
class EventContractSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BRONNEN = List.of("intake", "casework", "enforcement", "ladder");

    @Test
    void everyPublishedEventValidatesAgainstTheAsyncApiDocument() throws IOException {
        JsonNode document = JSON.readTree(Path.of(System.getProperty("trede.root", ".."))
                .resolve("docs/asyncapi/asyncapi.json").toFile());
        JsonNode served = JSON.readTree(RestAssured.given().baseUri(Stack.GATEWAY)
                .get("/api/asyncapi.json").then().statusCode(200).extract().asByteArray());
        assertEquals(document, served, "the gateway serves the document in docs/asyncapi");

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        Map<String, JsonSchema> headerSchemas = new HashMap<>();
        Map<String, JsonSchema> payloadSchemas = new HashMap<>();
        document.path("components").path("messages").forEach(message -> {
            headerSchemas.put(message.path("name").asText(), factory.getSchema(message.path("headers"), config));
            payloadSchemas.put(message.path("name").asText(), factory.getSchema(message.path("payload"), config));
        });

        Map<String, Integer> seen = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int foreign = 0;
        for (String bron : BRONNEN) {
            String topic = "trede." + bron + ".v1";
            for (ConsumerRecord<byte[], byte[]> record : Broker.readAll(topic, Duration.ofSeconds(3))) {
                ObjectNode headers = headers(record);
                if (!headers.path("ce_source").asText().endsWith(":systeem:trede-" + bron)) {
                    foreign++;
                    continue;
                }
                String type = headers.path("ce_type").asText();
                seen.merge(type, 1, Integer::sum);
                if (!headerSchemas.containsKey(type)) {
                    failures.add(topic + ": " + type + " has no message in the AsyncAPI document");
                    continue;
                }
                Set<ValidationMessage> errors = new TreeSet<>(Comparator.comparing(ValidationMessage::toString));
                errors.addAll(headerSchemas.get(type).validate(headers));
                JsonNode data = JSON.readTree(record.value());
                errors.addAll(payloadSchemas.get(type).validate(data));
                if (!errors.isEmpty()) {
                    failures.add(topic + "@" + record.partition() + ":" + record.offset() + " " + type + ": " + errors);
                }
            }
        }
        Set<String> unseen = new TreeSet<>(headerSchemas.keySet());
        unseen.removeAll(seen.keySet());
        System.out.printf("[system-test] AsyncAPI check: %d events of %d types validated (%d of the document's %d "
                + "types), %d records of other sources skipped, %d failures%n",
                seen.values().stream().mapToInt(Integer::intValue).sum(), seen.size(), seen.size(),
                headerSchemas.size(), foreign, failures.size());
        seen.forEach((type, n) -> System.out.printf("[system-test]   seen %4d x %s%n", n, type));
        System.out.println("[system-test]   not published in this run: " + unseen);
        failures.stream().limit(50).forEach(f -> System.out.println("[system-test]   FAIL " + f));
        assertTrue(seen.keySet().containsAll(Set.of("nl.trede.intake.melding-geregistreerd",
                "nl.trede.intake.melding-doorgezet", "nl.trede.casework.zaak-aangemaakt")),
                "the run published the walking skeleton's events: " + seen.keySet());
        assertEquals(List.of(), failures, "events that do not match the AsyncAPI document");
    }

    /** The record's headers as a JSON object (name → UTF-8 value; a repeated header keeps its last value). */
    private static ObjectNode headers(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode headers = JSON.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(),
                    header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
