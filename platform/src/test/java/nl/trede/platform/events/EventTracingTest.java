package nl.trede.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The trace of a change crosses Kafka: W3C traceparent (https://www.w3.org/TR/trace-context/) as the CloudEvents
 * distributed-tracing extension
 * (https://github.com/cloudevents/spec/blob/main/cloudevents/extensions/distributed-tracing.md).
 */
class EventTracingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String WRITER = "00-" + TRACE + "-00f067aa0ba902b7-01";

    private final Tracer tracer = SdkTracerProvider.builder().build().get("test");

    @Test
    void producerAndConsumerSpansContinueTheWritersTrace() {
        Span publish = EventTracing.publishSpan(tracer, "trede.intake.v1", "nl.trede.intake.melding-doorgezet",
                UUID.randomUUID().toString(), WRITER);
        String sent = EventTracing.traceparentOf(publish);
        assertTrue(sent.startsWith("00-" + TRACE + "-"), sent);
        assertNotEquals(WRITER, sent, "the producer span is a new span in the same trace");

        Span process = EventTracing.processSpan(tracer, "trede.intake.v1", "nl.trede.intake.melding-doorgezet",
                UUID.randomUUID().toString(), sent);
        SpanContext consumer = process.getSpanContext();
        assertEquals(TRACE, consumer.getTraceId());
        try (Scope scope = process.makeCurrent()) {
            assertTrue(EventTracing.currentTraceparent().startsWith("00-" + TRACE + "-" + consumer.getSpanId()));
        }
        process.end();
        publish.end();
    }

    @Test
    void withoutATraceparentTheConsumerStartsANewTrace() {
        Span process = EventTracing.processSpan(tracer, "t", "x", "1", null);
        assertTrue(process.getSpanContext().isValid());
        assertNotEquals(TRACE, process.getSpanContext().getTraceId());
        Span garbage = EventTracing.processSpan(tracer, "t", "x", "1", "garbage");
        assertNotEquals(TRACE, garbage.getSpanContext().getTraceId());
        assertNull(EventTracing.currentTraceparent(), "no span outside any scope");
    }

    @Test
    void theEnvelopeCarriesTheTraceparentOnlyWhenKnown() {
        CloudEvent with = EventEnvelope.build(UUID.randomUUID(), "urn:nld:oin:1:systeem:x", "nl.trede.x.y", "s",
                OffsetDateTime.now(), null, "{}", WRITER);
        assertEquals(WRITER, with.getExtension("traceparent"));
        CloudEvent without = EventEnvelope.build(UUID.randomUUID(), "urn:nld:oin:1:systeem:x", "nl.trede.x.y", "s",
                OffsetDateTime.now(), null, "{}");
        assertFalse(without.getExtensionNames().contains("traceparent"));
    }
}
