package nl.trede.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One audit record as the {@code /audit} endpoints return it: when ({@code tijd}, UTC), the W3C trace and this
 * record's span (and the caller's span from {@code traceparent}, if any), {@code X-Request-ID}, who (token subject or
 * calling service) with which roles, the action ({@code lezen}, {@code zoeken}, {@code aanmaken}, {@code wijzigen},
 * {@code exporteren}), the klant (pseudonymous id), the resource (type and id(s)), the processing activity (URI into
 * the register of verwerkingsactiviteiten) with its grondslag, and the outcome ({@code geslaagd}, {@code geweigerd}).
 */
public record AuditEntry(
        UUID id,
        OffsetDateTime tijd,
        String traceId,
        String spanId,
        String parentSpanId,
        String requestId,
        String actor,
        List<String> rollen,
        String actie,
        UUID klantId,
        String resourceType,
        String resourceId,
        String verwerkingsactiviteit,
        String grondslag,
        String uitkomst) {

    /** A page of records, newest first. */
    public record Page(List<AuditEntry> verwerkingen,
                       int page,
                       int pageSize,
                       long totalItems) {
    }
}
