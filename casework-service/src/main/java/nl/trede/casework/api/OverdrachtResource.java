package nl.trede.casework.api;

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
import java.util.UUID;
import nl.trede.casework.api.OverdrachtBerichten.AcceptatieRequest;
import nl.trede.casework.api.OverdrachtBerichten.AfwijzingRequest;
import nl.trede.casework.api.OverdrachtBerichten.KennismakingRequest;
import nl.trede.casework.api.OverdrachtBerichten.OverdrachtResponse;
import nl.trede.casework.api.OverdrachtBerichten.OverdrachtenPage;
import nl.trede.casework.domain.Bron;
import nl.trede.casework.domain.Overdracht;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.casework.domain.OverdrachtStatus;
import nl.trede.casework.domain.ToegangService;
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

/** Warme overdracht of a zaak's regie or its traject's execution: the dashboard and the steps of one offer. */
@Path("/api/casework/v1")
@Tag(name = "overdrachten")
@Produces(MediaType.APPLICATION_JSON)
public class OverdrachtResource {

    private final OverdrachtService service;
    private final Inzage inzage;
    private final Verwerkingen verwerkingen;

    public OverdrachtResource(OverdrachtService service, Inzage inzage, Verwerkingen verwerkingen) {
        this.service = service;
        this.inzage = inzage;
        this.verwerkingen = verwerkingen;
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
        Paginering paging = new Paginering(page, pageSize);
        Paginering.Resultaat<Overdracht> result = service.lijst(QueryParams.code("status", status,
                OverdrachtStatus.class), ZaakAntwoorden.blankToNull(ontvanger), inzage.vanAanroeper(), paging);
        var klanten = ToegangService.klantPerZaak(result.items().stream().map(o -> o.zaakId).toList());
        verwerkingen.vastleggen(CaseworkActiviteit.REGIE, Actie.LEZEN, "overdracht", result.items(),
                o -> klanten.get(o.zaakId), o -> o.id);
        return paging.antwoord(new OverdrachtenPage(result.items().stream().map(OverdrachtResponse::of).toList(),
                page, pageSize, result.totalItems()), result.totalItems(), uri);
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

    private OverdrachtService.Aanroeper aanroeper() {
        return new OverdrachtService.Aanroeper(inzage.vanAanroeper(), inzage.teamleider());
    }

    static EntityTag etag(Overdracht o) {
        return new EntityTag(Long.toString(o.version));
    }

    private static Response ok(Overdracht o) {
        return Response.ok(OverdrachtResponse.of(o)).tag(etag(o)).build();
    }
}
