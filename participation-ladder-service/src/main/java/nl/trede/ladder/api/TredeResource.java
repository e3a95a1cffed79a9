package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.trede.ladder.domain.LadderRegels;
import nl.trede.ladder.domain.LadderService;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The treden of the Participatieladder (reference data; readable by every user role and by Trede services). */
@Path(LadderService.TREDEN_PATH)
@Tag(name = "treden")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
        Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
        Roles.PRIVACY_OFFICER, Roles.SERVICE})
public class TredeResource {

    private static final String MODEL = "Code of the ladder model; default the configured model "
            + "(trede.ladder.default-model, divosa). Its version valid today (Europe/Amsterdam) is used";

    private final LadderService service;

    public TredeResource(LadderService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the treden of a ladder model",
            description = "The model version valid today and its treden, ordered by nummer.")
    @APIResponse(responseCode = "200", description = "The model version and its treden")
    @APIResponse(responseCode = "400", description = "Unknown model code")
    @APIResponse(responseCode = "404", description = "No version of the model is valid today")
    public TredenResponse listTreden(
            @Parameter(description = MODEL, example = "divosa") @QueryParam("model") String model) {
        return TredenResponse.of(service.treden(model));
    }

    @GET
    @Path("/{nummer}")
    @Operation(summary = "Get one trede of a ladder model")
    @APIResponse(responseCode = "200", description = "The trede in the model version valid today")
    @APIResponse(responseCode = "400", description = "nummer is not a whole number, or unknown model code")
    @APIResponse(responseCode = "404", description = "The model version has no trede with this number")
    public TredeResponse getTrede(
            @Parameter(description = "Number of the trede, 1 to 6",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "6"))
            @PathParam("nummer") String nummer,
            @Parameter(description = MODEL, example = "divosa") @QueryParam("model") String model) {
        int parsed = LadderRegels.leesNummer(nummer).orElseThrow(
                () -> ProblemException.invalid("nummer", "must be a whole number, "
                        + LadderRegels.LAAGSTE_TREDE + " to " + LadderRegels.HOOGSTE_TREDE));
        return TredeResponse.of(service.trede(model, parsed));
    }
}
