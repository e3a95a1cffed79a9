package nl.trede.platform.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a service's {@code werkitems-bijgewerkt} snapshots (docs/contracts/werkitems.md) from its topic in a test:
 * waits for the snapshot of a klant that satisfies a condition, and finds its items.
 */
public final class WerkitemsProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TopicProbe probe;
    private final String type;

    public WerkitemsProbe(String topic, String bron) {
        this.probe = new TopicProbe(topic);
        this.type = "nl.trede." + bron + ".werkitems-bijgewerkt";
    }

    /** The {@code data} of the first snapshot of the klant that satisfies {@code match}, waiting up to the timeout. */
    public JsonNode await(UUID klantId, Predicate<JsonNode> match, Duration timeout) {
        return probe.await(r -> type.equals(TopicProbe.header(r, "ce_type")) && klantId.toString().equals(r.key())
                        && klantId.toString().equals(TopicProbe.header(r, "ce_subject")) && match.test(data(r)),
                timeout).map(WerkitemsProbe::data).orElseThrow(() -> new AssertionError("no " + type + " of klant "
                + klantId + " as expected within " + timeout + "; seen: " + snapshots(klantId)));
    }

    /** The klant's snapshots seen so far, in topic order. */
    public List<JsonNode> snapshots(UUID klantId) {
        List<JsonNode> list = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : probe.drain(Duration.ZERO)) {
            if (type.equals(TopicProbe.header(r, "ce_type")) && klantId.toString().equals(r.key())) {
                list.add(data(r));
            }
        }
        return list;
    }

    /** The item with this id in a snapshot's data. */
    public static Optional<JsonNode> item(JsonNode data, String id) {
        for (JsonNode item : data.path("werkitems")) {
            if (id.equals(item.path("id").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The first item of this soort in a snapshot's data. */
    public static Optional<JsonNode> soort(JsonNode data, String soort) {
        for (JsonNode item : data.path("werkitems")) {
            if (soort.equals(item.path("soort").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> r) {
        try {
            return JSON.readTree(r.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        probe.close();
    }
}
