package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.trede.ladder.domain.LadderService;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ladder models and their versions (reference data; readable by every user role and by Trede services). */
@Path(LadderService.MODELLEN_PATH)
@Tag(name = "ladder-modellen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
        Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
        Roles.PRIVACY_OFFICER, Roles.SERVICE})
public class LadderModelResource {

    private final LadderService service;

    public LadderModelResource(LadderService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the ladder models",
            description = "Every version of every ladder model, by code and then oldest first; actueel marks the "
                    + "versions valid today (Europe/Amsterdam).")
    public LadderModellenResponse listLadderModellen() {
        return LadderModellenResponse.of(service.modellen());
    }
}
