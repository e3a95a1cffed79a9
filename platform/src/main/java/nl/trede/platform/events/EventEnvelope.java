package nl.trede.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Builds the CloudEvents 1.0 envelope with the NL GOV profile attributes (sources L2.2, L2.5):
 * {@code id} a UUID, {@code source} an {@code urn:nld:oin:…:systeem:…} URN, reverse-DNS {@code type},
 * {@code subject} the pseudonymous klantId (never a BSN), {@code time} the moment the event was logged,
 * {@code dataref} the API URL of the resource ("informatiearm notificeren"), {@code datacontenttype} JSON, and
 * {@code traceparent} (CloudEvents distributed-tracing extension) the W3C trace of the change, when known.
 */
public final class EventEnvelope {

    public static final String DATACONTENTTYPE = "application/json";

    private EventEnvelope() {
    }

    public static String source(String oin, String system) {
        return "urn:nld:oin:" + oin + ":systeem:" + system;
    }

    public static CloudEvent build(UUID id, String source, String type, String subject, OffsetDateTime time,
                                   String dataref, String jsonData) {
        return build(id, source, type, subject, time, dataref, jsonData, null);
    }

    public static CloudEvent build(UUID id, String source, String type, String subject, OffsetDateTime time,
                                   String dataref, String jsonData, String traceparent) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(URI.create(source))
                .withType(type)
                .withTime(time)
                .withDataContentType(DATACONTENTTYPE)
                .withData(jsonData.getBytes(StandardCharsets.UTF_8));
        if (subject != null) {
            builder.withSubject(subject);
        }
        if (dataref != null) {
            builder.withExtension("dataref", URI.create(dataref));
        }
        if (traceparent != null) {
            builder.withExtension(EventTracing.TRACEPARENT, traceparent);
        }
        return builder.build();
    }
}
