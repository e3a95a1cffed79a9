package nl.trede.enforcement.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.enforcement.api.GedragingRequests.HersteltermijnRequest;
import nl.trede.enforcement.api.GedragingRequests.HerzienRequest;
import nl.trede.enforcement.api.GedragingRequests.HoorverzoekRequest;
import nl.trede.enforcement.api.GedragingRequests.HorenRequest;
import nl.trede.enforcement.api.GedragingRequests.RegistratieRequest;
import nl.trede.enforcement.api.GedragingRequests.VoorstelRequest;
import nl.trede.enforcement.api.GedragingRequests.ZorgafstemmingRequest;
import nl.trede.enforcement.domain.Gedraging;
import nl.trede.enforcement.domain.GedragingStatus;
import nl.trede.enforcement.domain.GedragingWorkflow;
import nl.trede.enforcement.domain.HandhavingService;
import nl.trede.enforcement.domain.Maatregel;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.problem.Problem;
import nl.trede.platform.problem.ProblemException;
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

/** Gedragingen and their maatregel procedure (horen → hersteltermijn → voorstel → besluit). */
@Path(HandhavingService.PATH)
@Tag(name = "gedragingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
@KlantRecords(KlantRecordsEnforcement.GEDRAGING)
public class GedragingResource {

    static final String IF_MATCH = "The ETag of the gedraging as read (its version). Required: without it 428, "
            + "with an older version 412; of concurrent changes exactly one wins.";

    private final Verwerkingen verwerkingen;

    private final HandhavingService service;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final KlantToegang toegang;

    public GedragingResource(HandhavingService service, SecurityIdentity identity, ObjectMapper mapper,
                             Verwerkingen verwerkingen, KlantToegang toegang) {
        this.verwerkingen = verwerkingen;
        this.toegang = toegang;
        this.service = service;
        this.identity = identity;
        this.mapper = mapper;
    }

    @Schema(name = "Gedraging")
    public record GedragingResponse(UUID id, UUID klantId, UUID zaakId, String categorie, LocalDate datum,
                                    LocalDate referentiedatum, String regelset, LocalDate regelsetGeldigVanaf,
                                    String bron, String status, long version, List<String> toegestaneActies,
                                    String geregistreerdDoor, Instant geregistreerdOp, String hoorverzoekKanaal,
                                    LocalDate hoorverzoekVerzondenOp, LocalDate hoorgesprekOp,
                                    LocalDate hersteltermijnVerzondenOp, LocalDate hersteltermijnGesprekOp,
                                    LocalDate gehoordOp, UUID samengevoegdIn, boolean actieveZorg,
                                    String zorgafstemmingSoort, LocalDate zorgafstemmingOp,
                                    String zorgafstemmingDoor, String zorgafstemmingReden, String klantgroep,
                                    MaatregelResponse maatregel) {
    }

    @Schema(name = "Maatregel")
    public record MaatregelResponse(UUID id, String status, String uitkomst, String afzienReden, String motivering,
                                    String categorie, String recidivegroep, int stap, boolean recidive,
                                    int percentage, Integer duurMaanden, BigDecimal bedragEenmalig,
                                    BigDecimal normPerMaand, LocalDate ingangsdatum, LocalDate einddatum,
                                    JsonNode perioden, String artikel, String bron, List<String> samenloopMet,
                                    LocalDate besluitdatum, LocalDate bezwaarTot, LocalDate herzienPer,
                                    UUID onderzoekId,
                                    @Schema(description = "Samenloop: the maatregel whose verlaging covers this one "
                                            + "(this one has no verlaging of its own)") UUID opgenomenIn,
                                    @Schema(description = "Samenloop: the higher verlaging of the same period that "
                                            + "ended this one (einddatum: the day before it starts)")
                                    UUID vervangenDoor,
                                    @Schema(description = "Faciliteren, 1st no-show: the new appointment the besluit "
                                            + "of the € 50 carries (PB §5.3.1, §5.3.2, §7.2)")
                                    GedragingRequests.NieuweAfspraak nieuweAfspraak,
                                    @Schema(description = "A proposed verlaging: the samenloop it will meet when "
                                            + "decided today (the besluit applies the same rule on its date)")
                                    SamenloopVoorbeeld samenloopVoorbeeld,
                                    @Schema(description = "A blokkering: its state after the besluit")
                                    BlokkeringResponse blokkering) {
    }

    @Schema(name = "SamenloopVoorbeeld", description = "Samenloop (one verlaging for concurrent gedragingen, the "
            + "highest): either this verlaging is taken up in a higher one, or it ends the listed ones")
    public record SamenloopVoorbeeld(@Schema(description = "The higher maatregel that will cover this one (then no "
                                             + "verlaging of its own)") UUID opgenomenIn,
                                     @Schema(description = "The lower verlagingen this one will end or make lapse")
                                     List<UUID> vervangt,
                                     @Schema(description = "In words") String toelichting) {
    }

    @Schema(name = "Blokkering", description = "A blokkering (Faciliteren/Zorg 2nd no-show) and what followed")
    public record BlokkeringResponse(@Schema(description = "Blocked from (the besluitdatum)") LocalDate geblokkeerdPer,
                                     @Schema(description = "In force: neither lifted nor stopped") boolean actief,
                                     LocalDate opgehevenPer, String opheffingReden,
                                     LocalDate hersteltermijnVerzondenOp, LocalDate hersteltermijnTot,
                                     LocalDate stopgezetPer, String stopzettingReden) {
    }

    @Schema(name = "Gedragingen", description = "A page of gedragingen (README \"API conventions\", paging)")
    public record Lijst(List<GedragingResponse> gedragingen, @Schema(description = "This page, from 1") int page,
                        @Schema(description = "Items per page, 1 to 100") int pageSize,
                        @Schema(description = "All gedragingen the filter finds, over all pages") long totalItems,
                        @Schema(deprecated = true, description = "Deprecated: totalItems replaces it (same value); "
                                + "kept for clients of v1") long total) {

        public Lijst(List<GedragingResponse> gedragingen, int page, int pageSize, long totalItems) {
            this(gedragingen, page, pageSize, totalItems, totalItems);
        }
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Register a gedraging", description = "Judged by the regelset version valid on its date. "
            + "An unknown category or a date without a valid version is a 400; nothing is written.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the first result")
    @APIResponse(responseCode = "404", description = "The klantId is a klant outside the klantmanager's teams and caseload; nothing is written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; also code geen-arbeidsverplichting: an "
            + "arbeidsverplichting category for klantgroep faciliteren or zorg (PB §1.2); nothing is written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
                .location(URI.create(HandhavingService.PATH + "/" + g.id)).tag(etag(g)).entity(lees(g.id)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "List gedragingen, newest first", description = "Filter by klant and status; paged.")
    @APIResponse(responseCode = "200", description = "A page",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Lijst.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (klant != null) {
            where.add("klantId = :klant");
            params.put("klant", klant);
        }
        if (st != null) {
            where.add("status = :status");
            params.put("status", st);
        }
        // Per record: a klantmanager lists only the klanten of their teams' and their own zaken, in the query.
        var inzage = toegang.aanroeper();
        if (!inzage.volledig()) {
            where.add("(" + inzage.jpql("klantId", params) + ")");
        }
        var query = Gedraging.<Gedraging>find((where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by geregistreerdOp desc, id", params);
        long total = query.count();
        List<Gedraging> gevonden = query.page(Page.of(paging.page() - 1, paging.pageSize())).list();
        verwerkingen.vastleggen(EnforcementActiviteit.HANDHAVING, Actie.LEZEN, "gedraging", gevonden, g -> g.klantId,
                g -> g.id);
        List<GedragingResponse> items = gevonden.stream().map(this::response).toList();
        return paging.antwoord(new Lijst(items, paging.page(), paging.pageSize(), total), total, uri);
    }

    @GET
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.LEZEN)
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Get a gedraging with its maatregel; ETag is the version for If-Match")
    @APIResponse(responseCode = "200", description = "The gedraging")
    @APIResponse(responseCode = "404", description = "Unknown id, or a klant outside the klantmanager's teams and "
            + "caseload (README \"Tokens and roles\")",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getGedraging(@PathParam("id") UUID id) {
        Gedraging g = service.gedraging(id);
        return Response.ok(response(g)).tag(etag(g)).build();
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/hoorverzoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "Stap 1: the invitation to be heard was sent (letter or e-mail)")
    @APIResponse(responseCode = "200", description = "Status hoorverzoek-verstuurd")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hoorverzoek(@PathParam("id") UUID id,
                                @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                String ifMatch,
                                @Valid @NotNull HoorverzoekRequest body) {
        return ok(service.hoorverzoek(id, IfMatch.vereist(ifMatch), body.commando()).id);
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
    @APIResponse(responseCode = "400", description = "Too short, or not sent both ways",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hersteltermijn(@PathParam("id") UUID id,
                                   @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                   String ifMatch,
                                   @Valid @NotNull HersteltermijnRequest body) {
        return ok(service.hersteltermijn(id, IfMatch.vereist(ifMatch), body.commando()).id);
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVING, actie = Actie.WIJZIGEN)
    @Path("/{id}/horen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDHAVER, Roles.KLANTMANAGER})
    @Operation(summary = "The klant was heard")
    @APIResponse(responseCode = "200", description = "Status gehoord")
    @APIResponse(responseCode = "409", description = "Not allowed in the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response horen(@PathParam("id") UUID id,
                          @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                          String ifMatch,
                          @Valid @NotNull HorenRequest body) {
        return ok(service.horen(id, IfMatch.vereist(ifMatch), body.commando()).id);
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
    @APIResponse(responseCode = "400", description = "Invalid judgement (e.g. a waarschuwing where not allowed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response voorstel(@PathParam("id") UUID id,
                             @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                             String ifMatch,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     examples = @ExampleObject(name = "opleggen", value = "{\"verwijtbaar\":true,"
                                             + "\"normPerMaand\":1401.53}"))) @Valid @NotNull VoorstelRequest body) {
        return ok(service.voorstellen(id, IfMatch.vereist(ifMatch), body.commando(), actor()).id);
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
    @APIResponse(responseCode = "400", description = "An override without a reason, a future date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An override by someone other than a handhaver",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The gedraging is already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response zorgafstemming(@PathParam("id") UUID id,
                                   @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                   String ifMatch,
                                   @Valid @NotNull ZorgafstemmingRequest body) {
        return ok(service.zorgafstemming(id, IfMatch.vereist(ifMatch), body.commando(), actor(),
                identity.hasRole(Roles.HANDHAVER)).id);
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
            + "given where not allowed, or dated before the besluitdatum",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not allowed in the current status, or active zorg without a "
            + "zorgafstemming", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response besluit(@PathParam("id") UUID id,
                            @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                            String ifMatch,
                            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    examples = @ExampleObject(name = "faciliteren-no-show", value = "{\"nieuweAfspraak"
                                            + "\":{\"datum\":\"2026-12-14\",\"tijd\":\"10:30\",\"soort\":"
                                            + "\"kennismakingsgesprek\",\"plaats\":\"Werkplein Deventer\"}}")))
                            @Valid GedragingRequests.BesluitRequest body) {
        return ok(service.besluiten(id, IfMatch.vereist(ifMatch),
                GedragingRequests.BesluitRequest.commando(body), actor()).id);
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
    @APIResponse(responseCode = "400", description = "per before the blokkering, no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "geen-actieve-blokkering: no blokkering in force",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response blokkeringOpheffing(@PathParam("id") UUID id,
                                        @Parameter(required = true, description = IF_MATCH)
                                        @HeaderParam(IfMatch.HEADER) String ifMatch,
                                        @Valid @NotNull GedragingRequests.OpheffingRequest body) {
        return ok(service.blokkeringOpheffen(id, IfMatch.vereist(ifMatch), body.commando(), actor()).id);
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
    @APIResponse(responseCode = "400", description = "Too short, or sent before the blokkering or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No blokkering in force, not Zorg, or already sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response blokkeringHersteltermijn(@PathParam("id") UUID id,
                                             @Parameter(required = true, description = IF_MATCH)
                                             @HeaderParam(IfMatch.HEADER) String ifMatch,
                                             @Valid @NotNull GedragingRequests.BlokkeringHersteltermijnRequest body) {
        return ok(service.blokkeringHersteltermijn(id, IfMatch.vereist(ifMatch), body.commando()).id);
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
    @APIResponse(responseCode = "400", description = "per not after the hersteltermijn, no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No blokkering in force, not Zorg, no hersteltermijn "
            + "(hersteltermijn-vereist), or it still runs (hersteltermijn-loopt)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response stopzetting(@PathParam("id") UUID id,
                                @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                                String ifMatch,
                                @Valid @NotNull GedragingRequests.StopzettingRequest body) {
        return ok(service.stopzetten(id, IfMatch.vereist(ifMatch), body.commando(), actor()).id);
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
    @APIResponse(responseCode = "400", description = "herzienPer outside the verlaging or in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not opgelegd, or not a lid 5-8 verlaging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response herziening(@PathParam("id") UUID id,
                               @Parameter(required = true, description = IF_MATCH) @HeaderParam(IfMatch.HEADER)
                               String ifMatch,
                               @Valid @NotNull HerzienRequest body) {
        return ok(service.herzien(id, IfMatch.vereist(ifMatch), body.commando(), actor()).id);
    }

    /**
     * The gedraging after a step, with the version it will have once the step commits: flushed first, because the
     * version is incremented at flush — without it ETag and body named the version before the step, and a client
     * that sent them back as If-Match got 412.
     */
    private Response ok(UUID id) {
        Gedraging.flush();
        return Response.ok(lees(id)).tag(new EntityTag(Long.toString(service.gedraging(id).version))).build();
    }

    @Transactional
    GedragingResponse lees(UUID id) {
        return response(service.gedraging(id));
    }

    GedragingResponse response(Gedraging g) {
        MaatregelResponse m = Maatregel.vanGedraging(g.id).map(this::maatregel).orElse(null);
        return new GedragingResponse(g.id, g.klantId, g.zaakId, g.categorie, g.datum, g.referentiedatum,
                g.regelset.code, g.regelset.geldigVanaf, g.bron, g.status.code(), g.version,
                GedragingWorkflow.toegestaan(g.status).stream().map(GedragingWorkflow.Actie::code).sorted().toList(),
                g.geregistreerdDoor, g.geregistreerdOp, g.hoorverzoekKanaal, g.hoorverzoekVerzondenOp, g.hoorgesprekOp,
                g.hersteltermijnVerzondenOp, g.hersteltermijnGesprekOp, g.gehoordOp, g.samengevoegdIn, g.actieveZorg,
                g.zorgafstemmingSoort, g.zorgafstemmingOp, g.zorgafstemmingDoor, g.zorgafstemmingReden, g.klantgroep, m);
    }

    private MaatregelResponse maatregel(Maatregel m) {
        JsonNode perioden;
        try {
            perioden = mapper.readTree(m.perioden);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new MaatregelResponse(m.id, m.status, m.uitkomst, m.afzienReden, m.motivering, m.categorie,
                m.recidivegroep, m.stap, m.recidive, m.percentage, m.duurMaanden, m.bedragEenmalig, m.normPerMaand,
                m.ingangsdatum, m.einddatum, perioden, m.artikel, m.bron,
                m.samenloop.isEmpty() ? List.of() : List.of(m.samenloop.split(",")), m.besluitdatum, m.bezwaarTot,
                m.herzienPer, m.onderzoekId, m.opgenomenIn, m.vervangenDoor,
                m.nieuweAfspraakDatum == null ? null : new GedragingRequests.NieuweAfspraak(m.nieuweAfspraakDatum,
                        m.nieuweAfspraakTijd, m.nieuweAfspraakSoort, m.nieuweAfspraakPlaats),
                voorbeeld(m),
                Maatregel.GEBLOKKEERD.equals(m.status) ? new BlokkeringResponse(m.besluitdatum, m.blokkeringActief(),
                        m.opgehevenPer, m.opheffingReden, m.blokkeringHersteltermijnVerzondenOp,
                        m.blokkeringHersteltermijnTot, m.stopgezetPer, m.stopzettingReden) : null);
    }

    private SamenloopVoorbeeld voorbeeld(Maatregel m) {
        return service.samenloopVoorbeeld(service.gedraging(m.gedragingId), m).map(u -> new SamenloopVoorbeeld(
                u.opgenomenIn(), u.beeindigd(), u.opgenomenIn() != null
                        ? "Samenloop: decided today, this verlaging is taken up in the higher maatregel "
                        + u.opgenomenIn() + " (one verlaging, the highest); it has no verlaging of its own."
                        : u.beeindigd().isEmpty() ? "No samenloop: no other verlaging of the klant runs with this one."
                        : "Samenloop: decided today, this verlaging is the highest and ends " + u.beeindigd()
                        + " (the day before it starts; one that has not started lapses).")).orElse(null);
    }

    private static EntityTag etag(Gedraging g) {
        return new EntityTag(Long.toString(g.version));
    }

    static int getal(String naam, String waarde, int standaard, int min, int max) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(waarde.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.invalid(naam, "must be a whole number from " + min + " to " + max);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
