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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.Overdracht;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A zaak's warme overdrachten and its deviations from the standard route (the steps of one overdracht or
 * deviation: {@link OverdrachtResource}, {@link AfwijkingResource}).
 */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakOverdrachtResource {

    private final OverdrachtService overdrachten;
    private final Inzage inzage;

    public ZaakOverdrachtResource(OverdrachtService overdrachten, Inzage inzage) {
        this.overdrachten = overdrachten;
        this.inzage = inzage;
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
                              @Valid @NotNull OverdrachtBerichten.AanbodRequest body) {
        Overdracht o = overdrachten.aanbieden(zaakId, new OverdrachtService.Aanbod(body.soort(), body.ontvangerSoort(),
                body.ontvanger().strip(), body.warm(), body.geschiedenis().strip(), body.mogelijkheden().strip(),
                body.verwachtingen().strip()), inzage.wie(), inzage.teamleider());
        return Response.created(URI.create("/api/casework/v1/overdrachten/" + o.id)).tag(OverdrachtResource.etag(o))
                .entity(OverdrachtBerichten.OverdrachtResponse.of(o)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, resource = "overdracht")
    @Path("/{id}/overdrachten")
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "The zaak's overdrachten, oldest first")
    public List<OverdrachtBerichten.OverdrachtResponse> overdrachtenVanZaak(@PathParam("id") UUID zaakId) {
        return overdrachten.vanZaak(zaakId).stream().map(OverdrachtBerichten.OverdrachtResponse::of).toList();
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
        var a = overdrachten.afwijkingAanvragen(id, body.reden().strip(), body.voorwaarde(), inzage.wie());
        return Response.created(URI.create("/api/casework/v1/afwijkingen/" + a.id))
                .entity(CaseworkRequests.AfwijkingResponse.of(a)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, resource = "afwijking")
    @Path("/{id}/afwijkingen")
    @Transactional
    @Operation(summary = "The zaak's deviations from the standard route (visible to the klant, R-27)")
    public List<CaseworkRequests.AfwijkingResponse> afwijkingen(@PathParam("id") UUID id) {
        return overdrachten.afwijkingenVanZaak(id).stream().map(CaseworkRequests.AfwijkingResponse::of)
                .toList();
    }
}
