package nl.trede.platform.problem;

import java.util.List;

/**
 * A domain or API error that maps one-to-one onto an RFC 9457 problem response. Messages must never contain
 * personal data (no BSN, no name): they are sent to clients and may be logged.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<InvalidParam> invalidParams;
    private final String existing;

    public ProblemException(int status, String code, String title, String detail,
                            List<InvalidParam> invalidParams, String existing) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
        this.existing = existing;
    }

    /** 400: one field broke a rule (the field is named, its value is not echoed). */
    public static ProblemException invalid(String field, String reason) {
        return new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields.",
                List.of(new InvalidParam(field, reason)), null);
    }

    /** 400: several fields broke rules. */
    public static ProblemException invalid(List<InvalidParam> params) {
        return new ProblemException(400, "invalid-input", "Invalid input", "The request has invalid fields.",
                params, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist.", null, null);
    }

    /** 409: the request conflicts with the current state (an illegal transition, a duplicate). */
    public static ProblemException conflict(String code, String detail, String existing) {
        return new ProblemException(409, code, "Conflict", detail, null, existing);
    }

    /** 412: the If-Match version is stale. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "stale-version", "Precondition failed", detail, null, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    public String existing() {
        return existing;
    }
}
