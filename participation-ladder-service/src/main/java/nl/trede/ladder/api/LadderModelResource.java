package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.trede.ladder.domain.LadderModel;
import nl.trede.ladder.domain.LadderService;
import nl.trede.ladder.domain.ModelKoppeling;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ladder models and their versions: readable by every user role and by Trede services, new versions by the
 * functioneel beheerder (requirement "Treden as data").
 */
@Path(LadderService.MODELLEN_PATH)
@Tag(name = "ladder-modellen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
        Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
        Roles.PRIVACY_OFFICER, Roles.SERVICE})
public class LadderModelResource {

    static final String NIEUWE_VERSIE_VOORBEELD = """
            {"code": "heemskerk", "naam": "Participatieladder gemeente Heemskerk", "versie": "2027",
             "geldigVanaf": "2027-01-01", "bron": "Beleidsregels re-integratie 2027",
             "treden": [
               {"nummer": 1, "naam": "Rust (altijd tijdelijk)", "definitie": "Tijdelijk niet sociaal en economisch actief",
                "bron": "sources H2.3", "herbeoordelingMaanden": 6},
               {"nummer": 2, "naam": "Sociale activering", "definitie": "Sociaal activering", "bron": "sources H2.3",
                "subTreden": [{"code": "2.1", "naam": "Sociale activering", "definitie": "Cliënt wordt geholpen bij zijn problematiek", "bron": "sources H2.4"},
                              {"code": "2.2", "naam": "Vrijwilligerswerk", "definitie": "Cliënt doet aan vrijwilligerswerk", "bron": "sources H2.4"}]},
               {"nummer": 3, "naam": "Drie", "definitie": "...", "bron": "..."},
               {"nummer": 4, "naam": "Vier", "definitie": "...", "bron": "..."},
               {"nummer": 5, "naam": "Vijf", "definitie": "...", "bron": "..."},
               {"nummer": 6, "naam": "Zes", "definitie": "...", "bron": "..."}]}""";

    static final String KOPPELING_VOORBEELD = """
            {"van": {"code": "heemskerk", "versie": "2027"}, "naar": {"code": "divosa", "versie": "2008"},
             "rijen": [{"vanTrede": 1, "naarTrede": 1, "bron": "[D] Rust reads as geïsoleerd"},
                       {"vanTrede": 2, "naarTrede": 2, "bron": "[D]"},
                       {"vanTrede": 2, "vanSubTrede": "2.2", "naarTrede": 4, "bron": "sources H2.3"},
                       {"vanTrede": 3, "naarTrede": 3, "bron": "[D]"}, {"vanTrede": 4, "naarTrede": 4, "bron": "[D]"},
                       {"vanTrede": 5, "naarTrede": 5, "bron": "[D]"}, {"vanTrede": 6, "naarTrede": 6, "bron": "[D]"}]}""";

    /** What working model versions are (domain/ModelConfiguratie), for the OpenAPI descriptions. */
    static final String WERKENDE_MODELLEN = "Every version of the model as it would be afterwards is checked before "
            + "anything is written: no day without a version between its first and last version (geldigheid-gat: a "
            + "meting dated then could not be registered), and the default model (trede.ladder.default-model) keeps a "
            + "version in force on every date from today on (standaardmodel-loopt-af: ending its only version in force "
            + "is refused). A change that breaks a rule is a 409 naming it and changes nothing.";

    private final LadderService service;

    public LadderModelResource(LadderService service) {
        this.service = service;
    }

    /** The end date of a version. */
    @Schema(name = "Beeindiging")
    public record Beeindiging(@NotNull @Schema(format = "date", example = "2026-12-31",
            description = "Last day the version applies (inclusive)") LocalDate geldigTot) {
    }

