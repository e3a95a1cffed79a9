package nl.trede.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.casework.domain.ZaakStatus;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakResource {

    private final ZaakService service;

    public ZaakResource(ZaakService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List zaken, newest first, filtered by klant and status")
    public ZakenPage list(@QueryParam("klantId") String klantId,
                          @QueryParam("status") String status,
                          @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                          @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(100) int pageSize) {
        ZaakService.PageOf result = service.list(QueryParams.uuid("klantId", klantId),
                QueryParams.code("status", status, ZaakStatus.class), page, pageSize);
        return new ZakenPage(result.items().stream().map(ZaakResponse::of).toList(), page, pageSize, result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a zaak")
    public Response get(@PathParam("id") UUID id) {
        Zaak zaak = service.get(id);
        return Response.ok(ZaakResponse.of(zaak)).tag(new EntityTag(Long.toString(zaak.version))).build();
    }
}
