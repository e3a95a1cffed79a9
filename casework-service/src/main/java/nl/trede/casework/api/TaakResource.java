package nl.trede.casework.api;

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
import nl.trede.casework.domain.Bron;
import nl.trede.casework.domain.Taak;
import nl.trede.casework.domain.TaakStatus;
import nl.trede.casework.domain.ToegangService;
import nl.trede.casework.domain.ZaakService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tasks of the zaken the caller may see (e.g. the escalation of an expired overdracht). */
@Path("/api/casework/v1")
@Tag(name = "overdrachten")
@Produces(MediaType.APPLICATION_JSON)
public class TaakResource {

    @Schema(name = "Taak")
    public record TaakResponse(@Schema(description = "The task's id") UUID id,
                               @Schema(description = "The zaak") UUID zaakId,
                               @Schema(description = "What kind of task") String soort,
                               @Schema(description = "The team") String team,
                               @Schema(description = "The role that handles it") String rol,
                               @Schema(description = "What to do") String omschrijving,
                               @Schema(format = "date", description = "Due") LocalDate uiterlijk,
                               @Schema(description = "open or afgehandeld") TaakStatus status) {

        static TaakResponse of(Taak t) {
            return new TaakResponse(t.id, t.zaakId, t.soort, t.team, t.rol, t.omschrijving, t.uiterlijk, t.status);
        }
    }

    @Schema(name = "TakenPagina")
    public record TakenPage(@Schema(description = "The tasks on this page") List<TaakResponse> taken,
                            @Schema(description = "This page, from 1") int page,
                            @Schema(description = "Items per page") int pageSize,
                            @Schema(description = "Items across all pages the caller may see") long totalItems) {
    }

    private final ZaakService zaken;
    private final Inzage inzage;
    private final Verwerkingen verwerkingen;

    public TaakResource(ZaakService zaken, Inzage inzage, Verwerkingen verwerkingen) {
        this.zaken = zaken;
        this.inzage = inzage;
        this.verwerkingen = verwerkingen;
    }

    @GET
    @Path("/taken")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Tasks, earliest due first (e.g. an expired overdracht for the teamleider)",
            description = "Lists and counts only the tasks of zaken the caller may see (a klantmanager: their caseload, "
                    + "their teams and open offers to them); open tasks unless alle=true.")
    @APIResponse(responseCode = "200", description = "A page of tasks",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakenPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter that is not valid, named in invalidParams")
    public Response taken(@Parameter(description = "Only tasks of this team") @QueryParam("team") String team,
                          @Parameter(description = "Only tasks of this zaak") @QueryParam("zaakId") String zaakId,
                          @Parameter(description = "Also the handled tasks", schema = @Schema(type =
                                  SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("alle") String alleParam,
                          @Parameter(description = "Page number, from 1") @QueryParam("page") @DefaultValue("1")
                          @Min(1) int page,
                          @Parameter(description = "Items per page, 1 to 100") @QueryParam("pageSize")
                          @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
                          @Context UriInfo uri) {
        Paginering paging = new Paginering(page, pageSize);
        Paginering.Resultaat<Taak> result = zaken.taken(ZaakAntwoorden.blankToNull(team),
                QueryParams.uuid("zaakId", zaakId), QueryParams.bool("alle", alleParam), inzage.vanAanroeper(), paging);
        var klanten = ToegangService.klantPerZaak(result.items().stream().map(t -> t.zaakId).toList());
        verwerkingen.vastleggen(CaseworkActiviteit.REGIE, Actie.LEZEN, "taak", result.items(),
                t -> klanten.get(t.zaakId), t -> t.id);
        return paging.antwoord(new TakenPage(result.items().stream().map(TaakResponse::of).toList(), page,
                pageSize, result.totalItems()), result.totalItems(), uri);
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, bron = Bron.TAAK, resource = "taak")
    @Path("/taken/{id}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "One task")
    @APIResponse(responseCode = "200", description = "The task", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaakResponse.class)))
    @APIResponse(responseCode = "404", description = "No such task, or one of a zaak the caller may not see")
    public TaakResponse taakLezen(@PathParam("id") UUID id) {
        return TaakResponse.of(zaken.taak(id));
    }
}
