package nl.trede.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Caseload per regisseur and the unassigned backlog per team. */
@Path("/api/casework/v1/caseload")
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEAMLEIDER, Roles.KLANTMANAGER})
public class CaseloadResource {

    private final ZaakService service;
    private final Inzage inzage;

    public CaseloadResource(ZaakService service, Inzage inzage) {
        this.service = service;
        this.inzage = inzage;
    }

    @GET
    @Operation(summary = "Open zaken per regisseur and the team queues' backlog, optionally for one team",
            description = "Counts only the zaken the caller may see: a teamleider every team, a klantmanager their own "
                    + "teams (the token's teams claim) and their own zaken.")
    public ZaakService.Caseload caseload(@Parameter(description = "Only this team") @QueryParam("team") String team) {
        return service.caseload(team == null || team.isBlank() ? null : team.strip(), inzage.vanAanroeper());
    }
}
