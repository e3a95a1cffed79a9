package nl.trede.enforcement.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.enforcement.domain.Handhavingsonderzoek;
import nl.trede.enforcement.domain.OnderzoekCommando;
import nl.trede.enforcement.domain.OnderzoekService;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.KlantRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rechtmatigheidsonderzoeken: opened after repeated or serious gedragingen, outcome registered (not computed). */
@Path(OnderzoekService.PATH)
@Tag(name = "handhavingsonderzoeken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HANDHAVER, Roles.TEAMLEIDER})
@KlantRecords(KlantRecordsEnforcement.HANDHAVINGSONDERZOEK)
public class OnderzoekResource {

    private final Verwerkingen verwerkingen;

    private final OnderzoekService service;
    private final SecurityIdentity identity;

    public OnderzoekResource(OnderzoekService service, SecurityIdentity identity, Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
        this.service = service;
        this.identity = identity;
    }

    @Schema(name = "HandhavingsonderzoekStart")
    public record StartRequest(
            @NotNull @Schema(example = "6f1c2f9e-3a43-4c1e-9a8e-0d3f4b1e2a10") UUID klantId,
            UUID zaakId,
            @NotBlank @Pattern(regexp = "recidive|meerdere-gedragingen|ernstige-gedraging|signaal")
            @Schema(example = "recidive") String aanleiding,
            @Size(max = 50) @Schema(description = "Gedragingen of the klant that led to it") List<UUID> gedragingIds) {

        OnderzoekCommando.Start commando() {
            return new OnderzoekCommando.Start(klantId, zaakId, aanleiding, gedragingIds);
        }
    }

    @Schema(name = "HandhavingsonderzoekUitkomst", description = "All empty: no consequence")
    public record AfrondRequest(
            @Schema(description = "The besluit is herzien or ingetrokken (Pw art. 54 lid 3)") Boolean herziening,
            @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(description = "Pw art. 58")
            BigDecimal terugvorderingBedrag,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Schema(description = "Pw art. 18a lid 2")
            BigDecimal benadelingsbedrag,
            @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(description = "Pw art. 18a; at most the "
                    + "benadelingsbedrag when one is given (lid 1)") BigDecimal boeteBedrag) {

        OnderzoekCommando.Afronding commando() {
            return new OnderzoekCommando.Afronding(herziening, terugvorderingBedrag, benadelingsbedrag, boeteBedrag);
        }
    }

    @Schema(name = "Handhavingsonderzoek")
    public record OnderzoekResponse(UUID id, UUID klantId, UUID zaakId, String aanleiding, List<String> gedragingIds,
                                    String status, long version, LocalDate gestartOp, String gestartDoor,
                                    LocalDate afgerondOp, String afgerondDoor, List<String> uitkomsten,
                                    Boolean herziening, BigDecimal terugvorderingBedrag, BigDecimal benadelingsbedrag,
                                    BigDecimal boeteBedrag) {
        static OnderzoekResponse of(Handhavingsonderzoek o) {
            return new OnderzoekResponse(o.id, o.klantId, o.zaakId, o.aanleiding,
                    o.gedragingIds.isEmpty() ? List.of() : List.of(o.gedragingIds.split(",")), o.status, o.version,
                    o.gestartOp, o.gestartDoor, o.afgerondOp, o.afgerondDoor,
                    OnderzoekService.isAfgerond(o) ? OnderzoekService.uitkomsten(o) : List.of(), o.herziening,
                    o.terugvorderingBedrag, o.benadelingsbedrag, o.boeteBedrag);
        }
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "Open a handhavingsonderzoek (omslag naar rechtmatigheid, sources D4.2)")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "400", description = "Invalid input; nothing written")
    public Response createHandhavingsonderzoek(@Valid @NotNull StartRequest body) {
        Handhavingsonderzoek o = service.start(body.commando(), identity.getPrincipal().getName());
        verwerkingen.vastleggen(EnforcementActiviteit.HANDHAVINGSONDERZOEK, Actie.AANMAKEN, "handhavingsonderzoek",
                o.id, o.klantId);
        return Response.created(URI.create(OnderzoekService.PATH + "/" + o.id)).tag(new EntityTag(
                Long.toString(o.version))).entity(OnderzoekResponse.of(o)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "List handhavingsonderzoeken of a klant, newest first")
    @APIResponse(responseCode = "200", description = "The onderzoeken")
    public List<OnderzoekResponse> listHandhavingsonderzoeken(
            @Parameter(description = "Pseudonymous klant id") @QueryParam("klantId") String klantId) {
        UUID klant = QueryParams.uuid("klantId", klantId);
        List<Handhavingsonderzoek> lijst = service.lijst(klant);
        verwerkingen.vastleggen(EnforcementActiviteit.HANDHAVINGSONDERZOEK, Actie.LEZEN, "handhavingsonderzoek", lijst,
                o -> o.klantId, o -> o.id);
        return lijst.stream().map(OnderzoekResponse::of).toList();
    }

    @GET
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVINGSONDERZOEK, actie = Actie.LEZEN, bron = KlantVerwerking.Bron.HANDHAVINGSONDERZOEK)
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Get a handhavingsonderzoek; ETag is the version")
    @APIResponse(responseCode = "200", description = "The onderzoek")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Response getHandhavingsonderzoek(@PathParam("id") UUID id) {
        Handhavingsonderzoek o = service.onderzoek(id);
        return Response.ok(OnderzoekResponse.of(o)).tag(new EntityTag(Long.toString(o.version))).build();
    }

    @POST
    @Transactional
    @KlantVerwerking(activiteit = EnforcementActiviteit.HANDHAVINGSONDERZOEK, actie = Actie.WIJZIGEN, bron = KlantVerwerking.Bron.HANDHAVINGSONDERZOEK)
    @Path("/{id}/afronden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDHAVER)
    @Operation(summary = "Register the outcome: none, herziening, terugvordering, boete (any combination)")
    @APIResponse(responseCode = "200", description = "Afgerond")
    @APIResponse(responseCode = "400", description = "Invalid outcome (e.g. a boete above the benadelingsbedrag)")
    @APIResponse(responseCode = "409", description = "Already afgerond")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response afrondenHandhavingsonderzoek(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull AfrondRequest body) {
        Handhavingsonderzoek o = service.afronden(id, IfMatch.version(ifMatch), body.commando(),
                identity.getPrincipal().getName());
        Handhavingsonderzoek.flush(); // the version the change commits with (incremented at flush) for ETag and body
        return Response.ok(OnderzoekResponse.of(o)).tag(new EntityTag(Long.toString(o.version))).build();
    }
}
