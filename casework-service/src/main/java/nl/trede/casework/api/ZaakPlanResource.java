package nl.trede.casework.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import nl.trede.casework.domain.PlanService;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The versions of a zaak's plan van aanpak. */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakPlanResource {

    private final PlanService plannen;
    private final Inzage inzage;

    public ZaakPlanResource(PlanService plannen, Inzage inzage) {
        this.plannen = plannen;
        this.inzage = inzage;
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "plan")
    @Path("/{id}/plannen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Set (a new version of) the plan van aanpak", description = "After consultation with the "
            + "klant (V-T art. 3); the variant follows the klantgroep (sources D2.5): 400 naming every broken rule. "
            + "Its evaluation date becomes a task; plan-vastgesteld is published.")
    public Response plan(@PathParam("id") UUID id,
                         @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                         @ExampleObject(name = "groeien", value = "{\"variant\":\"trajectplan\",\"doelen\":[\"Werkritme "
                                 + "opbouwen\",\"Taalniveau 1F\"],\"afspraken\":[\"Elke twee weken een gesprek\"],"
                                 + "\"verplichtingen\":[\"Taallessen volgen\"],\"evaluatiedatum\":\"2027-05-01\","
                                 + "\"overlegMetKlantOp\":\"2026-11-20\",\"klantAkkoordOp\":\"2026-11-20\"}")))
                         @Valid @NotNull CaseworkRequests.PlanRequest body) {
        var p = plannen.vaststellen(id, new PlanService.Plan(body.variant().strip(), body.doelen(), body.afspraken(),
                body.verplichtingen(), body.evaluatiedatum(), body.overlegMetKlantOp(), body.klantAkkoordOp()), inzage.wie(),
                inzage.teamleider());
        return Response.created(URI.create(ZaakService.PATH + "/" + id + "/plannen/" + p.versie))
                .entity(CaseworkRequests.PlanResponse.of(p)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.LEZEN, resource = "plan")
    @Path("/{id}/plannen")
    @Transactional
    @Operation(summary = "Every version of the plan van aanpak, newest first")
    public List<CaseworkRequests.PlanResponse> plannen(@PathParam("id") UUID id) {
        return plannen.vanZaak(id).stream().map(CaseworkRequests.PlanResponse::of)
                .toList();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.LEZEN, resource = "plan")
    @Path("/{id}/plannen/{versie}")
    @Operation(summary = "One version of the plan van aanpak")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseworkRequests.PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such version, or a zaak the caller may not see")
    public CaseworkRequests.PlanResponse planVersie(@PathParam("id") UUID id,
                                                    @Parameter(description = "The version, from 1")
                                                    @PathParam("versie") @Min(1) int versie) {
        return CaseworkRequests.PlanResponse.of(plannen.versie(id, versie));
    }
}
