package nl.trede.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenTelemetry across the Kafka hop of the outbox and the inbox (the platform uses the plain Kafka client, which
 * OpenTelemetry does not instrument): the W3C {@code traceparent} of the span that wrote an event is kept with the
 * outbox row, sent as the CloudEvents distributed-tracing extension {@code traceparent} (and the Kafka header
 * {@code traceparent}), and parents the consumer's span (https://www.w3.org/TR/trace-context/,
 * https://github.com/cloudevents/spec/blob/main/cloudevents/extensions/distributed-tracing.md).
 */
public final class EventTracing {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapSetter<Map<String, String>> SETTER = (carrier, key, value) -> carrier.put(key, value);
    private static final TextMapGetter<String> TRACEPARENT_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private EventTracing() {
    }

    /** The W3C {@code traceparent} of the current span, or null when there is none. */
    public static String currentTraceparent() {
        return traceparent(Context.current());
    }

    static String traceparent(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, SETTER);
        return carrier.get(TRACEPARENT);
    }

    /** The context a {@code traceparent} names (the root context when it is absent or invalid). */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_GETTER);
    }

    /** A span for sending one event to {@code topic}, child of the span that wrote it. */
    public static Span publishSpan(Tracer tracer, String topic, String type, String eventId, String traceparent) {
        return span(tracer, topic + " publish", SpanKind.PRODUCER, topic, type, eventId, traceparent, "publish");
    }

    /** A span for handling one event from {@code topic}, child of the producer's span. */
    public static Span processSpan(Tracer tracer, String topic, String type, String eventId, String traceparent) {
        return span(tracer, topic + " process", SpanKind.CONSUMER, topic, type, eventId, traceparent, "process");
    }

    /** The {@code traceparent} to send for the producer span {@code span}. */
    public static String traceparentOf(Span span) {
        return traceparent(Context.root().with(span));
    }

    private static Span span(Tracer tracer, String name, SpanKind kind, String topic, String type, String eventId,
                             String traceparent, String operation) {
        return tracer.spanBuilder(name)
                .setSpanKind(kind)
                .setParent(parent(traceparent))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.name", operation)
                .setAttribute("messaging.message.id", eventId)
                .setAttribute("cloudevents.event_type", type)
                .startSpan();
    }
}
