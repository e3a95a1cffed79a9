package nl.trede.casework.api;

import static nl.trede.casework.api.ZaakAntwoorden.blankToNull;
import static nl.trede.casework.api.ZaakAntwoorden.ok;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.ToegangService;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakInzage;
import nl.trede.casework.domain.ZaakService;
import nl.trede.casework.domain.ZaakStatus;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The zaak itself: list, open, read, close, nazorg and back, and its timeline. */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakResource {

    private final ZaakService service;
    private final Inzage inzage;
    private final Verwerkingen verwerkingen;
    private final ToegangService toegang;

    public ZaakResource(ZaakService service, Inzage inzage, Verwerkingen verwerkingen, ToegangService toegang) {
        this.service = service;
        this.inzage = inzage;
        this.verwerkingen = verwerkingen;
        this.toegang = toegang;
    }

    @GET
    @Operation(summary = "List zaken, newest first, filtered by klant, status, team and regisseur",
            description = "zonderRegisseur=true: the team queue (the unassigned backlog). Only the zaken the caller may "
                    + "see are listed and counted (a klantmanager: their caseload, their teams and open offers to them; "
                    + "README \"Tokens and roles\"); a zaak outside that is 404 by its id.")
    @APIResponse(responseCode = "200", description = "A page of zaken",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZakenPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is not valid, named in invalidParams")
    public Response list(@Parameter(description = "Only this klant's zaken") @QueryParam("klantId") String klantId,
                         @Parameter(description = "open, nazorg or afgesloten") @QueryParam("status") String status,
                         @Parameter(description = "Only zaken of this team") @QueryParam("team") String team,
                         @Parameter(description = "Only zaken of this regisseur") @QueryParam("regisseur") String regisseur,
                         @Parameter(description = "Only zaken in a team queue", schema = @Schema(type =
                                 SchemaType.BOOLEAN, defaultValue = "false"))
                         @QueryParam("zonderRegisseur") String zonderRegisseur,
                         @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1") @Min(1)
                         int page,
                         @Parameter(description = "Items per page, 1 to 100") @QueryParam("pageSize")
                         @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
                         @Context UriInfo uri) {
        Paginering paging = new Paginering(page, pageSize);
        Paginering.Resultaat<Zaak> result = service.list(new ZaakService.Filter(QueryParams.uuid("klantId", klantId),
                QueryParams.code("status", status, ZaakStatus.class), blankToNull(team),
                blankToNull(regisseur), QueryParams.bool("zonderRegisseur", zonderRegisseur),
                inzage.vanAanroeper()), paging);
        verwerkingen.vastleggen(CaseworkActiviteit.ZAAKBEHANDELING, Actie.LEZEN, "zaak", result.items(),
                z -> z.klant.klantId, z -> z.id);
        return paging.antwoord(new ZakenPage(result.items().stream().map(ZaakResponse::of).toList(), page,
                pageSize, result.totalItems()), result.totalItems(), uri);
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Open a zaak directly for a klant casework knows", description = "One open zaak per klant "
            + "(409 linking it); 404 for a klant that never came through intake, and for a klant whose open zaak the "
            + "caller may not see (another team's). The opening klantmanager is its "
            + "regisseur; a teamleider's lands in the team queue.")
    public Response openen(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                           @ExampleObject(name = "terugkeer", value = "{\"klantId\":\"6f1c1f0e-3b1a-4c55-9a53-"
                                   + "2a3c1f7d9e10\",\"klantgroep\":\"groeien\",\"reden\":\"Terug na verlies van "
                                   + "werk.\"}")))
                           @Valid @NotNull CaseworkRequests.NieuweZaakRequest body) {
        ZaakInzage aanroeper = inzage.vanAanroeper();
        Zaak zaak = service.openDirect(body.klantId(), body.klantgroep(), body.reden().strip(), inzage.wie(),
                !inzage.teamleider(), open -> toegang.magZien(open, aanroeper));
        verwerkingen.vastleggen(CaseworkActiviteit.ZAAKBEHANDELING, Actie.AANMAKEN, "zaak", zaak.id, zaak.klant.klantId);
        return Response.created(URI.create(ZaakService.PATH + "/" + zaak.id))
                .tag(new EntityTag(Long.toString(zaak.version))).entity(ZaakResponse.of(zaak)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.LEZEN, resource = "zaak")
    @Path("/{id}")
    @Operation(summary = "Get a zaak")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.WIJZIGEN, resource = "afsluiting")
    @Path("/{id}/afsluiting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Close the zaak with a reason", description = "Never silently: a reason code is required; "
            + "only the zaak's regisseur or a teamleider (403).")
    public Response afsluiting(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "werk", value = "{\"reden\":\"uitstroom-werk\","
                                       + "\"toelichting\":\"Vast contract bij een werkgever.\"}")))
                               @Valid @NotNull CaseworkRequests.AfsluitingRequest body) {
        return ok(service.afsluiten(id, IfMatch.version(ifMatch), body.reden(), body.toelichting(), inzage.wie(),
                inzage.teamleider()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "nazorg")
    @Path("/{id}/nazorg")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Scale the zaak down to nazorg (low-intensity follow-up, R-23)", description = "The outcome "
            + "of a review: the owner stays, a check-in falls due every checkInMaanden; opschalen brings it back.")
    public Response nazorg(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                           @ExampleObject(name = "nazorg", value = "{\"reden\":\"Werk gevonden; vinger aan de pols.\","
                                   + "\"checkInMaanden\":3}")))
                           @Valid @NotNull CaseworkRequests.NazorgRequest body) {
        return ok(service.naarNazorg(id, IfMatch.version(ifMatch), body.reden().strip(), body.checkInMaanden(), inzage.wie(),
                inzage.teamleider()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, resource = "opschaling")
    @Path("/{id}/opschaling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Scale the zaak up from nazorg again (one action, R-23)")
    public Response opschaling(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "terugval", value = "{\"reden\":\"Baan verloren.\"}")))
                               @Valid @NotNull CaseworkRequests.OpschalingRequest body) {
        return ok(service.opschalen(id, IfMatch.version(ifMatch), body.reden().strip(), inzage.wie(), inzage.teamleider()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.LEZEN, resource = "tijdlijn")
    @Path("/{id}/tijdlijn")
    @Transactional
    @Operation(summary = "The zaak's timeline across services, oldest first")
    public List<CaseworkRequests.TijdlijnResponse> tijdlijn(@PathParam("id") UUID id) {
        return service.tijdlijn(id).stream().map(CaseworkRequests.TijdlijnResponse::of).toList();
    }
}
