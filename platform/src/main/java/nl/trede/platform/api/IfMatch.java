package nl.trede.platform.api;

import java.util.List;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: the ETag of a resource is its {@code @Version}; a change sent with
 * {@code If-Match} applies only to that version (412 when stale). With {@link #version}: absent or {@code *} means no
 * check; with {@link #vereist} a change must name its version (428 Precondition Required without one). A weak ETag
 * ({@code W/"3"}) never satisfies If-Match (RFC 9110 §13.1.1 uses the strong comparison): 412.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    /** What {@link #version} returns for a weak ETag: no version is ever equal to it. */
    public static final long WEAK = -1L;

    private IfMatch() {
    }

    /**
     * The version an If-Match header names, or null when there is none (or {@code *}); {@link #WEAK} for a weak ETag
     * (then {@link #vereis} answers 412). 400 when malformed.
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        boolean weak = value.startsWith("W/");
        if (weak) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        long version;
        try {
            version = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(HEADER, "must be an ETag returned by this API");
        }
        if (version < 0) {
            throw ProblemException.invalid(HEADER, "must be an ETag returned by this API");
        }
        return weak ? WEAK : version;
    }

    /**
     * The version a required If-Match header names: 428 Precondition Required (RFC 6585 §3) when it is absent or
     * {@code *} (a state change must name the version it was decided on), 400 when malformed.
     */
    public static long vereist(String ifMatch) {
        Long version = version(ifMatch);
        if (version == null) {
            throw new ProblemException(428, "precondition-required", "Precondition required", "This change needs "
                    + "an If-Match header with the ETag of the version it was decided on (read it with GET).",
                    List.of(new InvalidParam(HEADER, "is required: the ETag "
                            + "of the version the change was decided on")), null);
        }
        return version;
    }

    /** 412 when {@code expected} (from If-Match; null: no check) is not the resource's {@code actual} version. */
    public static void vereis(Long expected, long actual, String wat) {
        if (expected != null && expected == WEAK) {
            throw ProblemException.preconditionFailed("A weak ETag never satisfies If-Match; send the ETag of the "
                    + wat + " as it was returned.");
        }
        if (expected != null && expected != actual) {
            throw ProblemException.preconditionFailed("The " + wat + " was changed since version " + expected + ".");
        }
    }
}
