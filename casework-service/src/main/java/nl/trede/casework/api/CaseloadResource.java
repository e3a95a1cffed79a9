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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Caseload per regisseur and the unassigned backlog per team (issue 4 "Exactly one regisseur"). */
@Path("/api/casework/v1/caseload")
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TEAMLEIDER, Roles.KLANTMANAGER})
public class CaseloadResource {

    private final ZaakService service;

    public CaseloadResource(ZaakService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Open zaken per regisseur and the team queues' backlog, optionally for one team")
    public ZaakService.Caseload caseload(@QueryParam("team") String team) {
        return service.caseload(team == null || team.isBlank() ? null : team.strip());
    }
}
