package nl.trede.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.gateway.config.GatewayConfig;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published API descriptions (ADR /core/publish-openapi): public, JSON, {@code Access-Control-Allow-Origin: *}
 * so that any tool or portal can read them.
 */
@Path("/api")
@PermitAll
@Tag(name = "openapi", description = "The published OpenAPI documents")
public class OpenApiResource {

    private static final String CACHE = "public, max-age=60";

    private final OpenApiDocuments documents;
    private final OpenApiMerger.Info info;

    public OpenApiResource(OpenApiDocuments documents, GatewayConfig config,
                           @ConfigProperty(name = "trede.api.version", defaultValue = "1.0.0") String apiVersion) {
        this.documents = documents;
        GatewayConfig.OpenApiConfig openapi = config.openapi();
        this.info = new OpenApiMerger.Info(openapi.title(), apiVersion, openapi.description(), openapi.contactName(),
                openapi.contactUrl(), openapi.contactEmail());
    }

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Trede API", description = "One OpenAPI 3 document with the paths and components of "
            + "all services. Services that are down are listed in x-trede-unavailable.")
    public Uni<Response> aggregated() {
        return documents.all().map(all -> {
            Map<String, ObjectNode> available = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            for (Map.Entry<String, Optional<OpenApiDocuments.Document>> entry : all.entrySet()) {
                if (entry.getValue().isPresent()) {
                    available.put(entry.getKey(), entry.getValue().get().tree());
                } else {
                    unavailable.add(entry.getKey());
                }
            }
            ObjectNode merged = OpenApiMerger.merge(available, unavailable, info);
            return published(Response.ok(merged, MediaType.APPLICATION_JSON_TYPE));
        });
    }

    @GET
    @Path("/{service: intake|casework|enforcement|ladder|werkvoorraad}/v1/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One service's API", description = "The service's own OpenAPI document, as it serves it.")
    public Uni<Response> service(@PathParam("service") String service) {
        return documents.get(service)
                .map(doc -> published(Response.ok(doc.raw(), MediaType.APPLICATION_JSON_TYPE)))
                .onFailure(OpenApiDocuments.UnavailableException.class).transform(error -> error.timeout()
                            ? new ProblemException(504, "upstream-timeout", "Gateway Timeout",
                                    "The " + service + " service did not answer in time. Try again later.", null, null)
                            : new ProblemException(502, "upstream-unavailable", "Bad Gateway",
                                    "The " + service + " service is not reachable. Try again later.", null, null));
    }

    private static Response published(Response.ResponseBuilder builder) {
        return builder.header("Access-Control-Allow-Origin", "*").header("Cache-Control", CACHE).build();
    }
}
