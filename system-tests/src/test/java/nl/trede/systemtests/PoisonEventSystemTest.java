package nl.trede.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.trede.platform.testsupport.TestDag;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * the robustness requirements, fault test 4: poison events written straight onto intake's topic, on every partition,
 * ahead of a real melding-doorgezet: one that is not JSON, one of a foreign type, one of the right type with invalid
 * data, one naming a melding that does not exist. Each goes to {@code trede.intake.v1.dlq} with its reason in the
 * headers (and the casework dead-letter counter), and the real event behind them still becomes a zaak: no partition is
 * blocked (README.md#events (delivery)).
 */
@ExtendWith(Stack.class)
@Order(Integer.MAX_VALUE - 7)
class PoisonEventSystemTest {

    private static final String TOPIC = "trede.intake.v1";

    private static ProducerRecord<byte[], byte[]> binaryCloudEvent(TopicPartition tp, String key, String type,
                                                                   String subject, String data) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(tp.topic(), tp.partition(), utf8(key), utf8(data));
        r.headers().add("ce_specversion", utf8("1.0")).add("ce_id", utf8(UUID.randomUUID().toString()))
                .add("ce_source", utf8("urn:nld:oin:00000001234567890000:systeem:fault-test"))
                .add("ce_type", utf8(type)).add("ce_subject", utf8(subject))
                .add("ce_time", utf8(TestDag.nu().toString())).add("content-type", utf8("application/json"));
        return r;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void poisonEventsGoToTheDlqAndDoNotBlockThePartition() throws Exception {
        // The topic exists and casework consumes it.
        Flows.Doorgezet warm = Flows.doorgezetMelding(Stack.GATEWAY);
        GedragingToMaatregelSystemTest.await(() -> Db.zaken(List.of(warm.meldingId())),
                n -> n == 1, "the warm-up zaak", Duration.ofSeconds(60));
        double deadBefore = Flows.metric(Stack.serviceUrl(2), "trede_consumer_dead_lettered_total");

        String run = "poison-" + UUID.randomUUID();
        List<TopicPartition> partitions;
        try (Admin admin = Broker.admin()) {
            partitions = Broker.partitions(admin, TOPIC);
        }
        int sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = Broker.producer()) {
            for (TopicPartition tp : partitions) {
                String key = run + "-p" + tp.partition();
                ProducerRecord<byte[], byte[]> notJson = new ProducerRecord<>(TOPIC, tp.partition(), utf8(key + "-json"),
                        utf8("{\"specversion\":\"1.0\",\"id\":"));
                notJson.headers().add("content-type", utf8("application/cloudevents+json"));
                Broker.send(producer, notJson);
                Broker.send(producer, binaryCloudEvent(tp, key + "-type", "org.example.onbekend-type",
                        UUID.randomUUID().toString(), "{}"));
                Broker.send(producer, binaryCloudEvent(tp, key + "-data", KafkaOutageUnderLoadSystemTest.DOORGEZET,
                        UUID.randomUUID().toString(), "{\"meldingId\":\"geen-uuid\",\"meldingType\":7}"));
                Broker.send(producer, binaryCloudEvent(tp, key + "-404", KafkaOutageUnderLoadSystemTest.DOORGEZET,
                        UUID.randomUUID().toString(), "{\"meldingId\":\"" + UUID.randomUUID()
                                + "\",\"meldingType\":\"aanvraag-levensonderhoud\"}"));
                sent += 4;
            }
        }

        // A real melding behind the poison, whichever partition its klant lands on.
        Instant start = Instant.now();
        Flows.Doorgezet real = Flows.doorgezetMelding(Stack.GATEWAY);
        GedragingToMaatregelSystemTest.await(() -> Db.zaken(List.of(real.meldingId())),
                n -> n == 1, "the zaak of the melding behind the poison events", Duration.ofSeconds(60));
        long zaakMs = Duration.between(start, Instant.now()).toMillis();

        double deadLettered = GedragingToMaatregelSystemTest.await(
                () -> Flows.metric(Stack.serviceUrl(2), "trede_consumer_dead_lettered_total") - deadBefore,
                n -> n >= partitions.size() * 4, "casework's dead-letter counter", Duration.ofSeconds(60));
        List<ConsumerRecord<byte[], byte[]>> dlq = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : Broker.readAll(TOPIC + ".dlq", Duration.ofSeconds(2))) {
            if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith(run)) {
                dlq.add(r);
            }
        }
        // Two groups read intake's topic: casework (all four are poison to it) and ladder (which dead-letters what
        // it cannot read or does not know, and handles melding-doorgezet its own way).
        Map<String, Integer> perGroup = new TreeMap<>();
        Map<String, String> caseworkReasons = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : dlq) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            String group = header(r, "trede-dlq-group");
            perGroup.merge(group, 1, Integer::sum);
            assertEquals(TOPIC, header(r, "trede-dlq-topic"));
            String reason = header(r, "trede-dlq-reason");
            assertTrue(reason != null && !reason.isBlank(), "a reason on " + key);
            if ("trede-casework".equals(group)) {
                caseworkReasons.put(key.substring(key.lastIndexOf('-') + 1) + " p" + header(r, "trede-dlq-partition"),
                        reason);
            }
        }
        System.out.printf("[fault] poison events: sent %d on %d partitions; in %s.dlq per consumer group %s; casework's "
                        + "dead-letter counter +%.0f; the real melding behind them became a zaak in %d ms; casework's "
                        + "reasons %s%n", sent, partitions.size(), TOPIC, perGroup, deadLettered, zaakMs,
                caseworkReasons);
        assertEquals(sent, perGroup.getOrDefault("trede-casework", 0), "every poison event in the DLQ once (casework)");
        assertEquals(sent, (long) deadLettered);
        assertTrue(perGroup.getOrDefault("trede-ladder", 0) >= partitions.size() * 2,
                "ladder dead-letters the unreadable and the foreign event on every partition");
    }
}
