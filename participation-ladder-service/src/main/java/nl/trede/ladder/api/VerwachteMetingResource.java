package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.ladder.domain.MetingService;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.toegang.KlantToegang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The metingen that are due, as a work list for the klantmanager (requirement "due metingen"). */
@Path("/api/ladder/v1/verwachte-metingen")
@Tag(name = "verwachte-metingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
public class VerwachteMetingResource {

    private final MetingService service;
    private final Clock clock;

    private final Verwerkingen verwerkingen;
    private final KlantToegang toegang;

    public VerwachteMetingResource(MetingService service, Clock clock, Verwerkingen verwerkingen,
                                   KlantToegang toegang) {
        this.toegang = toegang;
        this.service = service;
        this.clock = clock;
        this.verwerkingen = verwerkingen;
    }

    @GET
    @Operation(summary = "Metingen due on or before a date, earliest first",
            description = "periodiek: a klant's next meting is due a number of months after the latest valid "
                    + "meting: the review interval of its sub-trede, else of its trede (data of the ladder model; "
                    + "Heemskerk 6 months for 1 and 2.1-2.3, 12 otherwise; sources H2.6). "
                    + "traject-start: a nulmeting on the start date of a casework traject, unless a meting lies "
                    + "within trede.ladder.traject.nulmeting-venster-dagen (default 30) days before it. "
                    + "traject-einde: a meting on the end date, or on the day the traject was ended when earlier. "
                    + "A meting with the trajectId on or after the due date satisfies a traject row. With model, "
                    + "only that model's periodic rows.")
    @APIResponse(responseCode = "200", description = "One page of the due list",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pagina.class)))
    @APIResponse(responseCode = "400", description = "Bad peildatum or paging")
    public Response list(
            @Parameter(description = "Due on or before this date; default today (Europe/Amsterdam)",
                    schema = @Schema(format = "date"), example = "2026-12-31") @QueryParam("peildatum") String peildatum,
            @Parameter(description = "Only the periodic metingen of this ladder model", example = "heemskerk") @QueryParam("model") String model,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
            @Context UriInfo uri) {
        LocalDate datum = QueryParams.date("peildatum", peildatum);
        MetingService.VerwachtPagina result = service.verwacht(datum == null ? NlTime.vandaag(clock) : datum,
                model == null || model.isBlank() ? null : model.strip(), page, pageSize, toegang.aanroeper());
        verwerkingen.vastleggen(LadderActiviteit.METING, Actie.LEZEN, "verwachte-meting", result.items(),
                MetingService.Verwacht::klantId, v -> v.metingId() != null ? v.metingId() : v.trajectId());
        return Paginering.antwoord(new Pagina(result.items().stream().map(VerwachteMeting::of).toList(), page,
                pageSize, result.total()), page, pageSize, result.total(), uri);
    }

    @Schema(name = "VerwachteMeting")
    public record VerwachteMeting(
            @Schema(description = "Why it is due: periodiek (review interval of the current position), "
                    + "traject-start (nulmeting at the start of a traject) or traject-einde (at its end)",
                    enumeration = {"periodiek", "traject-start", "traject-einde"}, example = "periodiek") String reden,
            UUID klantId,
            @Schema(description = "periodiek only", example = "heemskerk") String model,
            @Schema(description = "periodiek only", example = "2") Integer trede,
            @Schema(description = "periodiek only", example = "2.2") String subTrede,
            @Schema(description = "The latest valid meting (periodiek only)") UUID laatsteMetingId,
            @Schema(format = "date", description = "periodiek only") LocalDate laatsteMeetdatum,
            @Schema(format = "date", description = "When the meting is due") LocalDate verwachtOp,
            @Schema(description = "The traject (traject-start/-einde only); record the meting with this trajectId")
            UUID trajectId,
            @Schema(description = "The traject's zaak (traject-start/-einde only)") UUID zaakId) {
        static VerwachteMeting of(MetingService.Verwacht v) {
            return new VerwachteMeting(v.reden(), v.klantId(), v.modelCode(), v.trede(), v.subTrede(), v.metingId(),
                    v.laatsteMeetdatum(), v.verwachtOp(), v.trajectId(), v.zaakId());
        }
    }

    @Schema(name = "VerwachteMetingenPagina")
    public record Pagina(List<VerwachteMeting> verwachteMetingen, int page, int pageSize, long totalItems) {
    }
}
