package nl.trede.enforcement.api;

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
import java.util.UUID;
import nl.trede.enforcement.api.GedragingRequests.HersteltermijnRequest;
import nl.trede.enforcement.api.GedragingRequests.HoorverzoekRequest;
import nl.trede.enforcement.api.GedragingRequests.HorenRequest;
import nl.trede.enforcement.api.GedragingRequests.VoorstelRequest;
import nl.trede.enforcement.api.GedragingRequests.ZorgafstemmingRequest;
import nl.trede.enforcement.domain.HandhavingService;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.KlantRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The maatregel procedure of a gedraging (horen → hersteltermijn → voorstel → besluit), with the zorgafstemming: each
 * step needs the gedraging's version as If-Match and answers the gedraging with its new version.
 */
@Path(HandhavingService.PATH)
@Tag(name = "gedragingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
@KlantRecords(KlantRecordsEnforcement.GEDRAGING)
public class GedragingProcedureResource {

    private static final String IF_MATCH = GedragingWeergave.IF_MATCH;

    private final HandhavingService service;
    private final GedragingWeergave weergave;
    private final SecurityIdentity identity;

    public GedragingProcedureResource(HandhavingService service, GedragingWeergave weergave,
                                      SecurityIdentity identity) {
        this.service = service;
        this.weergave = weergave;
        this.identity = identity;
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/hoorverzoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Stap 1: the invitation to be heard was sent (letter or e-mail)")
    @APIResponse(responseCode = "200", description = "Status hoorverzoek-verstuurd")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status")
    public Response hoorverzoek(@PathParam("id") UUID id,
                                @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                String ifMatch,
                                @Valid @NotNull HoorverzoekRequest body) {
        return weergave.na(service.hoorverzoek(id, IfMatch.vereist(ifMatch), body.commando()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/hersteltermijn")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Stap 2: no response, the hersteltermijn letter was sent (registered and regular)",
            description = "At least 5 working days (Algemene termijnenwet: no weekends, no feestdagen) must lie "
                    + "between sending and the conversation; otherwise 400 naming gesprekOp and the earliest date.")
    @APIResponse(responseCode = "200", description = "Status hersteltermijn-verstuurd")
    @APIResponse(responseCode = "400", description = "Too short, or not sent both ways")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status")
    public Response hersteltermijn(@PathParam("id") UUID id,
                                   @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                   String ifMatch,
                                   @Valid @NotNull HersteltermijnRequest body) {
        return weergave.na(service.hersteltermijn(id, IfMatch.vereist(ifMatch), body.commando()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/horen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "The klant was heard")
    @APIResponse(responseCode = "200", description = "Status gehoord")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status")
    public Response horen(@PathParam("id") UUID id,
                          @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                          String ifMatch,
                          @Valid @NotNull HorenRequest body) {
        return weergave.na(service.horen(id, IfMatch.vereist(ifMatch), body.commando()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/voorstel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Stap 3: compute the proposal", description = "From the regelset of the gedraging's date: "
            + "category, recidive, samenloop, afzien (Pw art. 18 lid 9/10, with reason) or waarschuwing.")
    @APIResponse(responseCode = "200", description = "Status voorgesteld, with the maatregel")
    @APIResponse(responseCode = "400", description = "Invalid judgement (e.g. a waarschuwing where not allowed)")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status")
    public Response voorstel(@PathParam("id") UUID id,
                             @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                             String ifMatch,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     examples = @ExampleObject(name = "opleggen", value = "{\"verwijtbaar\":true,"
                                             + "\"normPerMaand\":1401.53}"))) @Valid @NotNull VoorstelRequest body) {
        return weergave.na(service.voorstellen(id, IfMatch.vereist(ifMatch), body.commando(), actor()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/zorgafstemming")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Handhaving vs zorg: record the joint consultation or a handhaver's override",
            description = "With active zorg a maatregel cannot be opgelegd (409 zorgafstemming-vereist) until the "
                    + "regisseur and zorg consulted together, or a handhaver overrode with a reason.")
    @APIResponse(responseCode = "200", description = "Recorded; the version changes, the status does not")
    @APIResponse(responseCode = "400", description = "An override without a reason, a future date")
    @APIResponse(responseCode = "403", description = "An override by someone other than a handhaver")
    @APIResponse(responseCode = "409", description = "The gedraging is already decided")
    public Response zorgafstemming(@PathParam("id") UUID id,
                                   @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                   String ifMatch,
                                   @Valid @NotNull ZorgafstemmingRequest body) {
        return weergave.na(service.zorgafstemming(id, IfMatch.vereist(ifMatch), body.commando(), actor(),
                identity.hasRole(Roles.HANDHAVER)));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/besluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "The besluit on the proposal", description = "Opgelegd (then also in the GWS feed), "
            + "afgezien or gewaarschuwd, with besluitdatum and bezwaar term (Awb 6:7, 6 weeks). The body is optional; "
            + "the € 50 of a Faciliteren no-show requires nieuweAfspraak (PB §5.3.1, §5.3.2, §7.2), any other "
            + "besluit takes none.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "nieuweAfspraak missing where required (nieuwe-afspraak-vereist), "
            + "given where not allowed, or dated before the besluitdatum")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status, or active zorg without a "
            + "zorgafstemming")
    public Response besluit(@PathParam("id") UUID id,
                            @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                            String ifMatch,
                            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    examples = @ExampleObject(name = "faciliteren-no-show", value = "{\"nieuweAfspraak"
                                            + "\":{\"datum\":\"2026-12-14\",\"tijd\":\"10:30\",\"soort\":"
                                            + "\"kennismakingsgesprek\",\"plaats\":\"Werkplein Deventer\"}}")))
                            @Valid GedragingRequests.BesluitRequest body) {
        return weergave.na(service.besluiten(id, IfMatch.vereist(ifMatch),
                GedragingRequests.BesluitRequest.commando(body), actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
