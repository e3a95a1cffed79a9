package nl.trede.casework.api;

import nl.trede.casework.domain.Bron;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import nl.trede.casework.domain.Pagina;
import nl.trede.casework.domain.ZaakService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.AfwijzingReden;
import nl.trede.casework.domain.OntvangerSoort;
import nl.trede.casework.domain.Overdracht;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.casework.domain.OverdrachtSoort;
import nl.trede.casework.domain.OverdrachtStatus;
import nl.trede.casework.domain.Taak;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Warme overdracht of a zaak's regie or its traject's execution, deviations and tasks. */
@Path("/api/casework/v1")
@Tag(name = "overdrachten")
@Produces(MediaType.APPLICATION_JSON)
public class OverdrachtResource {

    private final Verwerkingen verwerkingen;

    @Schema(name = "OverdrachtAanbod")
    public record AanbodRequest(
            @NotNull @Schema(description = "regie (the receiver becomes owner) or uitvoering (the receiver executes "
                    + "the work traject, the regisseur keeps the regie)") OverdrachtSoort soort,
            @NotNull @Schema(description = "What kind of party receives it") OntvangerSoort ontvangerSoort,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") @Schema(description = "The "
                    + "receiver's code, as tokens carry it: a team or partner organisation code from the teams claim "
                    + "(lowercase letters, digits, '.', '_', '-'), or one user's id (a named receiver). Only a caller "
                    + "whose token shows that code answers the offer", example = "werkbedrijf-lucrato") String ontvanger,
            @NotNull @Schema(description = "Warm: an introduction with klant, sender and receiver before acceptance; "
                    + "the regie of a zaak goes warm only (R-04)") Boolean warm,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package (R-03): the history") String geschiedenis,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package (R-03): the possibilities") String mogelijkheden,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package (R-03): the expectations") String verwachtingen) {
    }

    @Schema(name = "Kennismaking")
    public record KennismakingRequest(
            @NotNull @Schema(format = "date", description = "The day of the introduction; not in the future") LocalDate datum,
            @NotNull @Schema(description = "The klant was present (R-04)") Boolean klantAanwezig,
            @NotNull @Schema(description = "The sender was present (R-04)") Boolean zenderAanwezig,
            @NotNull @Schema(description = "The receiver was present (R-04)") Boolean ontvangerAanwezig) {
    }

    @Schema(name = "OverdrachtAcceptatie")
    public record AcceptatieRequest(@NotBlank @Size(max = 200) @Schema(description = "The receiver's named contact "
            + "person (R-04); for a regie overdracht the zaak's new regisseur", example = "jc-de-vries") String contactpersoon) {
    }

    @Schema(name = "OverdrachtAfwijzing")
    public record AfwijzingRequest(@NotNull @Schema(description = "Reason code (R-02)") AfwijzingReden reden,
                                   @NotBlank @Size(max = 4000) @Schema(description = "Reason in words (R-02); stays in "
                                           + "casework") String toelichting) {
    }

    @Schema(name = "Overdracht")
    public record OverdrachtResponse(@Schema(description = "The overdracht's id") UUID id,
                                     @Schema(description = "The zaak") UUID zaakId,
                                     @Schema(description = "regie or uitvoering") OverdrachtSoort soort,
                                     @Schema(description = "Kind of receiving party") OntvangerSoort ontvangerSoort,
                                     @Schema(description = "The receiving team or organisation") String ontvanger,
                                     @Schema(description = "Warm handover") boolean warm,
                                     @Schema(description = "Where it stands") OverdrachtStatus status,
                                     @Schema(description = "Who offered it") String aangebodenDoor,
                                     @Schema(description = "When") Instant aangebodenOp,
                                     @Schema(format = "date", description = "Last day to answer; after it the offer "
                                             + "expires and escalates (T04)") LocalDate antwoordUiterlijk,
                                     @Schema(format = "date", description = "The introduction") LocalDate kennismakingOp,
                                     @Schema(description = "The receiver's named contact") String contactpersoon,
                                     @Schema(description = "Why it was rejected") AfwijzingReden afwijzingReden) {

        static OverdrachtResponse of(Overdracht o) {
            return new OverdrachtResponse(o.id, o.zaakId, o.soort, o.ontvangerSoort, o.ontvanger, o.warm, o.status,
                    o.aangebodenDoor, o.aangebodenOp, o.antwoordUiterlijk, o.kennismakingOp, o.contactpersoon,
                    o.afwijzingReden);
        }
    }

    @Schema(name = "Taak")
    public record TaakResponse(@Schema(description = "The task's id") UUID id,
                               @Schema(description = "The zaak") UUID zaakId,
                               @Schema(description = "What kind of task") String soort,
                               @Schema(description = "The team") String team,
                               @Schema(description = "The role that handles it") String rol,
                               @Schema(description = "What to do") String omschrijving,
                               @Schema(format = "date", description = "Due") LocalDate uiterlijk,
                               @Schema(description = "OPEN or AFGEHANDELD") String status) {

        static TaakResponse of(Taak t) {
            return new TaakResponse(t.id, t.zaakId, t.soort, t.team, t.rol, t.omschrijving, t.uiterlijk, t.status);
        }
    }

    @Schema(name = "TakenPagina")
    public record TakenPage(@Schema(description = "The tasks on this page") List<TaakResponse> taken,
                            @Schema(description = "This page, from 1") int page,
                            @Schema(description = "Items per page") int pageSize,
                            @Schema(description = "Items across all pages the caller may see") long totalItems) {
    }

    @Schema(name = "OverdrachtenPagina")
    public record OverdrachtenPage(@Schema(description = "The overdrachten on this page")
                                   List<OverdrachtResponse> overdrachten,
                                   @Schema(description = "This page, from 1") int page,
                                   @Schema(description = "Items per page") int pageSize,
                                   @Schema(description = "Items across all pages the caller may see") long totalItems) {
    }

    private final OverdrachtService service;
    private final ZaakService zaken;
    private final SecurityIdentity identity;
    private final Inzage inzage;

    public OverdrachtResource(OverdrachtService service, ZaakService zaken, SecurityIdentity identity, Inzage inzage,
                              Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
        this.service = service;
        this.zaken = zaken;
        this.identity = identity;
        this.inzage = inzage;
    }

    @GET
    @Path("/overdrachten")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "Overdrachten by status and receiver, earliest term first (the pending/expired dashboard)",
            description = "Lists and counts only what the caller may see: a teamleider every offer; a klantmanager the "
                    + "offers of zaken they may see and the offers to them or their teams; a ketenpartner only the "
                    + "offers to its organisation (the token's teams claim) or to the account itself.")
    @APIResponse(responseCode = "200", description = "A page of overdrachten",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OverdrachtenPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is not valid, named in invalidParams")
    public Response lijst(@Parameter(description = "aangeboden, kennismaking-gehouden, geaccepteerd, afgewezen, "
                                  + "ingetrokken or verlopen") @QueryParam("status") String status,
                          @Parameter(description = "Only offers to this receiving team, organisation or user")
                          @QueryParam("ontvanger") String ontvanger,
                          @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1")
                          @Min(1) int page,
                          @Parameter(description = "Items per page, 1 to 100") @QueryParam("pageSize")
                          @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
                          @Context UriInfo uri) {
        Pagina<Overdracht> result = service.lijst(QueryParams.code("status", status, OverdrachtStatus.class),
                ontvanger == null || ontvanger.isBlank() ? null : ontvanger.strip(), inzage.vanAanroeper(), page,
                pageSize);
        var klanten = ZaakVerwerkingInterceptor.klantPerZaak(result.items().stream().map(o -> o.zaakId).toList());
        verwerkingen.vastleggen(CaseworkActiviteit.REGIE, Actie.LEZEN, "overdracht", result.items(),
                o -> klanten.get(o.zaakId), o -> o.id);
        return Paginering.antwoord(new OverdrachtenPage(result.items().stream().map(OverdrachtResponse::of).toList(),
                page, pageSize, result.total()), page, pageSize, result.total(), uri);
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, bron = Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "One overdracht, with its ETag", description = "For whoever may see its zaak and for its "
            + "receiver (a member of the receiving team or organisation, or the named user), in every state.")
    @APIResponse(responseCode = "200", description = "The overdracht", headers = @Header(name = "ETag",
            description = "Its version, for If-Match on the next step", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OverdrachtResponse.class)))
    @APIResponse(responseCode = "404", description = "No such overdracht, or one the caller may not see")
    public Response overdrachtLezen(@PathParam("oid") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/kennismaking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "Record the introduction meeting (klant, sender and receiver present: R-04, T05)")
    public Response kennismaking(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                                 @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                 @ExampleObject(name = "kennismaking", value = "{\"datum\":\"2026-11-20\","
                                         + "\"klantAanwezig\":true,\"zenderAanwezig\":true,\"ontvangerAanwezig\":true}")))
                                 @Valid @NotNull KennismakingRequest body) {
        return ok(service.kennismaking(id, IfMatch.version(ifMatch), body.datum(), body.klantAanwezig(),
                body.zenderAanwezig(), body.ontvangerAanwezig(), aanroeper()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/acceptatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "The receiver accepts, naming a contact person", description = "A warm one only after the "
            + "introduction (400). Regie: the receiver owns the zaak from now on; uitvoering: the receiver executes.")
    public Response acceptatie(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "acceptatie", value = "{\"contactpersoon\":\"jc-de-vries\"}")))
                               @Valid @NotNull AcceptatieRequest body) {
        return ok(service.accepteren(id, IfMatch.version(ifMatch), body.contactpersoon().strip(), aanroeper()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "The receiver rejects with a reason code and text; the sender stays owner (R-02)")
    public Response afwijzing(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                              @ExampleObject(name = "afwijzing", value = "{\"reden\":\"geen-capaciteit\","
                                      + "\"toelichting\":\"Wachtlijst tot maart.\"}")))
                              @Valid @NotNull AfwijzingRequest body) {
        return ok(service.afwijzen(id, IfMatch.version(ifMatch), body.reden(), body.toelichting().strip(),
                aanroeper()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/intrekking")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "The sender withdraws the offer")
    public Response intrekking(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return ok(service.intrekken(id, IfMatch.version(ifMatch), aanroeper()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = Bron.AFWIJKING, resource = "afwijking")
    @Path("/afwijkingen/{aid}/beoordeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAMLEIDER)
    @Operation(summary = "Approve or reject a deviation (four eyes: not the requester)", description = "Approved: "
            + "the regisseur becomes the traject's executor (uitvoerderSoort regisseur).")
    public CaseworkRequests.AfwijkingResponse beoordeling(@PathParam("aid") UUID id,
                                                          @RequestBody(content = @Content(mediaType =
                                                                  MediaType.APPLICATION_JSON, examples =
                                                          @ExampleObject(name = "goedgekeurd", value =
                                                                  "{\"goedgekeurd\":true,\"toelichting\":\"Akkoord, "
                                                                          + "evaluatie na drie maanden.\"}")))
                                                          @Valid @NotNull CaseworkRequests.BeoordelingRequest body) {
        return CaseworkRequests.AfwijkingResponse.of(service.afwijkingBeoordelen(id, body.goedgekeurd(),
                body.toelichting(), actor()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, bron = Bron.AFWIJKING, resource = "afwijking")
    @Path("/afwijkingen/{aid}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "One deviation from the standard route (visible to the klant)")
    @APIResponse(responseCode = "200", description = "The deviation", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseworkRequests.AfwijkingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deviation, or one of a zaak the caller may not see")
    public CaseworkRequests.AfwijkingResponse afwijkingLezen(@PathParam("aid") UUID id) {
        return CaseworkRequests.AfwijkingResponse.of(service.afwijking(id));
    }

    @GET
    @Path("/taken")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Tasks, earliest due first (e.g. an expired overdracht for the teamleider)",
            description = "Lists and counts only the tasks of zaken the caller may see (a klantmanager: their caseload, "
                    + "their teams and open offers to them); open tasks unless alle=true.")
    @APIResponse(responseCode = "200", description = "A page of tasks",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakenPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is not valid, named in invalidParams")
    public Response taken(@Parameter(description = "Only tasks of this team") @QueryParam("team") String team,
                          @Parameter(description = "Only tasks of this zaak") @QueryParam("zaakId") String zaakId,
                          @Parameter(description = "Also the handled tasks", schema = @Schema(type =
                                  SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("alle") String alleParam,
                          @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1")
                          @Min(1) int page,
                          @Parameter(description = "Items per page, 1 to 100") @QueryParam("pageSize")
                          @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
                          @Context UriInfo uri) {
        Pagina<Taak> result = zaken.taken(team == null || team.isBlank() ? null : team.strip(),
                QueryParams.uuid("zaakId", zaakId), QueryParams.bool("alle", alleParam), inzage.vanAanroeper(), page,
                pageSize);
        var klanten = ZaakVerwerkingInterceptor.klantPerZaak(result.items().stream().map(t -> t.zaakId).toList());
        verwerkingen.vastleggen(CaseworkActiviteit.REGIE, Actie.LEZEN, "taak", result.items(),
                t -> klanten.get(t.zaakId), t -> t.id);
        return Paginering.antwoord(new TakenPage(result.items().stream().map(TaakResponse::of).toList(), page,
                pageSize, result.total()), page, pageSize, result.total(), uri);
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, bron = Bron.TAAK, resource = "taak")
    @Path("/taken/{id}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "One task")
    @APIResponse(responseCode = "200", description = "The task", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaakResponse.class)))
    @APIResponse(responseCode = "404", description = "No such task, or one of a zaak the caller may not see")
    public TaakResponse taakLezen(@PathParam("id") UUID id) {
        return TaakResponse.of(zaken.taak(id));
    }

    private OverdrachtService.Aanroeper aanroeper() {
        return new OverdrachtService.Aanroeper(inzage.vanAanroeper(), identity.hasRole(Roles.TEAMLEIDER));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    static EntityTag etag(Overdracht o) {
        return new EntityTag(Long.toString(o.version));
    }

    private static Response ok(Overdracht o) {
        return Response.ok(OverdrachtResponse.of(o)).tag(etag(o)).build();
    }
}
