package nl.trede.platform.testsupport;

import static org.hamcrest.Matchers.is;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the per-record access tests of the services that keep a klant's records outside casework share (README
 * "Tokens and roles"): the 404 that answers a klant the caller may not see, and casework's regie events sent through
 * the broker to the service's {@code zaak_toegang} projection.
 */
public final class KlantToegangChecks {

    private KlantToegangChecks() {
    }

    /** 404 problem+json, exactly as for a record that does not exist. */
    public static void nietGevonden(ValidatableResponse r) {
        r.statusCode(404).contentType("application/problem+json").body("status", is(404)).body("code", is("not-found"));
    }

    /** Sends casework's events, in this order, to {@code topic} with the klant as key (the service's broker). */
    public static void publiceer(String topic, UUID klant, CloudEvent... events) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), "key.serializer",
                StringSerializer.class.getName(), "value.serializer", CloudEventSerializer.class.getName()))) {
            for (CloudEvent event : events) {
                producer.send(new ProducerRecord<>(topic, klant.toString(), event)).get();
            }
        }
    }
}
