package nl.trede.worklist.api;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.problem.Problem;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import nl.trede.worklist.domain.Venster;
import nl.trede.worklist.domain.Werkitem;
import nl.trede.worklist.domain.WerkitemFilter;
import nl.trede.worklist.domain.Werkvoorraad;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The werkvoorraad: every open piece of work of the four services the caller may see, from the read model (no call
 * to a service per request), and the counts per kind and due window for a dashboard.
 */
@Path("/api/werkvoorraad/v1/werkitems")
@Tag(name = "werkitems", description = "Open work of intake, casework, enforcement and the ladder in one list")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER})
public class WerkitemResource {

    static final String TOEGANG = "A klantmanager or teamleider sees the items of their teams (teams claim), the items "
            + "assigned to them, and an item without a team of a klant whose casework zaak is their team's or theirs; "
            + "an intake-medewerker the items for role intake-medewerker; a handhaver those for role handhaver. "
            + "Another team's item never appears: a klantId of another team's klant gives an empty page.";

    private final Werkvoorraad werkvoorraad;
    private final Aanroeper aanroeper;
    private final Clock clock;

    public WerkitemResource(Werkvoorraad werkvoorraad, Aanroeper aanroeper, Clock clock) {
        this.werkvoorraad = werkvoorraad;
        this.aanroeper = aanroeper;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Open work, by due date then id", description = TOEGANG + " Windows on today (Dutch calendar "
            + "day): verlopen before today, vandaag, deze-week from tomorrow to Sunday, later after Sunday. The "
            + "answer's actualiteit says per bron up to when the read model is current (staleness).")
    @APIResponse(responseCode = "200", description = "One page of the werkvoorraad",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pagina.class)))
    @APIResponse(responseCode = "400", description = "A bad filter value, an unknown parameter or bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listWerkitems(
            @Parameter(description = "`ik` (the caller) or a user id", example = "ik") @QueryParam("toegewezenAan")
            String toegewezenAan,
            @Parameter(description = "A team code", example = "team-werk") @QueryParam("team") String team,
            @Parameter(description = "The role that does the work", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"intake-medewerker", "klantmanager", "teamleider", "handhaver"}))
            @QueryParam("rol") String rol,
            @Parameter(description = "A soort code (docs/contracts/werkitems.md)", example = "casework.review")
            @QueryParam("soort") String soort,
            @Parameter(description = "One klant", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("klantId") String klantId,
            @Parameter(description = "A klantgroep code", example = "matchen") @QueryParam("klantgroep")
            String klantgroep,
            @Parameter(description = "Due window on today", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"verlopen", "vandaag", "deze-week", "later"})) @QueryParam("venster") String venster,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize,
            @Context UriInfo uri) {
        Paginering paginering = Paginering.of(page, pageSize);
        WerkitemFilter filter = Filters.voor(Filters.parse(toegewezenAan, team, rol, soort, klantId, klantgroep,
                venster), aanroeper.wie());
        Werkvoorraad.Pagina result = werkvoorraad.pagina(filter, aanroeper.zicht(), NlTime.vandaag(clock),
                paginering.page(), paginering.pageSize());
        return paginering.antwoord(new Pagina(result.items().stream().map(WerkitemDto::of).toList(),
                paginering.page(), paginering.pageSize(), result.totaal(),
                Actualiteit.van(werkvoorraad.actualiteit())), result.totaal(), uri);
    }

    @GET
    @Path("/telling")
    @Operation(summary = "Counts per soort and due window, for a dashboard", description = TOEGANG + " The same "
            + "filters as the list; per soort the open work in each window on today (verlopen, vandaag, dezeWeek, "
            + "later: disjoint, they add up to totaal).")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Telling.class)))
    @APIResponse(responseCode = "400", description = "A bad filter value or an unknown parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Telling countWerkitems(
            @Parameter(description = "`ik` (the caller) or a user id", example = "ik") @QueryParam("toegewezenAan")
            String toegewezenAan,
            @Parameter(description = "A team code", example = "team-werk") @QueryParam("team") String team,
            @Parameter(description = "The role that does the work", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"intake-medewerker", "klantmanager", "teamleider", "handhaver"}))
            @QueryParam("rol") String rol,
            @Parameter(description = "A soort code", example = "casework.review") @QueryParam("soort") String soort,
            @Parameter(description = "One klant", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("klantId") String klantId,
            @Parameter(description = "A klantgroep code", example = "matchen") @QueryParam("klantgroep")
            String klantgroep,
            @Parameter(description = "Due window on today", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"verlopen", "vandaag", "deze-week", "later"})) @QueryParam("venster") String venster) {
        WerkitemFilter filter = Filters.voor(Filters.parse(toegewezenAan, team, rol, soort, klantId, klantgroep,
                venster), aanroeper.wie());
        LocalDate vandaag = NlTime.vandaag(clock);
        Map<String, Map<Venster, Long>> telling = werkvoorraad.telling(filter, aanroeper.zicht(), vandaag);
        Map<Venster, Long> totaal = new EnumMap<>(Venster.class);
        telling.values().forEach(m -> m.forEach((v, n) -> totaal.merge(v, n, Long::sum)));
        return new Telling(vandaag, telling.entrySet().stream().map(e -> Aantallen.van(e.getKey(), e.getValue()))
                .toList(), Aantallen.van(null, totaal), Actualiteit.van(werkvoorraad.actualiteit()));
    }

    @Schema(name = "Werkitem", description = "One open piece of work (docs/contracts/werkitems.md) with its bron and "
            + "klant. No personal data.")
    public record WerkitemDto(
            @Schema(description = "Unique within the bron", example = "taak:3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b") String id,
            @Schema(enumeration = {"intake", "casework", "enforcement", "ladder"}) String bron,
            UUID klantId,
            @Schema(example = "casework.review") String soort,
            @Schema(example = "Review van de zaak (klantgroep matchen)") String omschrijving,
            UUID zaakId,
            @Schema(format = "date") LocalDate vervaldatum,
            @Schema(example = "Awb art. 4:13") String grondslag,
            @Schema(enumeration = {"open", "bewaken"}) String status,
            @Schema(example = "klantmanager") String rol,
            @Schema(example = "team-werk") String team,
            @Schema(example = "km-jansen") String toegewezenAan,
            @Schema(example = "matchen") String klantgroep,
            @Schema(description = "The API path, through the gateway, of the resource that completes the work")
            String pad) {
        static WerkitemDto of(Werkitem w) {
            return new WerkitemDto(w.id(), w.bron().code(), w.klantId(), w.soort(), w.omschrijving(), w.zaakId(),
                    w.vervaldatum(), w.grondslag(), w.status(), w.rol(), w.team(), w.toegewezenAan(), w.klantgroep(),
                    w.pad());
        }
    }

    @Schema(name = "WerkitemsPagina")
    public record Pagina(List<WerkitemDto> werkitems, int page, int pageSize, long totalItems,
                         List<Actualiteit> actualiteit) {
    }

    @Schema(name = "WerkitemAantallen", description = "Open work per due window; soort null: all kinds together")
    public record Aantallen(@Schema(example = "casework.review") String soort, long verlopen, long vandaag,
                            long dezeWeek, long later, long totaal) {
        static Aantallen van(String soort, Map<Venster, Long> n) {
            long v = n.getOrDefault(Venster.VERLOPEN, 0L);
            long t = n.getOrDefault(Venster.VANDAAG, 0L);
            long w = n.getOrDefault(Venster.DEZE_WEEK, 0L);
            long l = n.getOrDefault(Venster.LATER, 0L);
            return new Aantallen(soort, v, t, w, l, Arrays.stream(new long[] {v, t, w, l}).sum());
        }
    }

    @Schema(name = "WerkitemTelling")
    public record Telling(@Schema(format = "date", description = "The day the windows are computed on") LocalDate
                          peildatum, List<Aantallen> perSoort, Aantallen totaal, List<Actualiteit> actualiteit) {
    }
}
