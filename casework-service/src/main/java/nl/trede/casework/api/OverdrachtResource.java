package nl.trede.casework.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** Warme overdracht of a zaak's regie or its traject's execution (issue 4; seed-000-002, T01, T04, T05). */
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
            @NotBlank @Size(max = 200) @Schema(description = "The receiving team code or organisation",
                    example = "werkbedrijf-lucrato") String ontvanger,
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
    }

    private final OverdrachtService service;
    private final SecurityIdentity identity;

    public OverdrachtResource(OverdrachtService service, SecurityIdentity identity, Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("/overdrachten")
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "Overdrachten by status and receiver (the pending/expired dashboard of R-28)")
    public List<OverdrachtResponse> lijst(@QueryParam("status") String status, @QueryParam("ontvanger") String ontvanger) {
        OverdrachtStatus s = QueryParams.code("status", status, OverdrachtStatus.class);
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (s != null) {
            q.append(" and status = :status");
            params.put("status", s);
        }
        if (ontvanger != null && !ontvanger.isBlank()) {
            q.append(" and ontvanger = :ontvanger");
            params.put("ontvanger", ontvanger.strip());
        }
        q.append(" order by antwoordUiterlijk, id");
        List<Overdracht> overdrachten = Overdracht.<Overdracht>find(q.toString(), params).page(0, 200).list();
        var klanten = ZaakVerwerkingInterceptor.klantPerZaak(overdrachten.stream().map(o -> o.zaakId).toList());
        verwerkingen.vastleggen(CaseworkActiviteit.REGIE, Actie.LEZEN, "overdracht", overdrachten,
                o -> klanten.get(o.zaakId), o -> o.id);
        return overdrachten.stream().map(OverdrachtResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = ZaakVerwerking.Bron.OVERDRACHT, resource = "overdracht")
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
                body.zenderAanwezig(), body.ontvangerAanwezig()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = ZaakVerwerking.Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/acceptatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "The receiver accepts, naming a contact person", description = "A warm one only after the "
            + "introduction (400). Regie: the receiver owns the zaak from now on; uitvoering: the receiver executes.")
    public Response acceptatie(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "acceptatie", value = "{\"contactpersoon\":\"jc-de-vries\"}")))
                               @Valid @NotNull AcceptatieRequest body) {
        return ok(service.accepteren(id, IfMatch.version(ifMatch), body.contactpersoon().strip(), actor()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = ZaakVerwerking.Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "The receiver rejects with a reason code and text; the sender stays owner (R-02)")
    public Response afwijzing(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                              @ExampleObject(name = "afwijzing", value = "{\"reden\":\"geen-capaciteit\","
                                      + "\"toelichting\":\"Wachtlijst tot maart.\"}")))
                              @Valid @NotNull AfwijzingRequest body) {
        return ok(service.afwijzen(id, IfMatch.version(ifMatch), body.reden(), body.toelichting().strip(), actor()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = ZaakVerwerking.Bron.OVERDRACHT, resource = "overdracht")
    @Path("/overdrachten/{oid}/intrekking")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "The sender withdraws the offer")
    public Response intrekking(@PathParam("oid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return ok(service.intrekken(id, IfMatch.version(ifMatch), actor()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, bron = ZaakVerwerking.Bron.AFWIJKING, resource = "afwijking")
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
    @Path("/taken")
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Open tasks of a team, earliest first (e.g. an expired overdracht for the teamleider)")
    public List<TaakResponse> taken(@QueryParam("team") String team,
                                    @QueryParam("zaakId") String zaakId,
                                    @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN, defaultValue = "false"))
                                    @QueryParam("alle") String alleParam) {
        UUID zaak = QueryParams.uuid("zaakId", zaakId);
        boolean alle = QueryParams.bool("alle", alleParam);
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!alle) {
            q.append(" and status = :open");
            params.put("open", Taak.OPEN);
        }
        if (team != null && !team.isBlank()) {
            q.append(" and team = :team");
            params.put("team", team.strip());
        }
        if (zaak != null) {
            q.append(" and zaakId = :zaak");
            params.put("zaak", zaak);
        }
        q.append(" order by uiterlijk, id");
        List<Taak> taken = Taak.<Taak>find(q.toString(), params).page(0, 200).list();
        var klanten = ZaakVerwerkingInterceptor.klantPerZaak(taken.stream().map(t -> t.zaakId).toList());
        verwerkingen.vastleggen(CaseworkActiviteit.REGIE, Actie.LEZEN, "taak", taken, t -> klanten.get(t.zaakId),
                t -> t.id);
        return taken.stream()
                .map(t -> new TaakResponse(t.id, t.zaakId, t.soort, t.team, t.rol, t.omschrijving, t.uiterlijk,
                        t.status)).toList();
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
