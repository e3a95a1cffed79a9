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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.OndersteuningService;
import nl.trede.casework.domain.OverlegService;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A zaak's long-term support and begeleidingsoverleggen (one of them: {@link OndersteuningResource}). */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakOndersteuningResource {

    private final OndersteuningService ondersteuning;
    private final OverlegService overleggen;
    private final Inzage inzage;

    public ZaakOndersteuningResource(OndersteuningService ondersteuning, OverlegService overleggen, Inzage inzage) {
        this.ondersteuning = ondersteuning;
        this.overleggen = overleggen;
        this.inzage = inzage;
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, resource = "ondersteuning")
    @Path("/{id}/ondersteuningen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record a long-term support relationship (a steunfiguur, R-09)", description = "No forced "
            + "end date; a periodic check-in becomes a task.")
    public Response ondersteuning(@PathParam("id") UUID id,
                                  @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                  @ExampleObject(name = "icare", value = "{\"soort\":\"steunfiguur-professioneel\","
                                          + "\"aanbieder\":\"Icare\",\"urenPerWeek\":1.5,\"sinds\":\"2020-11-01\","
                                          + "\"checkInMaanden\":6}")))
                                  @Valid @NotNull OndersteuningBerichten.OndersteuningRequest body) {
        var o = ondersteuning.vastleggen(id, body.soort(), body.aanbieder().strip(), body.contactpersoon(),
                body.urenPerWeek(), body.sinds(), body.checkInMaanden(), inzage.wie(), inzage.teamleider());
        return Response.created(URI.create("/api/casework/v1/ondersteuningen/" + o.id))
                .entity(OndersteuningBerichten.OndersteuningResponse.of(o)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, resource = "ondersteuning")
    @Path("/{id}/ondersteuningen")
    @Transactional
    @Operation(summary = "The zaak's support relationships, oldest first")
    public List<OndersteuningBerichten.OndersteuningResponse> ondersteuningen(@PathParam("id") UUID id) {
        return ondersteuning.vanZaak(id).stream()
                .map(OndersteuningBerichten.OndersteuningResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, resource = "begeleidingsoverleg")
    @Path("/{id}/begeleidingsoverleggen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Plan a begeleidingsoverleg with its participants (R-07)")
    public Response overleg(@PathParam("id") UUID id,
                            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                            @ExampleObject(name = "vso", value = "{\"geplandOp\":\"2026-12-01\",\"deelnemers\":["
                                    + "{\"rol\":\"school\",\"organisatie\":\"VSO-school\",\"verplicht\":true},"
                                    + "{\"rol\":\"ouders\",\"organisatie\":\"gezin\",\"verplicht\":true}]}")))
                            @Valid @NotNull OndersteuningBerichten.OverlegRequest body) {
        var o = overleggen.plannen(id, body.geplandOp(), body.deelnemers().stream()
                .map(d -> new nl.trede.casework.domain.OverlegService.Deelnemer(d.rol().strip(), d.organisatie().strip(),
                        d.verplicht())).toList(), inzage.wie(), inzage.teamleider());
        return Response.created(URI.create("/api/casework/v1/begeleidingsoverleggen/" + o.id))
                .tag(new EntityTag(Long.toString(o.version)))
                .entity(OndersteuningBerichten.OverlegResponse.of(o)).build();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, resource = "begeleidingsoverleg")
    @Path("/{id}/begeleidingsoverleggen")
    @Transactional
    @Operation(summary = "The zaak's begeleidingsoverleggen")
    public List<OndersteuningBerichten.OverlegResponse> overleggen(@PathParam("id") UUID id) {
        return overleggen.vanZaak(id).stream()
                .map(OndersteuningBerichten.OverlegResponse::of).toList();
    }
}
