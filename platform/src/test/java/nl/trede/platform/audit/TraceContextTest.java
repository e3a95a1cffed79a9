package nl.trede.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

/** The audit record's trace is OpenTelemetry's current span (W3C Trace Context, https://www.w3.org/TR/trace-context/). */
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void insideASpanTheRecordBelongsToItsTraceWithTheSpanAsParent() {
        Span span = Span.wrap(SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault()));
        try (Scope scope = span.makeCurrent()) {
            TraceContext trace = TraceContext.current();
            assertEquals(TRACE, trace.traceId());
            assertEquals(SPAN, trace.parentSpanId());
        }
    }

    @Test
    void outsideAnySpanANewTraceWithoutParent() {
        TraceContext one = TraceContext.current();
        TraceContext two = TraceContext.current();
        assertTrue(one.traceId().matches("[0-9a-f]{32}"), one.traceId());
        assertNotEquals(one.traceId(), two.traceId());
        assertNull(one.parentSpanId());
    }

    @Test
    void newSpanIdsAreRandomHexOfTheRightLength() {
        assertTrue(TraceContext.newSpanId().matches("[0-9a-f]{16}"));
        assertNotEquals(TraceContext.newSpanId(), TraceContext.newSpanId());
    }
}
