package nl.trede.gateway.proxy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/) as the gateway needs it: a caller's valid
 * {@code traceparent} is continued (same trace id and flags, a new parent id for the hop to the service), an absent
 * or invalid one starts a new trace. {@code tracestate} is passed on only with a valid {@code traceparent}.
 */
public record TraceContext(String traceId, String flags, String tracestate) {

    /** version-traceid-parentid-flags; a higher version may append fields after another '-'. */
    private static final Pattern TRACEPARENT =
            Pattern.compile("^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);
    /** The longest tracestate passed on (the spec allows 32 members; longer headers are dropped, not cut). */
    private static final int MAX_TRACESTATE = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The caller's trace, or a new one (not sampled) when {@code traceparent} is absent or invalid. */
    public static TraceContext from(String traceparent, String tracestate) {
        if (traceparent != null) {
            Matcher m = TRACEPARENT.matcher(traceparent.trim());
            if (m.matches()) {
                String version = m.group(1);
                boolean valid = !version.equals("ff") && !m.group(2).equals(ZERO_TRACE)
                        && !m.group(3).equals(ZERO_PARENT) && (m.group(5) == null || !version.equals("00"));
                if (valid) {
                    String state = tracestate == null || tracestate.isBlank() || tracestate.length() > MAX_TRACESTATE
                            ? null : tracestate.trim();
                    return new TraceContext(m.group(2), m.group(4), state);
                }
            }
        }
        return new TraceContext(randomHex(16, ZERO_TRACE), "00", null);
    }

    /** The {@code traceparent} for the next hop: this trace, a new parent (span) id, the same flags. */
    public String childTraceparent() {
        return "00-" + traceId + "-" + randomHex(8, ZERO_PARENT) + "-" + flags;
    }

    private static String randomHex(int bytes, String zero) {
        byte[] buffer = new byte[bytes];
        String hex;
        do {
            RANDOM.nextBytes(buffer);
            hex = HexFormat.of().formatHex(buffer).toLowerCase(Locale.ROOT);
        } while (hex.equals(zero));
        return hex;
    }
}
