package nl.trede.intake.api;

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
import nl.trede.intake.domain.AanvraagService;
import nl.trede.intake.domain.Melding;
import nl.trede.intake.domain.MeldingService;
import nl.trede.intake.domain.MeldingStatus;
import nl.trede.intake.domain.MeldingType;
import nl.trede.intake.domain.TermijnVenster;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.idempotency.IdempotencyKeys;
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

@Path(MeldingService.PATH)
@Tag(name = "meldingen")
@Produces(MediaType.APPLICATION_JSON)
public class MeldingResource {

    static final String RESOURCE = "melding";

    private final MeldingService service;
    private final AanvraagService aanvragen;
    private final SecurityIdentity identity;
    private final Verwerkingen verwerkingen;

    public MeldingResource(MeldingService service, AanvraagService aanvragen, SecurityIdentity identity,
                           Verwerkingen verwerkingen) {
        this.service = service;
        this.aanvragen = aanvragen;
        this.identity = identity;
        this.verwerkingen = verwerkingen;
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.KETENPARTNER})
    @Operation(summary = "Register a melding", description = "The melding date is the day of receipt: today "
            + "(Europe/Amsterdam), or an earlier ontvangenOp stated by intake staff (at most 3 months back). The BSN is "
            + "stored in its canonical 9-digit form (an 8-digit number gets its leading 0). For intake staff a second "
            + "open melding of the same type for the same person is a 409 that links the first. A ketenpartner submits "
            + "signaal-ketenpartner only and gets the answer of /ingediende-meldingen (no klantId, no personal data); "
            + "its signal about a person who already has an open signal is recorded as its own submission and linked "
            + "to that melding, with the same 201 as a fresh signal.")
    public Response register(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "aanvraag-levensonderhoud", value = "{\"type\":\"aanvraag-levensonderhoud\",\"bsn\":\"999990342\",\"naam\":\"J. Jansen\",\"geboortedatum\":\"1990-05-17\",\"kanaal\":\"digitaal\",\"broodnood\":false}"),
                            @ExampleObject(name = "signaal-vso-school", value = "{\"type\":\"signaal-ketenpartner\",\"bsn\":\"999990342\",\"naam\":\"K. Konrad\",\"geboortedatum\":\"2010-05-23\",\"melder\":{\"organisatie\":\"VSO-school Lelystad\",\"soort\":\"vso-school\"},\"verwachteUitstroomdatum\":\"2027-07-01\"}"),
                            @ExampleObject(name = "verzoek-ondersteuning", value = "{\"type\":\"verzoek-ondersteuning\",\"bsn\":\"999990342\",\"naam\":\"J. Jansen\",\"geboortedatum\":\"1990-05-17\",\"inkomenPerMaand\":1800.00}"),
                            @ExampleObject(name = "tip-handhaving", value = "{\"type\":\"tip-handhaving\",\"bsn\":\"999990342\",\"naam\":\"J. Jansen\",\"geboortedatum\":\"1990-05-17\"}")}))
                             @Valid @NotNull MeldingRequest body,
                             @Parameter(description = "Makes a retried create return the first result")
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        boolean ketenpartner = isKetenpartner();
        IdempotencyKeys.Result result = service.register(body, idempotencyKey, identity.getPrincipal().getName(),
                ketenpartner);
        Melding melding = service.get(result.id());
        verwerkingen.vastleggen(IntakeActiviteit.MELDING_REGISTREREN, result.created() ? Actie.AANMAKEN : Actie.LEZEN,
                RESOURCE, melding.id, melding.persoon.klantId);
        Response.ResponseBuilder answer = Response.status(result.created() ? Response.Status.CREATED
                : Response.Status.OK);
        if (ketenpartner) {
            // Only what the ketenpartner's own view promises: no klantId, no personal data, no other party's ids.
            return answer.location(URI.create(IngediendeMeldingResource.PATH + "/" + melding.id))
                    .entity(IngediendeMeldingResource.IngediendeMelding.of(melding))
                    .build();
        }
        return answer.location(URI.create(MeldingService.PATH + "/" + melding.id))
                .tag(etag(melding))
                .entity(result.created() ? nieuwResponse(melding) : response(melding))
                .build();
    }

    @GET
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "List meldingen, newest first, filtered by type, status, klantgroep, melder organisation "
            + "and deadline window", description = "termijn=vandaag: an open deadline due today; verlopen: an open "
            + "deadline before today; open: any open deadline (Europe/Amsterdam dates).")
    @APIResponse(responseCode = "200", description = "A page of meldingen",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeldingSummary.Page.class)))
    public Response listMeldingen(@QueryParam("type") String type, @QueryParam("status") String status,
                                    @QueryParam("klantgroep") String klantgroep,
                                    @Parameter(description = "The partner organisation of a signaal (case-insensitive)")
                                    @QueryParam("melder") String melder,
                                    @Parameter(description = "vandaag, verlopen or open") @QueryParam("termijn") String termijn,
                                    @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                    @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(Paginering.MAX)
                                    int pageSize, @Context UriInfo uri) {
        MeldingService.PageOf result = service.list(new MeldingService.Filter(
                QueryParams.code("type", type, MeldingType.class), QueryParams.code("status", status, MeldingStatus.class),
                blankToNull(klantgroep), blankToNull(melder),
                QueryParams.code("termijn", termijn, TermijnVenster.class), null), page, pageSize);
        verwerkingen.vastleggen(IntakeActiviteit.MELDING_INZIEN, Actie.LEZEN, RESOURCE, result.items(),
                m -> m.persoon.klantId, m -> m.id);
        return Paginering.antwoord(new MeldingSummary.Page(result.items().stream().map(MeldingSummary::of).toList(),
                page, pageSize, result.total()), page, pageSize, result.total(), uri);
    }

    @POST
    @Path("/_zoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Find a person's meldingen by BSN", description = "The BSN goes in the body, never in a URL.")
    public List<MeldingSummary> zoek(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "bsn", value = "{\"bsn\":\"999990342\"}")}))
                                     @Valid @NotNull ZoekRequest body) {
        List<Melding> found = service.zoekOpBsn(body.bsn());
        verwerkingen.vastleggen(IntakeActiviteit.MELDING_INZIEN, Actie.ZOEKEN, RESOURCE, found,
                m -> m.persoon.klantId, m -> m.id);
        return found.stream().map(MeldingSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.SERVICE})
    @Operation(summary = "Get a melding with the person's data")
    public Response get(@PathParam("id") UUID id) {
        Melding melding = service.get(id);
        verwerkingen.vastleggen(IntakeActiviteit.MELDING_INZIEN, Actie.LEZEN, RESOURCE, melding.id,
                melding.persoon.klantId);
        return Response.ok(response(melding)).tag(etag(melding)).build();
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Record the screeningsgesprek",
            description = "From geregistreerd. A fraud suspicion publishes a handhavingssignaal for enforcement.")
    public Response screening(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "screening", value = "{\"hulpvraag\":[\"inkomen\",\"werk\"],\"juisteLoket\":\"gemeente\",\"badVerwijzing\":false,\"fraudevermoeden\":false,\"broodnood\":false,\"rapportage\":\"Screeningsgesprek gevoerd; aanvraagformulier en bewijsstukkenlijst meegegeven.\"}"),
                            @ExampleObject(name = "verwijzing-uwv", value = "{\"hulpvraag\":[\"inkomen\"],\"juisteLoket\":\"uwv\",\"verwijzingReden\":\"Recht op WW: eerst een WW-aanvraag bij UWV.\",\"rapportage\":\"Doorverwezen naar UWV.\"}")}))
                              @Valid @NotNull WorkflowRequests.ScreeningRequest body) {
        return ok(service.screeningAfronden(id, IfMatch.version(ifMatch), body, actor()));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/ambitiegesprek")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Record the ambitiegesprek", description = "After the screening (for a ketenpartner's "
            + "signal also directly).")
    public Response ambitiegesprek(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "dariuz", value = "{\"zelfbeoordeling\":\"dariuz\",\"resultaat\":\"Wil binnen een half jaar werken in de logistiek.\",\"aandachtspunten\":\"Rijbewijs; kinderopvang\"}")}))
                                   @Valid @NotNull WorkflowRequests.AmbitiegesprekRequest body) {
        return ok(service.ambitiegesprekVastleggen(id, IfMatch.version(ifMatch), body, actor()));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/klantgroep-besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Decide the klantgroep", description = "After the ambitiegesprek; may be revised until "
            + "doorzetten. The klant's own preference is recorded beside the decision.")
    public Response klantgroepBesluit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "matchen-met-voorkeur", value = "{\"klantgroep\":\"matchen\",\"klantVoorkeur\":\"groeien\",\"reden\":\"Kan binnen zes maanden aan het werk.\"}")}))
                                      @Valid @NotNull WorkflowRequests.KlantgroepBesluitRequest body) {
        return ok(service.klantgroepBepalen(id, IfMatch.version(ifMatch), body, actor()));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/doorzetten")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Hand the melding over to casework",
            description = "After the klantgroep is decided. Accepted: casework creates the zaak asynchronously from "
                    + "the melding-doorgezet event.")
    public Response doorzetten(@PathParam("id") UUID id,
                               @Parameter(description = "ETag of the melding; a stale one is a 412")
                               @HeaderParam("If-Match") String ifMatch) {
        Melding melding = service.doorzetten(id, IfMatch.version(ifMatch));
        return Response.accepted(response(melding))
                .location(URI.create(MeldingService.PATH + "/" + melding.id))
                .tag(etag(melding))
                .build();
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "End the melding without doorzetten", description = "E.g. referred to UWV or DUO.")
    public Response afwijzing(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "afwijzing", value = "{\"reden\":\"verwezen-uwv\",\"toelichting\":\"WW-aanvraag loopt bij UWV.\"}")}))
                              @Valid @NotNull WorkflowRequests.AfwijzingRequest body) {
        return ok(service.afwijzen(id, IfMatch.version(ifMatch), body));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Withdraw the melding on the klant's request")
    public Response intrekking(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "intrekking", value = "{\"toelichting\":\"Klant heeft werk gevonden.\"}")}))
                               @Valid WorkflowRequests.IntrekkingRequest body) {
        return ok(service.intrekken(id, IfMatch.version(ifMatch), body));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/aanvultermijnen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Send an aanvultermijn for missing documents", description = "Aanvraag-levensonderhoud, "
            + "after the screening, while no other aanvultermijn runs (409 otherwise). Adds the aanvultermijn and "
            + "SMS-reminder deadlines and suspends the beslistermijn (Awb 4:5, 4:15; sources D3.1, PB §2.2.2).")
    public Response aanvultermijn(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                  @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "aanvultermijn", value = "{\"lengteDagen\":7,\"ontbrekend\":\"Bankafschriften van de laatste drie maanden\"}")}))
                                  @Valid @NotNull WorkflowRequests.AanvultermijnRequest body) {
        return ok(aanvragen.aanvultermijnSturen(id, IfMatch.version(ifMatch), body.lengteDagen(), body.ontbrekend(),
                actor()));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/documenten-compleet")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Record that the aanvraag's documents are complete", description = "Meets the document "
            + "deadlines; a running aanvultermijn ends today, which shortens the beslistermijn's suspension.")
    public Response documentenCompleet(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(aanvragen.documentenCompleet(id, IfMatch.version(ifMatch)));
    }

    @POST
    @Transactional
    @MeldingVerwerking
    @Path("/{id}/buiten-behandeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Leave the aanvraag buiten behandeling", description = "Only after the last aanvultermijn "
            + "passed unused (Awb art. 4:5; 409 before). A melding still open in intake ends; a doorgezet one stays "
            + "doorgezet. Every remaining deadline lapses.")
    public Response buitenBehandeling(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "buiten-behandeling", value = "{\"toelichting\":\"Aanvultermijn ongebruikt verstreken.\"}")}))
                                      @Valid WorkflowRequests.BuitenBehandelingRequest body) {
        return ok(aanvragen.buitenBehandelingStellen(id, IfMatch.version(ifMatch),
                body == null ? null : body.toelichting()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The answer to a registration, built from what was just written: a new melding has no aanvulverzoek, no
     * inlevertermijn for documents (that follows the screening) and no linked signals yet, so nothing is read back.
     */
    private MeldingResponse nieuwResponse(Melding melding) {
        return MeldingResponse.of(melding, aanvragen.standBijRegistratie(melding), List.of());
    }

    private MeldingResponse response(Melding melding) {
        return MeldingResponse.of(melding, aanvragen.stand(melding), service.gekoppeldeSignalen(melding.id));
    }

    /** A ketenpartner account (not also intake staff): it gets the submitter's view only. */
    private boolean isKetenpartner() {
        return identity.hasRole(Roles.KETENPARTNER) && !identity.hasRole(Roles.INTAKE_MEDEWERKER)
                && !identity.hasRole(Roles.KLANTMANAGER);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** 200 with the changed melding (its record: {@link MeldingVerwerking} on the operation). */
    private Response ok(Melding melding) {
        return Response.ok(response(melding)).tag(etag(melding)).build();
    }

    static EntityTag etag(Melding melding) {
        return new EntityTag(Long.toString(melding.version));
    }
}
