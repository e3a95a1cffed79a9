package nl.trede.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aValidTraceparentIsContinued() {
        TraceContext trace = TraceContext.from("00-" + TRACE + "-00f067aa0ba902b7-01", "a=1");
        assertEquals(TRACE, trace.traceId());
        assertEquals("01", trace.flags());
        assertEquals("a=1", trace.tracestate());
        String child = trace.childTraceparent();
        assertTrue(child.matches("00-" + TRACE + "-[0-9a-f]{16}-01"), child);
        assertNotEquals("00f067aa0ba902b7", child.substring(36, 52));
        assertNotEquals(child, trace.childTraceparent(), "a new parent id per hop");
    }

    @Test
    void aHigherVersionMayCarryMoreFields() {
        assertEquals(TRACE, TraceContext.from("01-" + TRACE + "-00f067aa0ba902b7-01-more", null).traceId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "00-" + TRACE + "-00f067aa0ba902b7-01-extra",
        "ff-" + TRACE + "-00f067aa0ba902b7-01", "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-" + TRACE + "-0000000000000000-01", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-" + TRACE + "-00f067aa0ba902b7"})
    void anInvalidTraceparentStartsANewTraceWithoutTracestate(String given) {
        TraceContext trace = TraceContext.from(given, "a=1");
        assertTrue(trace.traceId().matches("[0-9a-f]{32}"));
        assertNotEquals(TRACE, trace.traceId());
        assertNotEquals("0".repeat(32), trace.traceId());
        assertEquals("00", trace.flags());
        assertNull(trace.tracestate());
    }

    @Test
    void noTraceparentStartsANewTrace() {
        TraceContext one = TraceContext.from(null, null);
        TraceContext two = TraceContext.from(null, null);
        assertNotEquals(one.traceId(), two.traceId());
        assertTrue(one.childTraceparent().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00"));
    }
}
