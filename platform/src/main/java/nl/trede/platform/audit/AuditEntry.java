package nl.trede.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audit record as the {@code /audit} endpoints return it: when ({@code tijd}, UTC), the W3C trace and this
 * record's span (and the OpenTelemetry span it was made in), {@code X-Request-ID}, who (token subject or
 * calling service) with which roles, the action ({@code lezen}, {@code zoeken}, {@code aanmaken}, {@code wijzigen},
 * {@code exporteren}), the klant (pseudonymous id), the resource (type and id(s)), the processing activity (URI into
 * the register of verwerkingsactiviteiten) with its grondslag, and the outcome ({@code geslaagd}, {@code geweigerd}).
 */
@Schema(name = "Verwerking")
public record AuditEntry(
        @Schema(description = "The record's id") UUID id,
        @Schema(description = "When, UTC") OffsetDateTime tijd,
        @Schema(description = "W3C trace id (32 hex), from the caller's traceparent or new") String traceId,
        @Schema(description = "This record's span id (16 hex)") String spanId,
        @Schema(description = "The span the record was made in (the request's or event's span)") String parentSpanId,
        @Schema(description = "X-Request-ID of the request, if any") String requestId,
        @Schema(description = "Token subject, or the calling service's identity") String actor,
        @Schema(description = "The roles of the token") List<String> rollen,
        @Schema(description = "What was done", enumeration = {"lezen", "zoeken", "aanmaken", "wijzigen", "exporteren"})
        String actie,
        @Schema(description = "The data subject (pseudonymous klant id)") UUID klantId,
        @Schema(description = "What kind of resource was processed") String resourceType,
        @Schema(description = "Id(s) of the resource(s), comma-separated for a list") String resourceId,
        @Schema(description = "URI into the register of verwerkingsactiviteiten") String verwerkingsactiviteit,
        @Schema(description = "The legal basis") String grondslag,
        @Schema(description = "geslaagd, or geweigerd (refused, 403)", enumeration = {"geslaagd", "geweigerd"})
        String uitkomst) {

    /** A page of records, newest first. */
    @Schema(name = "Verwerkingen")
    public record Page(@Schema(description = "This page, newest first") List<AuditEntry> verwerkingen,
                       @Schema(description = "Page number, from 1") int page,
                       @Schema(description = "Records per page, 1 to 100") int pageSize,
                       @Schema(description = "All records of the klant") long totalItems) {
    }
}
