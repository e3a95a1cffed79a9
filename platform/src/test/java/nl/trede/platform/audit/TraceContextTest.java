package nl.trede.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00f067aa0ba902b7";

    @Test
    void validTraceparentKeepsTheTraceAndTheCallersSpan() {
        TraceContext trace = TraceContext.from("00-" + TRACE + "-" + PARENT + "-01");
        assertEquals(TRACE, trace.traceId());
        assertEquals(PARENT, trace.parentSpanId());
    }

    @Test
    void upperCaseAndAFutureVersionWithExtraFieldsAreAccepted() {
        assertEquals(TRACE, TraceContext.from("00-" + TRACE.toUpperCase() + "-" + PARENT + "-00").traceId());
        assertEquals(TRACE, TraceContext.from("01-" + TRACE + "-" + PARENT + "-01-future").traceId());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "garbage", "00-" + TRACE + "-" + PARENT, "ff-" + TRACE + "-" + PARENT + "-01",
        "00-00000000000000000000000000000000-" + PARENT + "-01", "00-" + TRACE + "-0000000000000000-01",
        "00-" + TRACE + "-" + PARENT + "-01-extra", "00-" + TRACE + "x-" + PARENT + "-01"})
    void invalidOrAbsentTraceparentStartsANewTrace(String header) {
        TraceContext trace = TraceContext.from(header);
        assertTrue(trace.traceId().matches("[0-9a-f]{32}"), trace.traceId());
        assertNotEquals(TRACE, trace.traceId());
        assertNull(trace.parentSpanId());
    }

    @Test
    void newIdsAreRandomHexOfTheRightLength() {
        assertTrue(TraceContext.newSpanId().matches("[0-9a-f]{16}"));
        assertNotEquals(TraceContext.newTraceId(), TraceContext.newTraceId());
    }

    @Test
    void outgoingTraceparentKeepsTheTrace() {
        TraceContext trace = TraceContext.from("00-" + TRACE + "-" + PARENT + "-01");
        String span = TraceContext.newSpanId();
        String outgoing = trace.traceparent(span);
        assertEquals("00-" + TRACE + "-" + span + "-01", outgoing);
        assertEquals(span, TraceContext.from(outgoing).parentSpanId());
    }
}
