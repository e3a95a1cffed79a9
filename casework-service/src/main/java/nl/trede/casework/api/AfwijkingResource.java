package nl.trede.casework.api;

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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.trede.casework.domain.Bron;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A deviation from the standard route: read it, and a teamleider's decision on it (R-26, R-27, T02). */
@Path("/api/casework/v1")
@Tag(name = "overdrachten")
@Produces(MediaType.APPLICATION_JSON)
public class AfwijkingResource {

    private final OverdrachtService service;
    private final Inzage inzage;

    public AfwijkingResource(OverdrachtService service, Inzage inzage) {
        this.service = service;
        this.inzage = inzage;
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
                body.toelichting(), inzage.wie()));
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
}
