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
import nl.trede.enforcement.api.GedragingRequests.HerzienRequest;
import nl.trede.enforcement.domain.HandhavingService;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.KlantRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What follows a besluit on a gedraging: a blokkering lifted, its hersteltermijn and the stopzetting (Faciliteren/Zorg
 * 2nd no-show), and the herziening of a verlaging (Pw art. 18 lid 11).
 */
@Path(HandhavingService.PATH)
@Tag(name = "gedragingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
@KlantRecords(KlantRecordsEnforcement.GEDRAGING)
public class GedragingNaBesluitResource {

    private static final String IF_MATCH = GedragingWeergave.IF_MATCH;

    private final HandhavingService service;
    private final GedragingWeergave weergave;
    private final SecurityIdentity identity;

    public GedragingNaBesluitResource(HandhavingService service, GedragingWeergave weergave,
                                      SecurityIdentity identity) {
        this.service = service;
        this.weergave = weergave;
        this.identity = identity;
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/blokkering-opheffing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "Lift a blokkering: GWS pays again from per",
            description = "For a gedraging whose besluit blocked the uitkering (Faciliteren/Zorg 2nd no-show). The GWS "
                    + "feed gets a deblokkering mutatie (opdracht deblokkeren from per); event uitkering-gedeblokkeerd.")
    @APIResponse(responseCode = "200", description = "Status blokkering-opgeheven")
    @APIResponse(responseCode = "400", description = "per before the blokkering, no reason")
    @APIResponse(responseCode = "409", description = "geen-actieve-blokkering: no blokkering in force")
    public Response blokkeringOpheffing(@PathParam("id") UUID id,
                                        @Parameter(required = true, description = IF_MATCH)
                                        @HeaderParam(IfMatch.HEADER) String ifMatch,
                                        @Valid @NotNull GedragingRequests.OpheffingRequest body) {
        return weergave.na(service.blokkeringOpheffen(id, IfMatch.vereist(ifMatch), body.commando(), actor()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/blokkering-hersteltermijn")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "Zorg: the hersteltermijn after a blokkering was sent (PB §6.3.1)",
            description = "At least 5 working days; the precondition of a stopzetting. Event "
                    + "blokkering-hersteltermijn-verstuurd.")
    @APIResponse(responseCode = "200", description = "Recorded; the version changes, the status does not")
    @APIResponse(responseCode = "400", description = "Too short, or sent before the blokkering or in the future")
    @APIResponse(responseCode = "409", description = "No blokkering in force, not Zorg, or already sent")
    public Response blokkeringHersteltermijn(@PathParam("id") UUID id,
                                             @Parameter(required = true, description = IF_MATCH)
                                             @HeaderParam(IfMatch.HEADER) String ifMatch,
                                             @Valid @NotNull GedragingRequests.BlokkeringHersteltermijnRequest body) {
        return weergave.na(service.blokkeringHersteltermijn(id, IfMatch.vereist(ifMatch), body.commando()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/stopzetting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "Zorg: stop the uitkering after a blokkering and an unanswered hersteltermijn",
            description = "PB §6.3.1, §7.2. The GWS feed gets a stopzetting mutatie (opdracht stopzetten from per); "
                    + "event uitkering-stopgezet.")
    @APIResponse(responseCode = "200", description = "Status stopgezet")
    @APIResponse(responseCode = "400", description = "per not after the hersteltermijn, no reason")
    @APIResponse(responseCode = "409", description = "No blokkering in force, not Zorg, no hersteltermijn "
            + "(hersteltermijn-vereist), or it still runs (hersteltermijn-loopt)")
    public Response stopzetting(@PathParam("id") UUID id,
                                @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                String ifMatch,
                                @Valid @NotNull GedragingRequests.StopzettingRequest body) {
        return weergave.na(service.stopzetten(id, IfMatch.vereist(ifMatch), body.commando(), actor()));
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/herziening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "Pw art. 18 lid 11: end a lid 5-8 verlaging early, on request",
            description = "Only for an opgelegde maatregel of the lid-4 group; the GWS feed gets a herziening mutatie.")
    @APIResponse(responseCode = "200", description = "Status herzien")
    @APIResponse(responseCode = "400", description = "herzienPer outside the verlaging or in the past")
    @APIResponse(responseCode = "409", description = "Not opgelegd, or not a lid 5-8 verlaging")
    public Response herziening(@PathParam("id") UUID id,
                               @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                               String ifMatch,
                               @Valid @NotNull HerzienRequest body) {
        return weergave.na(service.herzien(id, IfMatch.vereist(ifMatch), body.commando(), actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
