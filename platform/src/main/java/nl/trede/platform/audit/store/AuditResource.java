package nl.trede.platform.audit.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.audit.AuditEntry;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every service's {@code GET /api/<service>/v1/audit?klantId=&page=&pageSize=} (privacy officer only): one klant's
 * records, newest first, through {@link AuditLog#page}. A service subclasses it with its path and nothing else:
 * <pre>{@code
 * @Path("/api/casework/v1/audit")
 * public class AuditResource extends nl.trede.platform.audit.store.AuditResource {
 *     public AuditResource(AuditLog log) { super(log); }
 * }
 * }</pre>
 * {@link AuditOpenApiFilter} names the operation after the service ({@code listCaseworkVerwerkingen}).
 */
@Tag(name = "audit", description = "Logboek dataverwerkingen: who processed a klant's data, when and why")
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditResource {

    private final AuditLog log;

    protected AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "One klant's audit records, newest first", description = AuditOpenApiFilter.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "A page of records",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditEntry.Page.class)))
    @APIResponse(responseCode = "400", description = "klantId missing or not a UUID, or a bad page/pageSize")
    // Declared here: Quarkus adds the security requirement of @RolesAllowed only for a method of the resource class
    // itself, not for one it inherits (the check itself applies to both).
    @APIResponse(responseCode = "401", description = "Not Authorized")
    @APIResponse(responseCode = "403", description = "Not Allowed")
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.PRIVACY_OFFICER)
    public Response listVerwerkingen(
            @Parameter(description = "The klant (data subject), required", required = true)
            @QueryParam("klantId") String klantId,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize,
            @Context UriInfo uriInfo) {
        return log.page(klantId, page, pageSize, uriInfo);
    }
}
