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
import nl.trede.casework.domain.Traject;
import nl.trede.casework.domain.TrajectService;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A zaak's trajecten and the indications their eligibility rules use (one traject: {@link TrajectResource}). */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakTrajectResource {

    private final ZaakService service;
    private final TrajectService trajecten;
    private final Inzage inzage;

    public ZaakTrajectResource(ZaakService service, TrajectService trajecten, Inzage inzage) {
        this.service = service;
        this.trajecten = trajecten;
        this.inzage = inzage;
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
                body.financieringsbron()), inzage.wie(), inzage.teamleider());
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
        return trajecten.vanZaak(zaakId).stream().map(TrajectResource.TrajectResponse::of).toList();
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
        return ZaakResponse.of(service.indicaties(zaakId, body.inDoelgroepregister(), body.actieveZorg(),
                body.zorgSoort()));
    }
}
