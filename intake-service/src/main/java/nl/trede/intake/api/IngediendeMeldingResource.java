package nl.trede.intake.api;

import io.quarkus.security.identity.SecurityIdentity;
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
import nl.trede.intake.domain.Melding;
import nl.trede.intake.domain.MeldingService;
import nl.trede.intake.domain.MeldingStatus;
import nl.trede.intake.domain.MeldingType;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A ketenpartner's view (README.md#tokens-and-roles: a ketenpartner may only submit
 * signalen and read their own): the meldingen the caller submitted, how far they are, and nothing of the person — no
 * BSN, name, date of birth or klant id. Another user's melding is 404 here, as if it did not exist.
 */
@Path(IngediendeMeldingResource.PATH)
@Tag(name = "meldingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.KETENPARTNER)
public class IngediendeMeldingResource {

    static final String PATH = "/api/intake/v1/ingediende-meldingen";

    private final MeldingService service;
    private final SecurityIdentity identity;

    public IngediendeMeldingResource(MeldingService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @Schema(name = "IngediendeMelding", description = "A melding as its submitter sees it: no personal data")
    public record IngediendeMelding(@Schema(description = "The melding's id") UUID id,
                                    @Schema(description = "The kind of melding") MeldingType type,
                                    @Schema(description = "Where the melding stands in the intake; a signal linked to "
                                            + "a melding that was already open shows geregistreerd while that melding "
                                            + "is open, then how it ended") MeldingStatus status,
                                    @Schema(format = "date", description = "The legal date of the melding")
                                    LocalDate meldingDatum,
                                    @Schema(description = "The submitting organisation, as given") String melderOrganisatie) {

        /** With the status the submitter sees (domain/MeldingService.statusVoorIndiener). */
        static IngediendeMelding of(Melding m, MeldingStatus status) {
            return new IngediendeMelding(m.id, m.type, status, m.meldingDatum, m.melderOrganisatie);
        }
    }

    @Schema(name = "IngediendeMeldingenPagina")
    public record Page(@Schema(description = "This page, newest first") List<IngediendeMelding> meldingen,
                       @Schema(description = "Page number, from 1") int page,
                       @Schema(description = "Items per page, at most 100") int pageSize,
                       @Schema(description = "The caller's meldingen over all pages") long totalItems) {
    }

    @GET
    @Operation(summary = "The meldingen the caller submitted, newest first (ketenpartner)")
    @APIResponse(responseCode = "200", description = "A page of the caller's meldingen",
            headers = @Header(name = "Link", description = Paginering.LINK_BESCHRIJVING,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public Response listIngediendeMeldingen(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
                     @QueryParam("pageSize") @DefaultValue("20") @Min(1) @Max(Paginering.MAX) int pageSize,
                     @Context UriInfo uri) {
        MeldingService.PageOf result = service.ingediendDoor(identity.getPrincipal().getName(), page, pageSize);
        return Paginering.antwoord(new Page(result.items().stream()
                .map(m -> IngediendeMelding.of(m, service.statusVoorIndiener(m))).toList(), page,
                pageSize, result.total()), page, pageSize, result.total(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One melding the caller submitted (ketenpartner); 404 for anyone else's")
    public IngediendeMelding getIngediendeMelding(@PathParam("id") UUID id) {
        Melding melding = service.ingediendeMelding(identity.getPrincipal().getName(), id);
        return IngediendeMelding.of(melding, service.statusVoorIndiener(melding));
    }
}
