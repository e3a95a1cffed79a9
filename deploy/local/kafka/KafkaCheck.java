import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Round trip used by {@code deploy/local/kafka.sh check}: describe the cluster, create the topic if
 * needed, produce one record, read it back through a consumer group. Run with the broker's jars:
 * {@code java -cp 'deploy/local/.work/kafka-libs-<v>/*' deploy/local/kafka/KafkaCheck.java host:port}.
 * Exit code 0 on success, 1 otherwise.
 */
public class KafkaCheck {
    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String topic = args.length > 1 ? args[1] : "trede.local.check";
        String value = UUID.randomUUID().toString();
        long start = System.nanoTime();

        Properties common = new Properties();
        common.put("bootstrap.servers", bootstrap);
        common.put("request.timeout.ms", "10000");
        common.put("default.api.timeout.ms", "20000");

        try (Admin admin = Admin.create(common)) {
            var nodes = admin.describeCluster().nodes().get();
            System.out.println("cluster nodes: " + nodes);
            try {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }

        Properties p = (Properties) common.clone();
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("acks", "all");
        p.put("max.block.ms", "20000");
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            sent = producer.send(new ProducerRecord<>(topic, "check", value)).get();
        }
        System.out.println("produced to " + sent.topic() + "-" + sent.partition() + "@" + sent.offset());

        Properties c = (Properties) common.clone();
        c.put("key.deserializer", StringDeserializer.class.getName());
        c.put("value.deserializer", StringDeserializer.class.getName());
        c.put("group.id", "trede-local-check-" + value);
        c.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (value.equals(r.value())) {
                        consumer.commitSync();
                        System.out.printf("consumed it back via group %s in %d ms%n",
                                c.get("group.id"), (System.nanoTime() - start) / 1_000_000);
                        return;
                    }
                }
            }
        }
        System.err.println("record not consumed within 30 s");
        System.exit(1);
    }
}
