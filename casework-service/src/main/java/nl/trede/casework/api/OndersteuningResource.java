package nl.trede.casework.api;

import io.quarkus.security.identity.SecurityIdentity;
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
import nl.trede.casework.api.OndersteuningBerichten.EscalatiebesluitRequest;
import nl.trede.casework.api.OndersteuningBerichten.KlantreactieRequest;
import nl.trede.casework.api.OndersteuningBerichten.OndersteuningResponse;
import nl.trede.casework.api.OndersteuningBerichten.OverlegResponse;
import nl.trede.casework.api.OndersteuningBerichten.VerslagRequest;
import nl.trede.casework.api.OndersteuningBerichten.VervangingRequest;
import nl.trede.casework.api.OndersteuningBerichten.VervangingResponse;
import nl.trede.casework.domain.Bron;
import nl.trede.casework.domain.OndersteuningService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Long-term support and its replacement (sources A3; the Carla case). */
@Path("/api/casework/v1")
@Tag(name = "ondersteuning")
@Produces(MediaType.APPLICATION_JSON)
public class OndersteuningResource {

    private final OndersteuningService service;
    private final nl.trede.casework.domain.OverlegService overleggen;
    private final SecurityIdentity identity;

    public OndersteuningResource(OndersteuningService service, nl.trede.casework.domain.OverlegService overleggen,
                                 SecurityIdentity identity) {
        this.service = service;
        this.overleggen = overleggen;
        this.identity = identity;
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.SERVICE})
    @Operation(summary = "One support relationship")
    @APIResponse(responseCode = "200", description = "The support", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = OndersteuningResponse.class)))
    @APIResponse(responseCode = "404", description = "No such support, or one of a zaak the caller may not see")
    public OndersteuningResponse ondersteuningLezen(@PathParam("oid") UUID id) {
        return OndersteuningResponse.of(service.get(id));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, bron = Bron.BEGELEIDINGSOVERLEG, resource = "begeleidingsoverleg")
    @Path("/begeleidingsoverleggen/{oid}")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.SERVICE})
    @Operation(summary = "One begeleidingsoverleg")
    @APIResponse(responseCode = "200", description = "The begeleidingsoverleg", headers = @Header(name = "ETag",
            description = "Its version, for If-Match on the verslag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OverlegResponse.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or one of a zaak the caller may not see")
    public jakarta.ws.rs.core.Response overlegLezen(@PathParam("oid") UUID id) {
        var o = overleggen.get(id);
        return jakarta.ws.rs.core.Response.ok(OverlegResponse.of(o))
                .tag(new jakarta.ws.rs.core.EntityTag(Long.toString(o.version))).build();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.BEGELEIDINGSOVERLEG, resource = "begeleidingsoverleg")
    @Path("/begeleidingsoverleggen/{oid}/verslag")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record the begeleidingsoverleg as held (R-07)", description = "Every mandatory participant "
            + "present (400 otherwise); plan, trekker and crisis clause required. Completes the school leaver's "
            + "bridging task.")
    public OverlegResponse verslag(@PathParam("oid") UUID id,
                                   @jakarta.ws.rs.HeaderParam(nl.trede.platform.api.IfMatch.HEADER) String ifMatch,
                                   @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                   @ExampleObject(name = "kees", value = "{\"gehoudenOp\":\"2026-11-20\","
                                           + "\"aanwezig\":[true,true,true],\"plan\":\"Dagbesteding smederij plus "
                                           + "werk-leerroute techniek\",\"trekker\":\"km-k\",\"crisisclausule\":"
                                           + "\"Bij terugval belt de school de trekker; overleg binnen een week.\"}")))
                                   @Valid @NotNull VerslagRequest body) {
        return OverlegResponse.of(overleggen.verslag(id, nl.trede.platform.api.IfMatch.version(ifMatch),
                new nl.trede.casework.domain.OverlegService.Verslag(body.gehoudenOp(), body.aanwezig(), body.plan(),
                        body.trekker().strip(), body.verantwoordelijkheden(), body.crisisclausule()), actor(),
                identity.hasRole(Roles.TEAMLEIDER)));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}/vervanging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "Propose replacing a support relationship", description = "Needs a continuity assessment "
            + "(R-24). The current support continues until the klant agrees or the escalation desk decides.")
    public VervangingResponse vervanging(@PathParam("oid") UUID id,
                                         @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                 examples = @ExampleObject(name = "kwintes", value = "{\"nieuweAanbieder"
                                                 + "\":\"Kwintes\",\"voorgesteldeEinddatum\":\"2026-12-01\","
                                                 + "\"continuiteitsbeoordeling\":\"Nieuwe begeleider binnen Kwintes; "
                                                 + "overdracht in drie gesprekken.\"}")))
                                         @Valid @NotNull VervangingRequest body) {
        return VervangingResponse.of(service.vervangingVoorstellen(id, body.nieuweAanbieder().strip(),
                body.voorgesteldeEinddatum(), body.continuiteitsbeoordeling().strip(), actor()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}/vervanging/klantreactie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record the klant's reaction", description = "akkoord: the new support starts, the old ends on "
            + "the proposed date (or today when that has passed); bezwaar: escalated to the escalation desk (R-15).")
    public VervangingResponse klantreactie(@PathParam("oid") UUID id,
                                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                   examples = @ExampleObject(name = "bezwaar", value = "{\"akkoord\":"
                                                   + "false,\"toelichting\":\"Moeder wil Carla houden.\"}")))
                                           @Valid @NotNull KlantreactieRequest body) {
        return VervangingResponse.of(service.klantreactie(id, body.akkoord(), body.toelichting()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}/vervanging/escalatiebesluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAMLEIDER)
    @Operation(summary = "The escalation desk decides an escalated replacement (R-15)")
    public VervangingResponse escalatiebesluit(@PathParam("oid") UUID id,
                                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                       examples = @ExampleObject(name = "handhaven", value =
                                                       "{\"vervangen\":false,\"toelichting\":\"Continuïteit weegt "
                                                               + "zwaarder; 1,5 uur per week loopt door.\"}")))
                                               @Valid @NotNull EscalatiebesluitRequest body) {
        return VervangingResponse.of(service.escalatiebesluit(id, body.vervangen(), body.toelichting().strip(),
                actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
