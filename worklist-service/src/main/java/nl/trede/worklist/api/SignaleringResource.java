package nl.trede.worklist.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.problem.Problem;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import nl.trede.worklist.domain.Signalering;
import nl.trede.worklist.domain.SignaleringSoort;
import nl.trede.worklist.domain.SignaleringStroom;
import nl.trede.worklist.domain.Signaleringen;
import nl.trede.worklist.domain.Zicht;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signaleringen per user: what reaches the caller (addressed to them, to one of their teams as klantmanager or
 * teamleider, or to their role queue as intake-medewerker or handhaver), of the kinds in their voorkeuren.
 */
@Path("/api/werkvoorraad/v1/signaleringen")
@Tag(name = "signaleringen", description = "Signaleringen per user: list, read state, preferences, live stream")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER})
public class SignaleringResource {

    private final Signaleringen signaleringen;
    private final SignaleringStroom stroom;
    private final Aanroeper aanroeper;

    public SignaleringResource(Signaleringen signaleringen, SignaleringStroom stroom, Aanroeper aanroeper) {
        this.signaleringen = signaleringen;
        this.stroom = stroom;
        this.aanroeper = aanroeper;
    }

    @GET
    @Operation(summary = "My signaleringen, newest first", description = "toegewezen (new work assigned to me), "
            + "overdracht-aangeboden (an overdracht offered to my team or me), termijn-morgen and termijn-verlopen "
            + "(open work due tomorrow / overdue), maatregel-voorgesteld (a maatregel proposed for a klant with active "
            + "zorg whose regisseur I am). Only the kinds of my voorkeuren.")
    @APIResponse(responseCode = "200", description = "One page", headers = @Header(name = "Link",
            description = Paginering.LINK_BESCHRIJVING, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pagina.class)))
    @APIResponse(responseCode = "400", description = "A bad gelezen value, an unknown parameter or bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listSignaleringen(
            @Parameter(description = "true: only read ones; false: only unread ones; absent: all",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("gelezen") String gelezen,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("pageSize") String pageSize,
            @Context UriInfo uri) {
        Paginering paginering = Paginering.of(page, pageSize);
        Boolean filter = gelezen == null || gelezen.isBlank() ? null : QueryParams.bool("gelezen", gelezen);
        Signaleringen.Pagina result = signaleringen.pagina(aanroeper.zicht(), filter, paginering.page(),
                paginering.pageSize());
        return paginering.antwoord(new Pagina(result.items().stream().map(SignaleringDto::of).toList(),
                paginering.page(), paginering.pageSize(), result.totaal()), result.totaal(), uri);
    }

    @POST
    @Path("/{id}/gelezen")
    @Operation(summary = "Mark one of my signaleringen read", description = "Marking it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The signalering, read", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignaleringDto.class)))
    @APIResponse(responseCode = "404", description = "No such signalering of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignaleringDto markSignaleringGelezen(@PathParam("id") String id) {
        UUID uuid = QueryParams.uuid("id", id);
        if (uuid == null) {
            throw ProblemException.notFound("The signalering");
        }
        return signaleringen.markeerGelezen(uuid, aanroeper.zicht()).map(SignaleringDto::of)
                .orElseThrow(() -> ProblemException.notFound("The signalering"));
    }

    @GET
    @Path("/voorkeuren")
    @Operation(summary = "The kinds of signalering I receive", description = "Every kind until you choose.")
    @APIResponse(responseCode = "200", description = "My voorkeuren", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Voorkeuren.class)))
    public Voorkeuren getSignaleringVoorkeuren() {
        return new Voorkeuren(signaleringen.voorkeuren(aanroeper.wie()));
    }

    @PUT
    @Path("/voorkeuren")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the kinds of signalering I receive", description = "The list as a whole; [] switches "
            + "every kind off. Applies to the list and the stream, also to signaleringen already stored.")
    @APIResponse(responseCode = "200", description = "My voorkeuren as they are now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Voorkeuren.class)))
    public Voorkeuren replaceSignaleringVoorkeuren(@Valid @NotNull Voorkeuren body) {
        return new Voorkeuren(signaleringen.zetVoorkeuren(aanroeper.wie(), body.soorten().isEmpty()
                ? EnumSet.noneOf(SignaleringSoort.class) : EnumSet.copyOf(body.soorten())));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "My new signaleringen as Server-Sent Events", description = "Each event: name = the kind, "
            + "id = its number, data = the signalering as JSON. The service ends the connection after "
            + "trede.worklist.stroom-max-duur (default 5 minutes); reconnect with Last-Event-ID (EventSource does) and "
            + "the signaleringen after that id come first, so nothing is missed.")
    @APIResponse(responseCode = "200", description = "The event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> streamSignaleringen(
            @Parameter(description = "The id of the last event received, to resume after it")
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        long vanaf;
        if (lastEventId == null || lastEventId.isBlank()) {
            vanaf = stroom.nu();
        } else {
            try {
                vanaf = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("Last-Event-ID", "must be the id of an event of this stream");
            }
            if (vanaf < 0) {
                throw ProblemException.invalid("Last-Event-ID", "must be the id of an event of this stream");
            }
        }
        Zicht zicht = aanroeper.zicht();
        return stroom.voor(zicht, vanaf).map(s -> sse.newEventBuilder().id(Long.toString(s.volgnummer()))
                .name(s.soort().code()).mediaType(MediaType.APPLICATION_JSON_TYPE).data(SignaleringDto.class,
                        SignaleringDto.of(s)).build());
    }

    @Schema(name = "Signalering", description = "No personal data: ids, codes, a date and the path of the work")
    public record SignaleringDto(
            UUID id,
            @Schema(enumeration = {"toegewezen", "overdracht-aangeboden", "termijn-morgen", "termijn-verlopen",
                    "maatregel-voorgesteld"}) String soort,
            @Schema(description = "gebruiker, team or rol", enumeration = {"gebruiker", "team", "rol"})
            String ontvangerSoort,
            @Schema(description = "The user id, team code or role it was sent to", example = "team-werk")
            String ontvanger,
            @Schema(enumeration = {"intake", "casework", "enforcement", "ladder"}) String bron,
            UUID klantId,
            @Schema(description = "The werkitem's id (maatregel:<id> for a proposed maatregel)") String werkitemId,
            @Schema(example = "casework.overdracht") String werkitemSoort,
            UUID zaakId,
            @Schema(format = "date", description = "The work's due date (a maatregel: its ingangsdatum)")
            LocalDate vervaldatum,
            @Schema(description = "The API path of the work") String pad,
            Instant aangemaaktOp,
            boolean gelezen) {
        static SignaleringDto of(Signalering s) {
            return new SignaleringDto(s.id(), s.soort().code(),
                    s.ontvanger().soort().name().toLowerCase(java.util.Locale.ROOT), s.ontvanger().waarde(),
                    s.bron().code(), s.klantId(), s.itemId(), s.werkitemSoort(), s.zaakId(), s.vervaldatum(), s.pad(),
                    s.aangemaaktOp(), s.gelezen());
        }
    }

    @Schema(name = "SignaleringVoorkeuren")
    public record Voorkeuren(@NotNull @Size(max = 5) Set<@NotNull SignaleringSoort> soorten) {
    }

    @Schema(name = "SignaleringenPagina")
    public record Pagina(List<SignaleringDto> signaleringen, int page, int pageSize, long totalItems) {
    }
}
