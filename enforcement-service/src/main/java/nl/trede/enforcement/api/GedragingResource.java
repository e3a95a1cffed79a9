package nl.trede.enforcement.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.trede.enforcement.api.GedragingRequests.RegistratieRequest;
import nl.trede.enforcement.api.GedragingResponses.GedragingResponse;
import nl.trede.enforcement.api.GedragingResponses.Lijst;
import nl.trede.enforcement.domain.Gedraging;
import nl.trede.enforcement.domain.GedragingStatus;
import nl.trede.enforcement.domain.GedragingZoekService;
import nl.trede.enforcement.domain.HandhavingService;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.KlantRecords;
import nl.trede.platform.toegang.KlantToegang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gedragingen: registration, the list and one gedraging with its maatregel. The steps of the maatregel procedure are
 * in {@link GedragingProcedureResource}, what follows a besluit in {@link GedragingNaBesluitResource}.
 */
@Path(HandhavingService.PATH)
@Tag(name = "gedragingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
@KlantRecords(KlantRecordsEnforcement.GEDRAGING)
public class GedragingResource {

    private final HandhavingService service;
    private final GedragingZoekService zoeken;
    private final GedragingWeergave weergave;
    private final SecurityIdentity identity;
    private final Verwerkingen verwerkingen;
    private final KlantToegang toegang;

    public GedragingResource(HandhavingService service, GedragingZoekService zoeken, GedragingWeergave weergave,
                             SecurityIdentity identity, Verwerkingen verwerkingen, KlantToegang toegang) {
        this.service = service;
        this.zoeken = zoeken;
        this.weergave = weergave;
        this.identity = identity;
        this.verwerkingen = verwerkingen;
        this.toegang = toegang;
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Register a gedraging", description = "Judged by the regelset version valid on its date. "
            + "An unknown category or a date without a valid version is a 400; nothing is written.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the first result")
    @APIResponse(responseCode = "404", description = "The klantId is a klant outside the klantmanager's teams and "
            + "caseload; nothing is written")
    @APIResponse(responseCode = "400", description = "Invalid input; also code geen-arbeidsverplichting: an "
            + "arbeidsverplichting category for klantgroep faciliteren or zorg (PB §1.2); nothing is written")
    public Response createGedraging(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "no-show", value = "{\"klantId\":\"6f1c2f9e-3a43-4c1e-9a8e-0d3f4b1e2a10\","
                    + "\"categorie\":\"no-show\",\"datum\":\"2026-11-16\"}"))) @Valid @NotNull RegistratieRequest body,
                               @Parameter(description = "Makes a retried create return the first result")
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        IdempotencyKeys.Result result = service.registreer(body.commando(), idempotencyKey, actor());
        Gedraging g = service.gedraging(result.id());
        verwerkingen.vastleggen(EnforcementActiviteit.HANDHAVING, result.created() ? Actie.AANMAKEN : Actie.LEZEN,
                "gedraging", g.id, g.klantId);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create(HandhavingService.PATH + "/" + g.id)).tag(GedragingWeergave.etag(g))
                .entity(weergave.response(g)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "List gedragingen, newest first", description = "Filter by klant and status; paged.")
    @APIResponse(responseCode = "200", description = "A page",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lijst.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter")
    public Response listGedragingen(@Parameter(description = "Pseudonymous klant id") @QueryParam("klantId")
                                 String klantId,
                       @Parameter(description = "Status code", example = "voorgesteld") @QueryParam("status")
                       String status,
                       @Parameter(description = "Page, from 1", example = "1") @QueryParam("page") String page,
                       @Parameter(description = "Page size, 1-100", example = "20") @QueryParam("pageSize")
                       String pageSize, @Context UriInfo uri) {
        UUID klant = QueryParams.uuid("klantId", klantId);
        GedragingStatus st = QueryParams.code("status", status, GedragingStatus.class);
        Paginering paging = Paginering.of(page, pageSize);
        GedragingZoekService.Pagina gevonden = zoeken.zoek(klant, st, toegang.aanroeper(), paging.page(),
                paging.pageSize());
        verwerkingen.vastleggen(EnforcementActiviteit.HANDHAVING, Actie.LEZEN, "gedraging", gevonden.gedragingen(),
                g -> g.klantId, g -> g.id);
        List<GedragingResponse> items = gevonden.gedragingen().stream().map(weergave::response).toList();
        return paging.antwoord(new Lijst(items, paging.page(), paging.pageSize(), gevonden.totalItems()),
                gevonden.totalItems(), uri);
    }

    @GET
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.LEZEN)
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Get a gedraging with its maatregel; ETag is the version for If-Match")
    @APIResponse(responseCode = "200", description = "The gedraging")
    @APIResponse(responseCode = "404", description = "Unknown id, or a klant outside the klantmanager's teams and "
            + "caseload (README \"Tokens and roles\")")
    public Response getGedraging(@PathParam("id") UUID id) {
        Gedraging g = service.gedraging(id);
        return Response.ok(weergave.response(g)).tag(GedragingWeergave.etag(g)).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
