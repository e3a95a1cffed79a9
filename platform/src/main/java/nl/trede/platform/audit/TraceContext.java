package nl.trede.platform.audit;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/) for one request: the trace id (32 lowercase hex) and,
 * when the caller sent a valid {@code traceparent}, the caller's span id (16 hex) as parent. Pure: no I/O.
 */
public record TraceContext(String traceId, String parentSpanId) {

    public static final String TRACEPARENT = "traceparent";

    /** version "-" trace-id "-" parent-id "-" trace-flags; version ff is invalid. */
    private static final Pattern TRACEPARENT_PATTERN =
            Pattern.compile("^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The caller's trace if {@code traceparent} is valid, otherwise a new trace without a parent. */
    public static TraceContext from(String traceparent) {
        if (traceparent != null) {
            var matcher = TRACEPARENT_PATTERN.matcher(traceparent.strip().toLowerCase(Locale.ROOT));
            if (matcher.matches()) {
                String version = matcher.group(1);
                String traceId = matcher.group(2);
                String parent = matcher.group(3);
                boolean futureSuffixOk = !"00".equals(version) || matcher.group(5) == null;
                if (!"ff".equals(version) && futureSuffixOk && !ZERO_TRACE.equals(traceId) && !ZERO_SPAN.equals(parent)) {
                    return new TraceContext(traceId, parent);
                }
            }
        }
        return new TraceContext(newTraceId(), null);
    }

    public static String newTraceId() {
        String id;
        do {
            id = hex(16);
        } while (ZERO_TRACE.equals(id));
        return id;
    }

    public static String newSpanId() {
        String id;
        do {
            id = hex(8);
        } while (ZERO_SPAN.equals(id));
        return id;
    }

    /** A {@code traceparent} for an outgoing call in this trace, with {@code spanId} as the caller's span. */
    public String traceparent(String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
