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
import java.util.UUID;
import nl.trede.casework.domain.Gedraging;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gedragingen a zaak reports to enforcement. */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakGedragingResource {

    private final ZaakService service;
    private final Inzage inzage;

    public ZaakGedragingResource(ZaakService service, Inzage inzage) {
        this.service = service;
        this.inzage = inzage;
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.GEDRAGING_MELDEN, actie = Actie.WIJZIGEN, resource = "gedraging")
    @Path("/{id}/gedragingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Report a gedraging to enforcement", description = "Publishes gedraging-gemeld with the "
            + "category code and the date; the toelichting stays in casework. Open zaken only (409). The category is "
            + "checked against enforcement's catalogue valid on datum (its gedragingscategorieen-gewijzigd event), for "
            + "the zaak's klantgroep: what enforcement would refuse is a 400 here.")
    @APIResponse(responseCode = "201", description = "Reported; enforcement registers it, or answers "
            + "gedraging-geweigerd (then status geweigerd)")
    @APIResponse(responseCode = "400", description = "categorie-onbekend, geen-arbeidsverplichting (Faciliteren/Zorg, "
            + "PB §1.2), referentiedatum-vereist, geen-catalogus-op-datum, or invalid fields; nothing is written")
    @APIResponse(responseCode = "409", description = "The zaak is closed")
    @APIResponse(responseCode = "503", description = "catalogus-onbekend: enforcement's catalogue has not reached "
            + "casework yet; nothing is written, retry later")
    public Response gedraging(@PathParam("id") UUID id,
                              @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                              @ExampleObject(name = "no-show", value = "{\"categorie\":\"no-show\","
                                      + "\"datum\":\"2026-11-20\",\"toelichting\":\"Niet verschenen op de afspraak.\"}")))
                              @Valid @NotNull CaseworkRequests.GedragingRequest body) {
        Gedraging g = service.gedragingMelden(id, body.categorie(), body.datum(), body.toelichting().strip(), inzage.wie());
        return Response.created(URI.create(ZaakService.PATH + "/" + id + "/gedragingen/" + g.id))
                .entity(CaseworkRequests.GedragingResponse.of(g))
                .build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.GEDRAGING_MELDEN, actie = Actie.LEZEN, resource = "gedraging")
    @Path("/{id}/gedragingen/{gid}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "One gedraging reported on the zaak, with its toelichting (which stays in casework)")
    @APIResponse(responseCode = "200", description = "The gedraging", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseworkRequests.GedragingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such gedraging on this zaak, or a zaak the caller may not see")
    public CaseworkRequests.GedragingResponse gedragingLezen(@PathParam("id") UUID id,
                                                             @PathParam("gid") UUID gedragingId) {
        Gedraging g = service.gedraging(id, gedragingId);
        return CaseworkRequests.GedragingResponse.of(g);
    }
}
