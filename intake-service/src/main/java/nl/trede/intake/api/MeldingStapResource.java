package nl.trede.intake.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.trede.intake.domain.AanvraagService;
import nl.trede.intake.domain.Melding;
import nl.trede.intake.domain.MeldingInzage;
import nl.trede.intake.domain.MeldingService;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workflow steps of a melding (domain/MeldingWorkflow, domain/AanvraagRegels), under the same path as
 * {@link MeldingResource}: each checks If-Match (412) and answers with the changed melding and its new ETag; each
 * change is recorded in the audit log by {@link MeldingVerwerking}.
 */
@Path(MeldingService.PATH)
@Tag(name = "meldingen")
@Produces(MediaType.APPLICATION_JSON)
@MeldingVerwerking
public class MeldingStapResource {

    private final MeldingService service;
    private final AanvraagService aanvragen;
    private final MeldingInzage inzage;
    private final SecurityIdentity identity;

    public MeldingStapResource(MeldingService service, AanvraagService aanvragen, MeldingInzage inzage,
                               SecurityIdentity identity) {
        this.service = service;
        this.aanvragen = aanvragen;
        this.inzage = inzage;
        this.identity = identity;
    }

    @POST
    @Transactional
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
        return ok(service.screeningAfronden(id, IfMatch.version(ifMatch), body.opdracht(), actor()));
    }

    @POST
    @Transactional
    @Path("/{id}/ambitiegesprek")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Record the ambitiegesprek", description = "After the screening (for a ketenpartner's "
            + "signal also directly).")
    public Response ambitiegesprek(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                   @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "dariuz", value = "{\"zelfbeoordeling\":\"dariuz\",\"resultaat\":\"Wil binnen een half jaar werken in de logistiek.\",\"aandachtspunten\":\"Rijbewijs; kinderopvang\"}")}))
                                   @Valid @NotNull WorkflowRequests.AmbitiegesprekRequest body) {
        return ok(service.ambitiegesprekVastleggen(id, IfMatch.version(ifMatch), body.opdracht(), actor()));
    }

    @POST
    @Transactional
    @Path("/{id}/klantgroep-besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Decide the klantgroep", description = "After the ambitiegesprek; may be revised until "
            + "doorzetten. The klant's own preference is recorded beside the decision.")
    public Response klantgroepBesluit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "matchen-met-voorkeur", value = "{\"klantgroep\":\"matchen\",\"klantVoorkeur\":\"groeien\",\"reden\":\"Kan binnen zes maanden aan het werk.\"}")}))
                                      @Valid @NotNull WorkflowRequests.KlantgroepBesluitRequest body) {
        return ok(service.klantgroepBepalen(id, IfMatch.version(ifMatch), body.opdracht(), actor()));
    }

    @POST
    @Transactional
    @Path("/{id}/doorzetten")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Hand the melding over to casework",
            description = "After the klantgroep is decided. Accepted: casework creates the zaak asynchronously from "
                    + "the melding-doorgezet event.")
    public Response doorzetten(@PathParam("id") UUID id,
                               @Parameter(description = "ETag of the melding; a stale one is a 412")
                               @HeaderParam("If-Match") String ifMatch) {
        Melding melding = service.doorzetten(id, IfMatch.version(ifMatch));
        return Response.accepted(MeldingResponse.of(inzage.overzicht(melding)))
                .location(URI.create(MeldingService.PATH + "/" + melding.id))
                .tag(MeldingResource.etag(melding))
                .build();
    }

    @POST
    @Transactional
    @Path("/{id}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "End the melding without doorzetten", description = "E.g. referred to UWV or DUO.")
    public Response afwijzing(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "afwijzing", value = "{\"reden\":\"verwezen-uwv\",\"toelichting\":\"WW-aanvraag loopt bij UWV.\"}")}))
                              @Valid @NotNull WorkflowRequests.AfwijzingRequest body) {
        return ok(service.afwijzen(id, IfMatch.version(ifMatch), body.opdracht()));
    }

    @POST
    @Transactional
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Withdraw the melding on the klant's request")
    public Response intrekking(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "intrekking", value = "{\"toelichting\":\"Klant heeft werk gevonden.\"}")}))
                               @Valid WorkflowRequests.IntrekkingRequest body) {
        return ok(service.intrekken(id, IfMatch.version(ifMatch), body == null ? null : body.toelichting()));
    }

    @POST
    @Transactional
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
    @Path("/{id}/documenten-compleet")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER})
    @Operation(summary = "Record that the aanvraag's documents are complete", description = "Meets the document "
            + "deadlines; a running aanvultermijn ends today, which shortens the beslistermijn's suspension.")
    public Response documentenCompleet(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(aanvragen.documentenCompleet(id, IfMatch.version(ifMatch)));
    }

    @POST
    @Transactional
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

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** 200 with the changed melding (its audit record: {@link MeldingVerwerking} on this class). */
    private Response ok(Melding melding) {
        return Response.ok(MeldingResponse.of(inzage.overzicht(melding))).tag(MeldingResource.etag(melding)).build();
    }
}
