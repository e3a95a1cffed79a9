package nl.trede.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details as the NL API Design Rules require them (/core/error-handling/problem-details:
 * {@code status}, {@code title} and {@code detail} always present; invalid input lists every invalid field in
 * {@code invalidParams}). Extra members: {@code code} (a stable machine-readable code) and, for conflicts,
 * {@code existing} (the URL of the resource the request collided with).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<InvalidParam> invalidParams,
        String existing) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs so that they are stable without a hosted documentation page. */
    public static String typeFor(String code) {
        return "urn:trede:problem:" + code;
    }
}
