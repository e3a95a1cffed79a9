package nl.trede.gateway.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The AsyncAPI 3.0 document of every event the services publish on Kafka (docs/asyncapi/asyncapi.json, copied
 * into the gateway at build time): public, beside the OpenAPI documents, for integrators who consume the events.
 */
@Path("/api")
@PermitAll
@Tag(name = "openapi", description = "The published OpenAPI documents")
public class AsyncApiResource {

    static final String DOCUMENT = "asyncapi/asyncapi.json";

    private final byte[] document = load();

    @GET
    @Path("/asyncapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Trede events", description = "The AsyncAPI 3.0 document of every topic and event "
            + "type: CloudEvents attributes (Kafka headers) and a JSON Schema of each payload.")
    public Response asyncApi() {
        return Response.ok(document, MediaType.APPLICATION_JSON_TYPE)
                .header("Access-Control-Allow-Origin", "*").header("Cache-Control", "public, max-age=60").build();
    }

    private static byte[] load() {
        try (InputStream in = AsyncApiResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