    @GET
    @Operation(summary = "List the ladder models",
            description = "Every version of every ladder model, by code and then oldest first; actueel marks the "
                    + "versions valid today (Europe/Amsterdam).")
    public LadderModellenResponse listLadderModellen() {
        return LadderModellenResponse.of(service.modellen());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FUNCTIONEEL_BEHEERDER)
    @Operation(summary = "Add a version of a ladder model",
            description = "A new code starts a new scheme; a new versie of an existing code must not overlap the "
                    + "validity of its other versions (409 geldigheid-overlapt naming it), except an open-ended "
                    + "version that started earlier: the new version succeeds it, and it ends the day before (409 "
                    + "metingen-na-einddatum when metingen were scored on it from that day). " + WERKENDE_MODELLEN
                    + " Exactly six treden 1-6; sub-treden are coded <nummer>.<n> and belong to their trede. A version "
                    + "is never changed afterwards, except for its end date.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModelVersieRequest.class),
            examples = @ExampleObject(name = "heemskerk-2027", value = NIEUWE_VERSIE_VOORBEELD)))
    @APIResponse(responseCode = "201", description = "The version with its treden",
            content = @Content(schema = @Schema(implementation = TredenResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition (names every invalid field)")
    @APIResponse(responseCode = "409", description = "The versie exists, the validity overlaps another version, "
            + "metingen lie after the superseded version's new end, or the versions would not work afterwards "
            + "(geldigheid-gat, standaardmodel-loopt-af)")
    public Response create(@Valid @NotNull ModelVersieRequest body) {
        LadderModel model = service.nieuweVersie(body.opdracht());
        return Response.created(URI.create(LadderService.pad(model)))
                .entity(TredenResponse.of(service.versie(model.code, model.versie))).build();
    }

    @GET
    @Path("/{code}/versies/{versie}")
    @Operation(summary = "Get one version of a ladder model with its treden and sub-treden")
    @APIResponse(responseCode = "200", description = "The version with its treden")
    @APIResponse(responseCode = "404", description = "No such version")
    public TredenResponse getVersie(@Parameter(example = "heemskerk") @PathParam("code") String code,
                                    @Parameter(example = "2018") @PathParam("versie") String versie) {
        return TredenResponse.of(service.versie(code, versie));
    }

    @POST
    @Path("/{code}/versies/{versie}/beeindiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FUNCTIONEEL_BEHEERDER)
    @Operation(summary = "End a version on a date",
            description = "Shortens the validity, e.g. to retire a model that is not the default one (a successor "
                    + "is loaded with POST /ladder-modellen, which ends the current version itself). Refused (409) "
                    + "when metingen were scored on the version after that date, when it would lengthen the validity, "
                    + "or when the versions would not work afterwards. " + WERKENDE_MODELLEN)
    @APIResponse(responseCode = "200", description = "The version with its new end date")
    @APIResponse(responseCode = "400", description = "geldigTot missing or before geldigVanaf")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "409", description = "Would lengthen the validity, metingen lie after the date, or "
            + "the versions would not work afterwards (geldigheid-gat, standaardmodel-loopt-af)")
    public TredenResponse beeindigen(@PathParam("code") String code, @PathParam("versie") String versie,
                                     @Valid @NotNull Beeindiging body) {
        LadderModel model = service.beeindigen(code, versie, body.geldigTot());
        return TredenResponse.of(service.versie(model.code, model.versie));
    }

    @GET
    @Path("/koppelingen")
    @Operation(summary = "The documented mapping from one ladder model to another",
            description = "How each position (trede, or trede and sub-trede) of every version of model van reads "
                    + "in model naar, with the source or [D] reasoning of each row. Reports use it only when asked "
                    + "(naarModel), never silently.")
    @APIResponse(responseCode = "200", description = "The mapping rows, by version and position")
    @APIResponse(responseCode = "400", description = "van or naar missing")
    public List<KoppelingResponse> koppelingen(
            @Parameter(description = "Code of the model mapped from", example = "heemskerk", required = true)
            @QueryParam("van")
            String van,
            @Parameter(description = "Code of the model mapped to", example = "divosa", required = true)
            @QueryParam("naar")
            String naar) {
        if (van == null || van.isBlank()) {
            throw ProblemException.invalid("van", "is required");
        }
        if (naar == null || naar.isBlank()) {
            throw ProblemException.invalid("naar", "is required");
        }
        return service.koppelingen(van.strip(), naar.strip()).stream().map(KoppelingResponse::of).toList();
    }

    @POST
    @Path("/koppelingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FUNCTIONEEL_BEHEERDER)
    @Operation(summary = "Add the mapping from one model version to another",
            description = "One row per position of the van version: every trede 1-6 needs a row of its own "
                    + "(vanSubTrede null), sub-treden may have their own row; each row names its source. A mapping "
                    + "between two versions is added once and not changed (409 koppeling-bestaat). The naar version "
                    + "must not have ended (409 koppeling-naar-beeindigde-versie): reports read metingen in the "
                    + "version in force; the van version may be an old one, whose metingen are still reported.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KoppelingRequest.class),
            examples = @ExampleObject(name = "heemskerk-naar-divosa", value = KOPPELING_VOORBEELD)))
    @APIResponse(responseCode = "201", description = "The mapping rows")
    @APIResponse(responseCode = "400", description = "Unknown version, sub-trede or incomplete rows")
    @APIResponse(responseCode = "409", description = "A mapping between the two versions exists, or the naar "
            + "version has ended")
    public Response createKoppeling(@Valid @NotNull KoppelingRequest body) {
        List<ModelKoppeling> rijen = service.nieuweKoppeling(body.opdracht());
        return Response.created(URI.create(LadderService.MODELLEN_PATH + "/koppelingen?van=" + body.van().code()
                        + "&naar=" + body.naar().code()))
                .entity(rijen.stream().map(KoppelingResponse::of).toList()).build();
    }

    @Schema(name = "ModelKoppeling")
    public record KoppelingResponse(LadderModelRef van, @Schema(example = "2") int vanTrede,
                                    @Schema(example = "2.4") String vanSubTrede, LadderModelRef naar,
                                    @Schema(example = "4") int naarTrede, String bron) {
        static KoppelingResponse of(ModelKoppeling k) {
            return new KoppelingResponse(LadderModelRef.of(k.vanModel), k.vanTrede, k.vanSubTrede,
                    LadderModelRef.of(k.naarModel), k.naarTrede, k.bron);
        }
    }
}
