package nl.trede.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.testsupport.TestDag;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** NL GOV CloudEvents profile attributes (sources L2.2, L2.5) in Kafka binary mode (L2.3). */
class EventEnvelopeTest {

    @Test
    void buildsTheNlGovAttributesAndTravelsAsCeHeaders() {
        UUID id = UUID.randomUUID();
        UUID klantId = UUID.randomUUID();
        OffsetDateTime time = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);
        String source = EventEnvelope.source("00000001234567890000", "trede-intake");
        CloudEvent event = EventEnvelope.build(id, source, "nl.trede.intake.melding-doorgezet", klantId.toString(),
                time, "http://localhost:8080/api/intake/v1/meldingen/1", "{\"meldingId\":\"1\"}");

        assertEquals("urn:nld:oin:00000001234567890000:systeem:trede-intake", event.getSource().toString());

        RecordHeaders headers = new RecordHeaders();
        try (CloudEventSerializer serializer = new CloudEventSerializer();
             CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            serializer.configure(Map.of(), false);
            byte[] value = serializer.serialize("trede.intake.v1", headers, event);
            assertEquals("{\"meldingId\":\"1\"}", new String(value, StandardCharsets.UTF_8));
            assertEquals("1.0", header(headers, "ce_specversion"));
            assertEquals(id.toString(), header(headers, "ce_id"));
            assertEquals("nl.trede.intake.melding-doorgezet", header(headers, "ce_type"));
            assertEquals(klantId.toString(), header(headers, "ce_subject"));
            assertEquals("http://localhost:8080/api/intake/v1/meldingen/1", header(headers, "ce_dataref"));
            assertEquals("application/json", header(headers, "content-type"));

            CloudEvent back = deserializer.deserialize("trede.intake.v1", headers, value);
            assertEquals(event.getId(), back.getId());
            assertEquals(time.toInstant(), back.getTime().toInstant());
            assertEquals("http://localhost:8080/api/intake/v1/meldingen/1", back.getExtension("dataref").toString());
        }
    }

    @Test
    void subjectIsOptional() {
        CloudEvent event = EventEnvelope.build(UUID.randomUUID(), "urn:nld:oin:0:systeem:x", "nl.trede.x.y", null,
                TestDag.nuUtc(), null, "{}");
        assertNull(event.getSubject());
    }

    private static String header(RecordHeaders headers, String name) {
        return headers.lastHeader(name) == null ? null
                : new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
