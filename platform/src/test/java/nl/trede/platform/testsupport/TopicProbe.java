package nl.trede.platform.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a topic from the beginning in a test and waits (with a deadline, no fixed sleeps) for a record. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicProbe(String topic) {
        this(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), topic);
    }

    public TopicProbe(String bootstrap, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap,
                "group.id", "test-probe-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", false,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
    }

    /** The first record matching, polling until the timeout; empty if none arrived. */
    public Optional<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> match,
                                                          Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            Optional<ConsumerRecord<String, byte[]>> found = seen.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        } while (Instant.now().isBefore(deadline));
        return seen.stream().filter(match).findFirst();
    }

    /** All records seen so far (after at least one poll for the given time). */
    public List<ConsumerRecord<String, byte[]>> drain(Duration duration) {
        Instant deadline = Instant.now().plus(duration);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, byte[]>> ofType(String type) {
        return r -> type.equals(header(r, "ce_type"));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
