package nl.trede.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.time.LocalDate;
import java.util.List;
import nl.trede.intake.domain.TermijnService;
import nl.trede.intake.domain.TermijnSoort;
import nl.trede.intake.domain.TermijnVenster;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The work queue by deadline: what is due today, what is overdue (requirement "Deadlines computed and exposed"). */
@Path("/api/intake/v1/termijnen")
@Tag(name = "termijnen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER})
public class TermijnResource {

    @Schema(name = "TermijnenPagina")
    public record Page(@Schema(description = "Open deadlines, earliest first") List<TermijnResponse> termijnen,
                       @Schema(format = "date", description = "Today in Europe/Amsterdam, the day the window is "
                               + "measured from") LocalDate peildatum,
                       @Schema(description = "Page number, from 1") int page,
                       @Schema(description = "Items per page, at most 200") int pageSize,
                       @Schema(description = "Matching deadlines over all pages") long totalItems) {
    }

    private final TermijnService service;

    private final Verwerkingen verwerkingen;

    public TermijnResource(TermijnService service, Verwerkingen verwerkingen) {
        this.service = service;
        this.verwerkingen = verwerkingen;
    }

    @GET
    @Transactional
    @Operation(summary = "Open deadlines, earliest first: due today (venster=vandaag), overdue (verlopen) or all open",
            description = "Dates are Dutch calendar days (Europe/Amsterdam). Paged as every list, except that "
                    + "pageSize defaults to 50 and goes up to 200 (kept for clients of v1).")
    @APIResponse(responseCode = "200", description = "A page of open deadlines",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Response listTermijnen(@QueryParam("venster") @DefaultValue("open") String venster,
                     @QueryParam("soort") String soort,
                     @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                     @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
                     @Context UriInfo uri) {
        TermijnService.Pagina result = service.open(QueryParams.code("venster", venster, TermijnVenster.class),
                QueryParams.code("soort", soort, TermijnSoort.class), page, pageSize);
        List<TermijnResponse> items = result.items().stream().map(TermijnResponse::of).toList();
        // One record per klant whose deadlines are listed.
        verwerkingen.vastleggen(IntakeActiviteit.MELDING_INZIEN, Actie.LEZEN, "termijn", items,
                t -> result.klantPerMelding().get(t.meldingId()), TermijnResponse::meldingId);
        return Paginering.antwoord(new Page(items, result.peildatum(), page, pageSize, result.total()), page, pageSize,
                result.total(), uri);
    }
}
