package nl.trede.platform.audit;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The W3C trace (https://www.w3.org/TR/trace-context/) an audit record belongs to: the trace id (32 lowercase hex)
 * and the id of the span it was made in (16 hex), both from OpenTelemetry's current span. The trace itself is
 * started and propagated by OpenTelemetry (HTTP, JDBC, and the outbox/inbox Kafka hops); this class only reads it.
 */
public record TraceContext(String traceId, String parentSpanId) {

    public static final String TRACEPARENT = "traceparent";

    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The current span's trace, or (outside any span, e.g. OpenTelemetry disabled) a new trace without a parent. */
    public static TraceContext current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return new TraceContext(span.getTraceId(), span.getSpanId());
        }
        return new TraceContext(hex(16), null);
    }

    /** A span id of its own for a record inside the current span. */
    public static String newSpanId() {
        String id;
        do {
            id = hex(8);
        } while (ZERO_SPAN.equals(id));
        return id;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
