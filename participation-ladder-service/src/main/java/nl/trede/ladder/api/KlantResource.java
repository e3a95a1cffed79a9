package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.ladder.domain.MetingService;
import nl.trede.ladder.domain.Tijdlijn;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.KlantRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One klant's ladder history and current positions (klantId is the suite's pseudonymous id, never a BSN). */
@Path("/api/ladder/v1/klanten/{klantId}")
@Tag(name = "klanten")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
@KlantRecords
public class KlantResource {

    private final MetingService service;

    public KlantResource(MetingService service) {
        this.service = service;
    }

    @GET
    @Path("/metingen")
    @KlantVerwerking(bron = KlantVerwerking.Bron.KLANT, resource = "meting-historie")
    @Operation(summary = "The klant's complete meting history, oldest first",
            description = "Ordered by meetdatum, then by registration. Corrected metingen stay in the history with "
                    + "geldig false and gecorrigeerdDoor set.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetingResponse.Page.class)))
    @APIResponse(responseCode = "400", description = "klantId is not a UUID, or bad paging")
    @APIResponse(responseCode = "404", description = "A klant outside the klantmanager's teams and caseload "
            + "(README \"Tokens and roles\")")
    public Response historie(
            @Parameter(description = "Pseudonymous klant id", schema = @Schema(format = "uuid"))
            @PathParam("klantId") String klantId,
            @Parameter(description = "Only metingen on this ladder model", example = "heemskerk")
            @QueryParam("model") String model,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
            @Context UriInfo uri) {
        UUID klant = QueryParams.uuid("klantId", klantId);
        MetingService.Historie h = service.historie(klant,
                model == null || model.isBlank() ? null : model.strip(), page, pageSize);
        return Paginering.antwoord(new MetingResponse.Page(h.metingen().stream()
                .map(m -> MetingResponse.of(m, h.gecorrigeerdDoor().get(m.id))).toList(), page, pageSize, h.total()),
                page, pageSize, h.total(), uri);
    }

    @GET
    @Path("/posities")
    @KlantVerwerking(bron = KlantVerwerking.Bron.KLANT, resource = "positie")
    @Operation(summary = "The klant's current position on each ladder model",
            description = "The latest valid meting per model, and since when the klant has held that position "
                    + "(earlier metingen confirming the same position count; a correction replaces the corrected "
                    + "meting). Empty when the klant has no metingen.")
    @APIResponse(responseCode = "200", description = "One entry per model the klant was measured on")
    @APIResponse(responseCode = "404", description = "A klant outside the klantmanager's teams and caseload "
            + "(README \"Tokens and roles\")")
    public List<PositieResponse> posities(
            @Parameter(description = "Pseudonymous klant id", schema = @Schema(format = "uuid"))
            @PathParam("klantId") String klantId) {
        UUID klant = QueryParams.uuid("klantId", klantId);
        return service.huidigePosities(klant).stream().map(PositieResponse::of).toList();
    }

    @Schema(name = "HuidigePositie")
    public record PositieResponse(
            @Schema(example = "heemskerk") String model,
            LadderModelRef modelVersie,
            @Schema(example = "2") int trede,
            @Schema(example = "2.4") String subTrede,
            UUID metingId,
            @Schema(format = "date", description = "Meetdatum of the latest valid meting") LocalDate meetdatum,
            @Schema(format = "date", description = "Since when the klant holds this position") LocalDate sinds,
            @Schema(description = "Days from sinds until today (Europe/Amsterdam)", example = "120") long dagenOpPositie,
            @Schema(format = "date", description = "When the next meting is due") LocalDate herbeoordelingOp) {

        static PositieResponse of(MetingService.HuidigePositie p) {
            Tijdlijn.Huidig h = p.huidig();
            return new PositieResponse(p.modelCode(), LadderModelRef.of(p.meting().model), h.positie().trede(),
                    h.positie().subTrede(), h.metingId(), h.meetdatum(), h.sinds(), h.dagenOpPositie(),
                    h.herbeoordelingOp());
        }
    }
}
