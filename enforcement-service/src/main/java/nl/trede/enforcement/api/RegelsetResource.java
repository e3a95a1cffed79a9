package nl.trede.enforcement.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.trede.enforcement.api.RegelsetRequests.RegelsetRequest;
import nl.trede.enforcement.domain.GedragingCategorie;
import nl.trede.enforcement.domain.Regelset;
import nl.trede.enforcement.domain.RegelsetBeheer;
import nl.trede.enforcement.domain.Sanctiestap;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versions of the maatregel rule sets: the statutory set and the gemeentelijke verordeningen. */
@Path(RegelsetResource.PATH)
@Tag(name = "regelsets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.FUNCTIONEEL_BEHEERDER,
        Roles.GWS_KOPPELING, Roles.BELEIDSMEDEWERKER, Roles.SERVICE})
public class RegelsetResource {

    public static final String PATH = "/api/enforcement/v1/regelsets";

    private final RegelsetBeheer beheer;
    private final SecurityIdentity identity;

    public RegelsetResource(RegelsetBeheer beheer, SecurityIdentity identity) {
        this.beheer = beheer;
        this.identity = identity;
    }

    @Schema(name = "RegelsetVersieSamenvatting")
    public record Samenvatting(long id, String code, String naam, String gemeente,
                               @Schema(format = "date") LocalDate geldigVanaf,
                               @Schema(format = "date", description = "Inclusive; null: until further notice")
                               LocalDate geldigTot) {
        static Samenvatting of(Regelset r) {
            return new Samenvatting(r.id, r.code, r.naam, r.gemeente, r.geldigVanaf, r.geldigTot);
        }
    }

    @Schema(name = "RegelsetVersieDetail")
    public record Detail(long id, String code, String naam, String gemeente, LocalDate geldigVanaf,
                         LocalDate geldigTot, String bron, String geregistreerdDoor, Instant geregistreerdOp,
                         Recidive recidive, List<Categorie> categorieen) {
    }

    @Schema(name = "Recidivesemantiek", description = "What this version counts as recidive; the term is per "
            + "category")
    public record Recidive(
            @Schema(description = "opgelegd (an imposed maatregel only, Pw art. 18 lid 6) or opgelegd-of-waarschuwing",
                    enumeration = {"opgelegd", "opgelegd-of-waarschuwing"}) String telt,
            @Schema(description = "besluitdatum (the earlier besluit, taken on or before the new gedraging) or "
                    + "gedragingsdatum (the earlier gedraging)", enumeration = {"besluitdatum", "gedragingsdatum"})
            String vanaf) {
    }

    @Schema(name = "Categorieregel")
    public record Categorie(String code, int volgnummer, String omschrijving, String artikel, String soort,
                            String recidivegroep, int recidiveTermijnMaanden, boolean waarschuwingToegestaan,
                            String bron, List<Stap> stappen) {
    }

    @Schema(name = "Sanctiestap")
    public record Stap(int stap, int percentage, Integer duurMaanden, BigDecimal bedragEenmalig, String artikel,
                       String bron) {
    }

    @GET
    @Transactional
    @Operation(summary = "List regelset versions", description = "All versions, by code then geldigVanaf; "
            + "filter by code and by the date they are valid on.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "400", description = "peildatum is not a date")
    public List<Samenvatting> listRegelsets(
            @Parameter(description = "Only this rule set", example = "deventer-maatregelen") @QueryParam("code")
            String code,
            @Parameter(description = "Only versions valid on this date, yyyy-mm-dd",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "date")) @QueryParam("peildatum") String peildatum) {
        LocalDate datum = QueryParams.date("peildatum", peildatum);
        return beheer.versies(code).stream().filter(r -> datum == null || r.geldigheid().omvat(datum))
                .map(Samenvatting::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Get one regelset version with its categories and steps")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Detail getRegelset(@Parameter(description = "Version id", example = "2") @PathParam("id") long id) {
        return detail(beheer.versie(id));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FUNCTIONEEL_BEHEERDER)
    @Operation(summary = "Load a new regelset version (functioneel beheer)", description = "Checks every rule "
            + "before writing anything: a broken rule is a 400 naming the field (a lid-4 group must follow Pw art. 18 "
            + "lid 5-8 and go on to its 3-month step). Then every version of the code as it would be afterwards (an "
            + "open-ended version that started earlier ends the day before the new one) must work, else a 409 naming "
            + "what would break, and nothing changes: no overlap (regelset-overlap), no gap between versions "
            + "(regelset-gat), for the gemeente's regelset and the statutory set a version valid on every date from "
            + "today on (regelset-loopt-af), every category of the version it succeeds kept (categorie-vervalt), and "
            + "for the gemeente's regelset a category that is not an arbeidsverplichting, for Faciliteren and Zorg "
            + "(klantgroep-zonder-categorie).")
    @APIResponse(responseCode = "201", description = "Loaded; Location names the version")
    @APIResponse(responseCode = "400", description = "A field breaks a rule")
    @APIResponse(responseCode = "409", description = "The versions would not work afterwards: regelset-overlap, "
            + "regelset-in-gebruik, regelset-gat, regelset-loopt-af, categorie-vervalt or klantgroep-zonder-categorie")
    public Response createRegelset(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "verordening-2027", value = "{\"code\":\"deventer-maatregelen\","
                    + "\"naam\":\"Afstemmingsverordening Deventer 2027\",\"gemeente\":\"Deventer\","
                    + "\"geldigVanaf\":\"2027-01-01\",\"bron\":\"CVDR999999 art. 9\",\"categorieen\":[{\"code\":"
                    + "\"g2-niet-verschijnen\",\"omschrijving\":\"Niet verschijnen op afspraken\",\"artikel\":"
                    + "\"Pw art. 18 lid 2\",\"soort\":\"percentage\",\"recidiveTermijnMaanden\":12,"
                    + "\"waarschuwingToegestaan\":true,\"bron\":\"art. 9 lid 1 onder b\",\"stappen\":[{\"stap\":1,"
                    + "\"percentage\":30,\"duurMaanden\":1,\"artikel\":\"Pw art. 18 lid 2\",\"bron\":\"art. 9\"}]}]}")))
                                   @Valid @NotNull RegelsetRequest body) {
        Regelset r = beheer.laad(body.commando(), identity.getPrincipal().getName());
        return Response.created(URI.create(PATH + "/" + r.id)).entity(detail(r)).build();
    }

    private static Detail detail(Regelset r) {
        List<Categorie> categorieen = GedragingCategorie.van(r).stream().map(c -> new Categorie(c.code, c.volgnummer,
                c.omschrijving, c.artikel, c.soort, c.recidivegroep, c.recidiveTermijnMaanden, c.waarschuwingToegestaan,
                c.bron, Sanctiestap.van(c).stream().map(s -> new Stap(s.stap, s.percentage, s.duurMaanden,
                        s.bedragEenmalig, s.artikel, s.bron)).toList())).toList();
        return new Detail(r.id, r.code, r.naam, r.gemeente, r.geldigVanaf, r.geldigTot, r.bron, r.geregistreerdDoor,
                r.geregistreerdOp, new Recidive(r.recidiveTelt, r.recidiveVanaf), categorieen);
    }
}
