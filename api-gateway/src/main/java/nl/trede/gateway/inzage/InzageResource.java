package nl.trede.gateway.inzage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.gateway.proxy.Upstreams;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.RequestTrace;
import nl.trede.platform.audit.TraceFilter;
import nl.trede.platform.problem.LogSafe;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * AVG inzage across the services: every audit record (Logboek dataverwerkingen) of one klant from all four services,
 * fetched page by page from {@code GET /api/<service>/v1/audit} with the caller's own token, merged newest first with
 * the service's name on each record. An export must never be silently incomplete: when any service does not answer
 * completely the whole request fails (503, naming the services).
 */
@Path("/api/inzage/v1/verwerkingen")
@Tag(name = "inzage", description = "AVG inzage: every processing of a klant's data across the services")
public class InzageResource {

    static final int PAGE_SIZE = 100;
    /** A guard against a service that never stops paging (10 million records of one klant). */
    private static final int MAX_PAGES = 100_000;
    private static final Logger LOG = Logger.getLogger(InzageResource.class);

    private final Upstreams upstreams;
    private final ObjectMapper mapper;
    private final RequestTrace requestTrace;

    public InzageResource(Upstreams upstreams, ObjectMapper mapper, RequestTrace requestTrace) {
        this.upstreams = upstreams;
        this.mapper = mapper;
        this.requestTrace = requestTrace;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Every processing of one klant's data, across all services, newest first",
            description = "The complete export for an AVG inzage (art. 15): the audit records of intake, casework, "
                    + "enforcement and the ladder, each with its service in dienst. Each service records this query "
                    + "in its own log.")
    @APIResponse(responseCode = "200", description = "The complete export")
    @APIResponse(responseCode = "400", description = "klantId missing or not a UUID")
    @APIResponse(responseCode = "503", description = "A service did not answer completely; the detail names it. "
            + "Nothing partial is returned.")
    public Uni<ObjectNode> exportVerwerkingen(@Parameter(description = "The klant (data subject), required", required = true)
                                  @QueryParam("klantId") String klantIdParam,
                                  @HeaderParam("Authorization") String authorization) {
        UUID klantId = QueryParams.uuid("klantId", klantIdParam);
        if (klantId == null) {
            throw ProblemException.invalid("klantId", "is required");
        }
        String requestId = requestTrace.requestId() != null ? requestTrace.requestId() : UUID.randomUUID().toString();
        List<Uni<ServiceResult>> fetches = new ArrayList<>();
        for (String service : Upstreams.AUDIT_SERVICES) {
            URI base = upstreams.base(service).orElseThrow();
            fetches.add(fetchAll(service, base, klantId, authorization, requestId, 1, new ArrayList<>(),
                    new HashSet<>())
                    .map(records -> new ServiceResult(service, records, null))
                    .onFailure().recoverWithItem(error -> new ServiceResult(service, null, error)));
        }
        return Uni.join().all(fetches).andFailFast().map(results -> merge(klantId, results));
    }

    private record ServiceResult(String service, List<ObjectNode> records, Throwable error) {
    }

    private ObjectNode merge(UUID klantId, List<ServiceResult> results) {
        List<String> unavailable = new ArrayList<>();
        List<ObjectNode> all = new ArrayList<>();
        for (ServiceResult result : results) {
            if (result.error() != null) {
                LOG.warnf("Inzage: audit log of %s unavailable: %s", result.service(),
                        LogSafe.mask(String.valueOf(result.error())));
                unavailable.add(result.service());
            } else {
                for (ObjectNode record : result.records()) {
                    record.put("dienst", result.service());
                    all.add(record);
                }
            }
        }
        if (!unavailable.isEmpty()) {
            throw new ProblemException(503, "inzage-onvolledig", "Service Unavailable", "The export would be "
                    + "incomplete: the audit log of " + String.join(", ", unavailable) + " could not be read. "
                    + "Try again later.", null, null);
        }
        all.sort(Comparator.comparing((ObjectNode r) -> time(r.path("tijd").asText())).reversed());
        ObjectNode export = mapper.createObjectNode();
        export.put("klantId", klantId.toString());
        export.put("samengesteldOp", Instant.now().toString());
        ArrayNode diensten = export.putArray("diensten");
        Upstreams.AUDIT_SERVICES.forEach(diensten::add);
        export.put("totalItems", all.size());
        ArrayNode verwerkingen = export.putArray("verwerkingen");
        all.forEach(verwerkingen::add);
        return export;
    }

    private static Instant time(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * All pages of one service's audit log for the klant. Each page read is itself recorded by the service, newest
     * first, which shifts later pages by one: records are de-duplicated by id, and paging stops at a short page.
     */
    private Uni<List<ObjectNode>> fetchAll(String service, URI base, UUID klantId, String authorization,
                                           String requestId, int page, List<ObjectNode> acc,
                                           Set<String> seen) {
        if (page > MAX_PAGES) {
            return Uni.createFrom().failure(new IOException("more than " + MAX_PAGES + " pages"));
        }
        String path = "/api/" + service + "/v1/audit?klantId=" + klantId + "&page=" + page + "&pageSize=" + PAGE_SIZE;
        RequestOptions options = upstreams.options(base, HttpMethod.GET, path, upstreams.timeoutMillis())
                .putHeader("Accept", MediaType.APPLICATION_JSON)
                .putHeader(TraceFilter.REQUEST_ID, requestId);
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        return Uni.createFrom()
                .completionStage(() -> upstreams.client().request(options)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> new Upstreams.Fetched(response.statusCode(),
                                body)))
                        .toCompletionStage())
                .flatMap(fetched -> {
                    if (fetched.status() != 200) {
                        return Uni.createFrom().failure(new IOException("HTTP " + fetched.status()));
                    }
                    JsonNode items;
                    try {
                        items = mapper.readTree(fetched.body().getBytes()).get("verwerkingen");
                    } catch (IOException e) {
                        return Uni.createFrom().failure(e);
                    }
                    if (items == null || !items.isArray()) {
                        return Uni.createFrom().failure(new IOException("no verwerkingen in the answer"));
                    }
                    for (JsonNode item : items) {
                        if (item.isObject() && seen.add(item.path("id").asText())) {
                            acc.add((ObjectNode) item);
                        }
                    }
                    if (items.size() < PAGE_SIZE) {
                        return Uni.createFrom().item(acc);
                    }
                    return fetchAll(service, base, klantId, authorization, requestId, page + 1, acc, seen);
                });
    }
}
