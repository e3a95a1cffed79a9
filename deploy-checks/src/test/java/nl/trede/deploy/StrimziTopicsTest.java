package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional Strimzi KafkaTopics are exactly the topics the services use, plus their dead-letter topics. */
class StrimziTopicsTest {

    /** trede.topics.* of every service (prod values) and, for each, topic + trede.consumer.dlq-suffix. */
    static Set<String> topicsOfTheServices() {
        Set<String> topics = new TreeSet<>();
        String dlqSuffix = null;
        for (ConfigCatalog c : Catalogs.all().values()) {
            c.properties().values().stream()
                    .filter(p -> p.name().startsWith("trede.topics.") && !p.optional())
                    .forEach(p -> topics.add(p.prodValue()));
            ConfigCatalog.Property dlq = c.properties().get("trede.consumer.dlq-suffix");
            if (dlq != null) {
                dlqSuffix = dlq.prodValue();
            }
        }
        Set<String> all = new TreeSet<>(topics);
        for (String t : topics) {
            all.add(t + dlqSuffix);
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strimzi/topics", "strimzi/topics-dev"})
    void topicsMatchTheServicesAndAreDurable(String dir) {
        List<JsonNode> topics = OverlaysTest.render(dir);
        Set<String> names = new TreeSet<>();
        boolean dev = dir.endsWith("-dev");
        List<JsonNode> prod = OverlaysTest.render("overlays/prod");
        for (JsonNode t : topics) {
            assertEquals("KafkaTopic", t.path("kind").asText());
            String name = t.path("spec").path("topicName").asText();
            names.add(name);
            JsonNode spec = t.path("spec");
            int replicas = spec.path("replicas").asInt();
            int minIsr = spec.path("config").path("min.insync.replicas").asInt();
            assertTrue(spec.path("partitions").asInt() >= 1, name);
            assertTrue(spec.path("config").path("retention.ms").asLong() > 0, name + " retention.ms");
            assertTrue(minIsr >= 1, name + " min.insync.replicas");
            if (dev) {
                assertEquals(1, replicas, name);
            } else {
                assertTrue(replicas >= minIsr + 1 && minIsr >= 2, name + ": survive one broker with acks=all");
            }
            String cluster = t.path("metadata").path("labels").path("strimzi.io/cluster").asText();
            assertTrue(!cluster.isEmpty(), name + " strimzi.io/cluster");
            for (JsonNode o : prod) {
                if (o.path("kind").asText().equals("ConfigMap") && o.path("data").has("KAFKA_BOOTSTRAP_SERVERS")) {
                    assertTrue(o.path("data").path("KAFKA_BOOTSTRAP_SERVERS").asText().startsWith(cluster + "-kafka-bootstrap"),
                            "the services use the bootstrap Service of the cluster that owns the topics");
                }
            }
        }
        assertEquals(topicsOfTheServices(), names);
        assertEquals(8, names.size(), "four topics and their DLQs");
    }
}
