package nl.trede.casework.api;

import io.quarkus.security.identity.SecurityIdentity;
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
import nl.trede.casework.domain.DoorstroomService;
import nl.trede.casework.domain.Gedraging;
import nl.trede.casework.domain.OndersteuningService;
import nl.trede.casework.domain.Overdracht;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.casework.domain.Pagina;
import nl.trede.casework.domain.PlanService;
import nl.trede.casework.domain.TijdlijnItem;
import nl.trede.casework.domain.ToegangService;
import nl.trede.casework.domain.Traject;
import nl.trede.casework.domain.TrajectService;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakInzage;
import nl.trede.casework.domain.ZaakService;
import nl.trede.casework.domain.ZaakStatus;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.problem.Problem;
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

@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakResource {

    private final ZaakService service;
    private final OverdrachtService overdrachten;
    private final TrajectService trajecten;
    private final DoorstroomService doorstroom;
    private final PlanService plannen;
    private final OndersteuningService ondersteuning;
    private final nl.trede.casework.domain.OverlegService overleggen;
    private final SecurityIdentity identity;
    private final Inzage inzage;
    private final Verwerkingen verwerkingen;
    private final ToegangService toegang;

    public ZaakResource(ZaakService service, OverdrachtService overdrachten, TrajectService trajecten,
                        DoorstroomService doorstroom, PlanService plannen, OndersteuningService ondersteuning,
                        nl.trede.casework.domain.OverlegService overleggen, SecurityIdentity identity, Inzage inzage,
                        Verwerkingen verwerkingen, ToegangService toegang) {
        this.verwerkingen = verwerkingen;
        this.toegang = toegang;
        this.service = service;
        this.overdrachten = overdrachten;
        this.trajecten = trajecten;
        this.doorstroom = doorstroom;
        this.plannen = plannen;
        this.ondersteuning = ondersteuning;
        this.overleggen = overleggen;
        this.identity = identity;
        this.inzage = inzage;
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
        Pagina<Zaak> result = service.list(new ZaakService.Filter(QueryParams.uuid("klantId", klantId),
                QueryParams.code("status", status, ZaakStatus.class), blankToNull(team), blankToNull(regisseur),
                QueryParams.bool("zonderRegisseur", zonderRegisseur), inzage.vanAanroeper()), page, pageSize);
        verwerkingen.vastleggen(CaseworkActiviteit.ZAAKBEHANDELING, Actie.LEZEN, "zaak", result.items(),
                z -> z.klant.klantId, z -> z.id);
        return Paginering.antwoord(new ZakenPage(result.items().stream().map(ZaakResponse::of).toList(), page,
                pageSize, result.total()), page, pageSize, result.total(), uri);
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
        Zaak zaak = service.openDirect(body.klantId(), body.klantgroep(), body.reden().strip(), actor(),
                !isTeamleider(), open -> toegang.magZien(open, aanroeper));
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
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, resource = "regie")
    @Path("/{id}/regie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Assign, transfer or return the regie", description = "Team and regisseur change together, "
            + "atomically (sources A3 R-01). A klantmanager takes a zaak from the team queue (regisseur = self) or "
            + "hands over their own; a teamleider assigns any. regisseur empty: back to the team queue, the team "
            + "owning it. A concurrent change loses: 412 with a stale If-Match, 409 without.")
    public Response regie(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                          @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                                  @ExampleObject(name = "toewijzen", value = "{\"regisseur\":\"km-jansen\","
                                          + "\"reden\":\"Vaste contactpersoon voor werk.\"}"),
                                  @ExampleObject(name = "ander-team", value = "{\"team\":\"team-jongeren\","
                                          + "\"reden\":\"Jonger dan 27: jongerenteam.\"}")}))
                          @Valid @NotNull CaseworkRequests.RegieRequest body) {
        return ok(service.regieWijzigen(id, IfMatch.version(ifMatch), blankToNull(body.team()),
                blankToNull(body.regisseur()), body.reden().strip(), actor(), isTeamleider()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, resource = "regiehistorie")
    @Path("/{id}/regiehistorie")
    @Transactional
    @Operation(summary = "Every change of regie over the zaak, oldest first")
    public List<CaseworkRequests.RegiewisselResponse> regiehistorie(@PathParam("id") UUID id) {
        service.get(id);
        return nl.trede.casework.domain.Regiewissel.vanZaak(id).stream()
                .map(CaseworkRequests.RegiewisselResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.GEDRAGING_MELDEN, actie = Actie.WIJZIGEN, resource = "gedraging")
    @Path("/{id}/gedragingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Report a gedraging to enforcement", description = "Publishes gedraging-gemeld with the "
            + "category code and the date; the toelichting stays in casework. Open zaken only (409). The category is "
            + "checked against enforcement's catalogue valid on datum (its gedragingscategorieen-gewijzigd event), for "
            + "the zaak's klantgroep: what enforcement would refuse is a 400 here.")
    @APIResponse(responseCode = "201", description = "Reported; enforcement registers it, or answers "
            + "gedraging-geweigerd (then status geweigerd)")
    @APIResponse(responseCode = "400", description = "categorie-onbekend, geen-arbeidsverplichting (Faciliteren/Zorg, "
            + "PB §1.2), referentiedatum-vereist, geen-catalogus-op-datum, or invalid fields; nothing is written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The zaak is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "catalogus-onbekend: enforcement's catalogue has not reached "
            + "casework yet; nothing is written, retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response gedraging(@PathParam("id") UUID id,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                              @ExampleObject(name = "no-show", value = "{\"categorie\":\"no-show\","
                                      + "\"datum\":\"2026-11-20\",\"toelichting\":\"Niet verschenen op de afspraak.\"}")))
                              @Valid @NotNull CaseworkRequests.GedragingRequest body) {
        Gedraging g = service.gedragingMelden(id, body.categorie(), body.datum(), body.toelichting().strip(), actor());
        return Response.created(URI.create(ZaakService.PATH + "/" + id + "/gedragingen/" + g.id))
                .entity(CaseworkRequests.GedragingResponse.of(g))
                .build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.GEDRAGING_MELDEN, actie = Actie.LEZEN, resource = "gedraging")
    @Path("/{id}/gedragingen/{gid}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "One gedraging reported on the zaak, with its toelichting (which stays in casework)")
    @APIResponse(responseCode = "200", description = "The gedraging", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseworkRequests.GedragingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such gedraging on this zaak, or a zaak the caller may not see")
    public CaseworkRequests.GedragingResponse gedragingLezen(@PathParam("id") UUID id,
                                                             @PathParam("gid") UUID gedragingId) {
        Gedraging g = service.gedraging(id, gedragingId);
        return CaseworkRequests.GedragingResponse.of(g);
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
        return ok(service.afsluiten(id, IfMatch.version(ifMatch), body.reden(), body.toelichting(), actor(),
                isTeamleider()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.LEZEN, resource = "tijdlijn")
    @Path("/{id}/tijdlijn")
    @Transactional
    @Operation(summary = "The zaak's timeline across services, oldest first")
    public List<CaseworkRequests.TijdlijnResponse> tijdlijn(@PathParam("id") UUID id) {
        service.get(id);
        return TijdlijnItem.vanZaak(id).stream().map(CaseworkRequests.TijdlijnResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, resource = "overdracht")
    @Path("/{id}/overdrachten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Offer the zaak's regie or its traject's execution to another party",
            description = "With the information package (R-03). The regie goes warm only (400). One open offer per "
                    + "zaak and kind (409). The sender stays owner until acceptance.")
    public Response aanbieden(@PathParam("id") UUID zaakId,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                              @ExampleObject(name = "werkbedrijf", value = "{\"soort\":\"uitvoering\","
                                      + "\"ontvangerSoort\":\"werkbedrijf\",\"ontvanger\":\"werkbedrijf-lucrato\","
                                      + "\"warm\":true,\"geschiedenis\":\"Twee jaar bijstand; vaste contactpersoon "
                                      + "sinds juli.\",\"mogelijkheden\":\"Plaatsbaar binnen een jaar in logistiek.\","
                                      + "\"verwachtingen\":\"Begeleiding naar werk; regisseur blijft monitoren.\"}")))
                              @Valid @NotNull OverdrachtResource.AanbodRequest body) {
        Overdracht o = overdrachten.aanbieden(zaakId, new OverdrachtService.Aanbod(body.soort(), body.ontvangerSoort(),
                body.ontvanger().strip(), body.warm(), body.geschiedenis().strip(), body.mogelijkheden().strip(),
                body.verwachtingen().strip()), actor(), identity.hasRole(Roles.TEAMLEIDER));
        return Response.created(URI.create("/api/casework/v1/overdrachten/" + o.id)).tag(OverdrachtResource.etag(o))
                .entity(OverdrachtResource.OverdrachtResponse.of(o)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, resource = "overdracht")
    @Path("/{id}/overdrachten")
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "The zaak's overdrachten, oldest first")
    public List<OverdrachtResource.OverdrachtResponse> overdrachtenVanZaak(@PathParam("id") UUID zaakId) {
        service.get(zaakId);
        return Overdracht.vanZaak(zaakId).stream().map(OverdrachtResource.OverdrachtResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, resource = "afwijking")
    @Path("/{id}/afwijkingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Ask to execute the traject as regisseur (a deviation)", description = "R-26/R-27, T02: "
            + "with a reason and its condition, visible to the klant; a teamleider other than the requester decides.")
    public Response afwijking(@PathParam("id") UUID id,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                              @ExampleObject(name = "zelf-begeleiden", value = "{\"reden\":\"Klant wil niet naar "
                                      + "het werkbedrijf na eerdere ervaring.\",\"voorwaarde\":\"Evaluatie na drie "
                                      + "maanden.\"}")))
                              @Valid @NotNull CaseworkRequests.AfwijkingRequest body) {
        var a = overdrachten.afwijkingAanvragen(id, body.reden().strip(), body.voorwaarde(), actor());
        return Response.created(URI.create("/api/casework/v1/afwijkingen/" + a.id))
                .entity(CaseworkRequests.AfwijkingResponse.of(a)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, resource = "afwijking")
    @Path("/{id}/afwijkingen")
    @Transactional
    @Operation(summary = "The zaak's deviations from the standard route (visible to the klant, R-27)")
    public List<CaseworkRequests.AfwijkingResponse> afwijkingen(@PathParam("id") UUID id) {
        service.get(id);
        return nl.trede.casework.domain.Afwijking.vanZaak(id).stream().map(CaseworkRequests.AfwijkingResponse::of)
                .toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "traject")
    @Path("/{id}/trajecten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Start a traject from the catalogue", description = "The voorziening's conditions are "
            + "checked (klantgroep, age, doelgroepregister, maximum duration, hours, amount): 400 naming every broken "
            + "rule with its source. The end date becomes a review task.")
    public Response starten(@PathParam("id") UUID zaakId,
                            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                            @ExampleObject(name = "wep", value = "{\"voorziening\":\"werkervaringsplaats\","
                                    + "\"startdatum\":\"2026-12-01\",\"einddatum\":\"2027-02-28\",\"urenPerWeek\":24,"
                                    + "\"uitvoerder\":\"werkbedrijf\"}")))
                            @Valid @NotNull TrajectResource.TrajectRequest body) {
        Traject t = trajecten.starten(zaakId, new TrajectService.Aanvraag(body.voorziening(), body.startdatum(),
                body.einddatum(), body.urenPerWeek(), body.kosten(), body.uitvoerder(), body.maatwerkOmschrijving(),
                body.financieringsbron()), actor(), isTeamleider());
        return Response.created(URI.create("/api/casework/v1/trajecten/" + t.id)).tag(TrajectResource.etag(t))
                .entity(TrajectResource.TrajectResponse.of(t)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.LEZEN, resource = "traject")
    @Path("/{id}/trajecten")
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "The zaak's trajecten, by start date")
    public List<TrajectResource.TrajectResponse> trajecten(@PathParam("id") UUID zaakId) {
        service.get(zaakId);
        return Traject.vanZaak(zaakId).stream().map(TrajectResource.TrajectResponse::of).toList();
    }

    @POST
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "indicaties")
    @Path("/{id}/indicaties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record the klant's indications used by eligibility rules (the doelgroepregister)")
    public ZaakResponse indicaties(@PathParam("id") UUID zaakId,
                                   @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                   @ExampleObject(name = "zorg", value = "{\"actieveZorg\":true,\"zorgSoort\":\"schuldhulp\"}")))
                                   @Valid @NotNull TrajectResource.IndicatiesRequest body) {
        if (body.inDoelgroepregister() == null && body.actieveZorg() == null && body.zorgSoort() == null) {
            throw nl.trede.platform.problem.ProblemException.invalid("inDoelgroepregister", "give at least one of "
                    + "inDoelgroepregister, actieveZorg, zorgSoort");
        }
        Zaak zaak = service.get(zaakId);
        if (body.inDoelgroepregister() != null) {
            zaak.inDoelgroepregister = body.inDoelgroepregister();
        }
        if (body.actieveZorg() != null) {
            zaak.actieveZorg = body.actieveZorg();
        }
        if (body.zorgSoort() != null) {
            zaak.zorgSoort = body.zorgSoort();
        }
        return ZaakResponse.of(zaak);
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.WIJZIGEN, resource = "klantgroep")
    @Path("/{id}/klantgroep")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Change the klantgroep (doorstroom)", description = "Only the transitions of sources D2.4 "
            + "with one of their criteria (400 otherwise); Matchen → Groeien for not being placed only after 6 "
            + "months (9 with the extension). The klant's preference is kept beside the decision. With overdracht: "
            + "a warme overdracht of the regie to the new team is offered; the sender stays owner until acceptance.")
    public Response klantgroep(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "naar-groeien", value = "{\"naar\":\"groeien\","
                                       + "\"criterium\":\"zes-maanden-niet-geplaatst\",\"reden\":\"Na zes maanden "
                                       + "niet geplaatst; extra instrumenten nodig.\",\"klantVoorkeur\":\"matchen\"}")))
                               @Valid @NotNull CaseworkRequests.DoorstroomRequest body) {
        OverdrachtService.Aanbod aanbod = body.overdracht() == null ? null : new OverdrachtService.Aanbod(
                nl.trede.casework.domain.OverdrachtSoort.REGIE, nl.trede.casework.domain.OntvangerSoort.TEAM,
                body.overdracht().team().strip(), true, body.overdracht().geschiedenis().strip(),
                body.overdracht().mogelijkheden().strip(), body.overdracht().verwachtingen().strip());
        return ok(doorstroom.wijzigen(id, IfMatch.version(ifMatch), new DoorstroomService.Besluit(body.naar().strip(),
                body.criterium().strip(), body.reden().strip(), blankToNull(body.klantVoorkeur()), aanbod), actor(),
                isTeamleider()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.LEZEN, resource = "klantgroephistorie")
    @Path("/{id}/klantgroephistorie")
    @Transactional
    @Operation(summary = "Every change of klantgroep on the zaak, oldest first")
    public List<CaseworkRequests.KlantgroepWisselResponse> klantgroephistorie(@PathParam("id") UUID id) {
        service.get(id);
        return nl.trede.casework.domain.KlantgroepWissel.vanZaak(id).stream()
                .map(CaseworkRequests.KlantgroepWisselResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "matchen-verlenging")
    @Path("/{id}/matchen-verlenging")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Extend Matchen once by three months (PB §3.2)")
    public Response matchenVerlenging(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return ok(doorstroom.matchenVerlengen(id, IfMatch.version(ifMatch), actor(), isTeamleider()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "matchen-diensten")
    @Path("/{id}/matchen-diensten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "A Groeien klant uses Matchen's services while staying in Groeien (PB §2.2.4)")
    public Response matchenDiensten(@PathParam("id") UUID id,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                    @ExampleObject(name = "aan", value = "{\"aan\":true}")))
                                    @Valid @NotNull CaseworkRequests.MatchenDienstenRequest body) {
        return ok(doorstroom.matchenDiensten(id, body.aan(), actor(), isTeamleider()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "plan")
    @Path("/{id}/plannen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Set (a new version of) the plan van aanpak", description = "After consultation with the "
            + "klant (V-T art. 3); the variant follows the klantgroep (sources D2.5): 400 naming every broken rule. "
            + "Its evaluation date becomes a task; plan-vastgesteld is published.")
    public Response plan(@PathParam("id") UUID id,
                         @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                         @ExampleObject(name = "groeien", value = "{\"variant\":\"trajectplan\",\"doelen\":[\"Werkritme "
                                 + "opbouwen\",\"Taalniveau 1F\"],\"afspraken\":[\"Elke twee weken een gesprek\"],"
                                 + "\"verplichtingen\":[\"Taallessen volgen\"],\"evaluatiedatum\":\"2027-05-01\","
                                 + "\"overlegMetKlantOp\":\"2026-11-20\",\"klantAkkoordOp\":\"2026-11-20\"}")))
                         @Valid @NotNull CaseworkRequests.PlanRequest body) {
        var p = plannen.vaststellen(id, new PlanService.Plan(body.variant().strip(), body.doelen(), body.afspraken(),
                body.verplichtingen(), body.evaluatiedatum(), body.overlegMetKlantOp(), body.klantAkkoordOp()), actor(),
                isTeamleider());
        return Response.created(URI.create(ZaakService.PATH + "/" + id + "/plannen/" + p.versie))
                .entity(CaseworkRequests.PlanResponse.of(p)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.LEZEN, resource = "plan")
    @Path("/{id}/plannen")
    @Transactional
    @Operation(summary = "Every version of the plan van aanpak, newest first")
    public List<CaseworkRequests.PlanResponse> plannen(@PathParam("id") UUID id) {
        service.get(id);
        return nl.trede.casework.domain.PlanVanAanpak.vanZaak(id).stream().map(CaseworkRequests.PlanResponse::of)
                .toList();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.LEZEN, resource = "plan")
    @Path("/{id}/plannen/{versie}")
    @Operation(summary = "One version of the plan van aanpak")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseworkRequests.PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such version, or a zaak the caller may not see")
    public CaseworkRequests.PlanResponse planVersie(@PathParam("id") UUID id,
                                                    @Parameter(description = "The version, from 1")
                                                    @PathParam("versie") @Min(1) int versie) {
        return CaseworkRequests.PlanResponse.of(plannen.versie(id, versie));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, resource = "ondersteuning")
    @Path("/{id}/ondersteuningen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record a long-term support relationship (a steunfiguur, R-09)", description = "No forced "
            + "end date; a periodic check-in becomes a task.")
    public Response ondersteuning(@PathParam("id") UUID id,
                                  @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                  @ExampleObject(name = "icare", value = "{\"soort\":\"steunfiguur-professioneel\","
                                          + "\"aanbieder\":\"Icare\",\"urenPerWeek\":1.5,\"sinds\":\"2020-11-01\","
                                          + "\"checkInMaanden\":6}")))
                                  @Valid @NotNull OndersteuningResource.OndersteuningRequest body) {
        var o = ondersteuning.vastleggen(id, body.soort(), body.aanbieder().strip(), body.contactpersoon(),
                body.urenPerWeek(), body.sinds(), body.checkInMaanden(), actor(), isTeamleider());
        return Response.created(URI.create("/api/casework/v1/ondersteuningen/" + o.id))
                .entity(OndersteuningResource.OndersteuningResponse.of(o)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, resource = "ondersteuning")
    @Path("/{id}/ondersteuningen")
    @Transactional
    @Operation(summary = "The zaak's support relationships, oldest first")
    public List<OndersteuningResource.OndersteuningResponse> ondersteuningen(@PathParam("id") UUID id) {
        service.get(id);
        return nl.trede.casework.domain.Ondersteuning.vanZaak(id).stream()
                .map(OndersteuningResource.OndersteuningResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, resource = "begeleidingsoverleg")
    @Path("/{id}/begeleidingsoverleggen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Plan a begeleidingsoverleg with its participants (R-07)")
    public Response overleg(@PathParam("id") UUID id,
                            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                            @ExampleObject(name = "vso", value = "{\"geplandOp\":\"2026-12-01\",\"deelnemers\":["
                                    + "{\"rol\":\"school\",\"organisatie\":\"VSO-school\",\"verplicht\":true},"
                                    + "{\"rol\":\"ouders\",\"organisatie\":\"gezin\",\"verplicht\":true}]}")))
                            @Valid @NotNull OndersteuningResource.OverlegRequest body) {
        var o = overleggen.plannen(id, body.geplandOp(), body.deelnemers().stream()
                .map(d -> new nl.trede.casework.domain.OverlegService.Deelnemer(d.rol().strip(), d.organisatie().strip(),
                        d.verplicht())).toList(), actor(), isTeamleider());
        return Response.created(URI.create("/api/casework/v1/begeleidingsoverleggen/" + o.id))
                .tag(new EntityTag(Long.toString(o.version)))
                .entity(OndersteuningResource.OverlegResponse.of(o)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, resource = "begeleidingsoverleg")
    @Path("/{id}/begeleidingsoverleggen")
    @Transactional
    @Operation(summary = "The zaak's begeleidingsoverleggen")
    public List<OndersteuningResource.OverlegResponse> overleggen(@PathParam("id") UUID id) {
        service.get(id);
        return nl.trede.casework.domain.Begeleidingsoverleg.vanZaak(id).stream()
                .map(OndersteuningResource.OverlegResponse::of).toList();
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
        return ok(service.naarNazorg(id, IfMatch.version(ifMatch), body.reden().strip(), body.checkInMaanden(), actor(),
                isTeamleider()));
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
        return ok(service.opschalen(id, IfMatch.version(ifMatch), body.reden().strip(), actor(), isTeamleider()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private boolean isTeamleider() {
        return identity.hasRole(Roles.TEAMLEIDER);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Response ok(Zaak zaak) {
        return Response.ok(ZaakResponse.of(zaak)).tag(new EntityTag(Long.toString(zaak.version))).build();
    }
}
