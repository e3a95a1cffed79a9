package nl.trede.worklist.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.problem.Problem;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import nl.trede.worklist.domain.Venster;
import nl.trede.worklist.domain.Weergave;
import nl.trede.worklist.domain.Weergaven;
import nl.trede.worklist.domain.WerkitemFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saved views: a user's named filter sets of the werkvoorraad. Another user's view is 404, as one that does not exist. */
@Path("/api/werkvoorraad/v1/weergaven")
@Tag(name = "weergaven", description = "Saved views of the werkvoorraad per user")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER})
public class WeergaveResource {

    private final Weergaven weergaven;
    private final Aanroeper aanroeper;

    public WeergaveResource(Weergaven weergaven, Aanroeper aanroeper) {
        this.weergaven = weergaven;
        this.aanroeper = aanroeper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a view", description = "A name (unique per user: 409) and a filter set, the same "
            + "filters as GET /werkitems; toegewezenAan `ik` means whoever uses the view, i.e. the owner.")
    @APIResponse(responseCode = "201", description = "Saved",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WeergaveDto.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the first view",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WeergaveDto.class)))
    @APIResponse(responseCode = "409", description = "You already have a view with this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createWeergave(@Valid @NotNull WeergaveVerzoek body,
                                   @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                   @Context UriInfo uri) {
        String wie = aanroeper.wie();
        IdempotencyKeys.Result result = weergaven.maak(wie, body.naam().strip(), body.filterOf(), idempotencyKey, body);
        Weergave w = weergaven.vind(wie, result.id()).orElseThrow(() -> ProblemException.notFound("The view"));
        Response.ResponseBuilder r = result.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(w.id().toString()).build())
                : Response.ok();
        return r.entity(WeergaveDto.of(w)).tag(etag(w)).build();
    }

    @GET
    @Operation(summary = "My saved views, by name")
    @APIResponse(responseCode = "200", description = "One page of the caller's views",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pagina.class)))
    public Response listWeergaven(@Parameter(description = "Page number, from 1") @QueryParam("page") String page,
                                  @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize")
                                  String pageSize, @Context UriInfo uri) {
        Paginering paginering = Paginering.of(page, pageSize);
        Weergaven.Pagina result = weergaven.lijst(aanroeper.wie(), paginering.page(), paginering.pageSize());
        return paginering.antwoord(new Pagina(result.items().stream().map(WeergaveDto::of).toList(),
                paginering.page(), paginering.pageSize(), result.totaal()), result.totaal(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my saved views")
    @APIResponse(responseCode = "200", description = "The view", headers = @Header(name = "ETag",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WeergaveDto.class)))
    @APIResponse(responseCode = "404", description = "No such view of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getWeergave(@PathParam("id") String id) {
        Weergave w = weergaven.vind(aanroeper.wie(), id(id)).orElseThrow(WeergaveResource::nietGevonden);
        return Response.ok(WeergaveDto.of(w)).tag(etag(w)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one of my saved views", description = "Name and filters as a whole. With If-Match "
            + "(the ETag of GET) a view changed in the meantime is 412.")
    @APIResponse(responseCode = "200", description = "The view as it is now", headers = @Header(name = "ETag",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WeergaveDto.class)))
    @APIResponse(responseCode = "404", description = "No such view of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "You already have another view with this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceWeergave(@PathParam("id") String id, @Valid @NotNull WeergaveVerzoek body,
                                    @Parameter(description = "The ETag of the version you changed, e.g. \"3\"")
                                    @HeaderParam(IfMatch.HEADER) String ifMatch) {
        Weergave w = weergaven.wijzig(aanroeper.wie(), id(id), body.naam().strip(), body.filterOf(),
                IfMatch.version(ifMatch)).orElseThrow(WeergaveResource::nietGevonden);
        return Response.ok(WeergaveDto.of(w)).tag(etag(w)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of my saved views")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such view of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deleteWeergave(@PathParam("id") String id) {
        if (!weergaven.verwijder(aanroeper.wie(), id(id))) {
            throw nietGevonden();
        }
        return Response.noContent().build();
    }

    private static UUID id(String id) {
        UUID uuid = QueryParams.uuid("id", id);
        if (uuid == null) {
            throw nietGevonden();
        }
        return uuid;
    }

    private static ProblemException nietGevonden() {
        return ProblemException.notFound("The view");
    }

    private static EntityTag etag(Weergave w) {
        return new EntityTag(Integer.toString(w.versie()));
    }

    @Schema(name = "WeergaveFilter", description = "The filters of GET /werkitems; absent: not filtered")
    public record FilterBody(
            @Schema(description = "`ik` (whoever uses the view) or a user id", example = "ik")
            @Size(max = 200) @Pattern(regexp = Filters.GEBRUIKER) String toegewezenAan,
            @Schema(example = "team-werk") @Size(max = 100) @Pattern(regexp = Filters.TEAM) String team,
            RolCode rol,
            @Schema(example = "casework.review") @Size(max = 100) @Pattern(regexp = Filters.SOORT) String soort,
            UUID klantId,
            @Schema(example = "matchen") @Size(max = 60) @Pattern(regexp = Filters.KLANTGROEP) String klantgroep,
            Venster venster) {

        static FilterBody of(WerkitemFilter f) {
            RolCode rol = null;
            for (RolCode r : RolCode.values()) {
                if (r.code().equals(f.rol())) {
                    rol = r;
                }
            }
            return new FilterBody(f.toegewezenAan(), f.team(), rol, f.soort(), f.klantId(), f.klantgroep(),
                    f.venster());
        }
    }

    @Schema(name = "WeergaveVerzoek")
    public record WeergaveVerzoek(
            @Schema(example = "Mijn verlopen reviews") @NotBlank @Size(max = 100)
            @Pattern(regexp = "[^\\t\\n\\r]*", message = "must be one line") String naam,
            @Valid FilterBody filter) {

        WerkitemFilter filterOf() {
            if (filter == null) {
                return WerkitemFilter.GEEN;
            }
            return new WerkitemFilter(filter.toegewezenAan(), filter.team(),
                    filter.rol() == null ? null : filter.rol().code(), filter.soort(), filter.klantId(),
                    filter.klantgroep(), filter.venster());
        }
    }

    @Schema(name = "Weergave")
    public record WeergaveDto(UUID id, String naam, FilterBody filter,
                              @Schema(description = "Version; the ETag") int versie, Instant aangemaaktOp) {
        static WeergaveDto of(Weergave w) {
            return new WeergaveDto(w.id(), w.naam(), FilterBody.of(w.filter()), w.versie(), w.aangemaaktOp());
        }
    }

    @Schema(name = "WeergavenPagina")
    public record Pagina(List<WeergaveDto> weergaven, int page, int pageSize, long totalItems) {
    }
}
