package nl.trede.enforcement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.trede.enforcement.domain.RegelsetService;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gedragingscategorieen of the statutory maatregel rules (Participatiewet art. 18 lid 4), by peildatum. */
@Path(RegelsetService.PATH)
@Tag(name = "gedragingscategorieen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.FUNCTIONEEL_BEHEERDER,
        Roles.GWS_KOPPELING, Roles.BELEIDSMEDEWERKER, Roles.SERVICE})
public class GedragingscategorieResource {

    private static final String PEILDATUM = "Date the rules apply to, yyyy-mm-dd; default today (Europe/Amsterdam)";

    private final RegelsetService service;

    public GedragingscategorieResource(RegelsetService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the gedragingscategorieen valid on a date",
            description = "The categories of the statutory regelset version valid on the peildatum, in the order "
                    + "of the law, with the regelset and its recidive steps. No version valid on that date is a 404.")
    @APIResponse(responseCode = "200", description = "The regelset version valid on the peildatum and its categories")
    @APIResponse(responseCode = "400", description = "peildatum is not a date (yyyy-mm-dd)")
    @APIResponse(responseCode = "404", description = "No version of the regelset is valid on the peildatum")
    public GedragingscategorieenResponse listGedragingscategorieen(
            @Parameter(description = PEILDATUM, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("peildatum") String peildatum) {
        return GedragingscategorieenResponse.of(service.op(QueryParams.date("peildatum", peildatum)));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get one gedragingscategorie valid on a date")
    @APIResponse(responseCode = "200", description = "The category in the regelset version valid on the peildatum")
    @APIResponse(responseCode = "400", description = "peildatum is not a date (yyyy-mm-dd)")
    @APIResponse(responseCode = "404",
            description = "Unknown code, or no version of the regelset valid on the peildatum")
    public GedragingscategorieResponse getGedragingscategorie(
            @Parameter(description = "Kebab-case code of the category", example = "arbeid-aanvaarden-of-behouden")
            @PathParam("code") String code,
            @Parameter(description = PEILDATUM, schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("peildatum") String peildatum) {
        return GedragingscategorieResponse.of(service.categorie(code, QueryParams.date("peildatum", peildatum)));
    }
}
