package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.audit.AuditEntry;
import nl.trede.platform.audit.store.AuditLog;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/ladder/v1/audit")
@Tag(name = "audit", description = "Logboek dataverwerkingen: who processed a klant's data, when and why")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "One klant's audit records, newest first", description = "Every read and change of the "
            + "klant's data in ladder. This query is itself recorded.")
    @APIResponse(responseCode = "200", description = "A page of records",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuditEntry.Page.class)))
    @APIResponse(responseCode = "400", description = "klantId missing or not a UUID, or a bad page/pageSize")
    public Response listLadderVerwerkingen(
            @Parameter(description = "The klant (data subject), required", required = true)
            @QueryParam("klantId") String klantId,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize,
            @Context UriInfo uriInfo) {
        return log.page(klantId, page, pageSize, uriInfo);
    }
}
