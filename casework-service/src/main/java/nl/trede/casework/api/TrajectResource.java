package nl.trede.casework.api;

import nl.trede.casework.domain.Bron;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.Traject;
import nl.trede.casework.domain.TrajectService;
import nl.trede.casework.domain.TrajectStatus;
import nl.trede.casework.domain.Voorziening;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The voorzieningen catalogue and the trajecten of a zaak (requirement "Plan van aanpak and trajecten"). */
@Path("/api/casework/v1")
@Tag(name = "trajecten")
@Produces(MediaType.APPLICATION_JSON)
public class TrajectResource {

    @Schema(name = "Voorziening")
    public record VoorzieningResponse(@Schema(description = "Code") String code,
                                      @Schema(description = "Name") String naam,
                                      @Schema(description = "Purpose") String doel,
                                      @Schema(description = "For these klantgroepen; empty: every") List<String> klantgroepen,
                                      @Schema(description = "From this age") Integer minLeeftijd,
                                      @Schema(description = "Under this age") Integer maxLeeftijd,
                                      @Schema(description = "Needs the doelgroepregister indication") boolean doelgroepregisterVereist,
                                      @Schema(description = "At most this many months") Integer maxDuurMaanden,
                                      @Schema(description = "At least this many hours per week") Integer minUrenPerWeek,
                                      @Schema(description = "At most this amount (EUR)") BigDecimal maxBedrag,
                                      @Schema(format = "date", description = "Valid from") LocalDate geldigVanaf,
                                      @Schema(format = "date", description = "Valid until (inclusive); empty: open") LocalDate geldigTot,
                                      @Schema(description = "Source of the conditions") String bron) {

        static VoorzieningResponse of(Voorziening v) {
            return new VoorzieningResponse(v.code, v.naam, v.doel, v.klantgroepSet().stream().sorted().toList(),
                    v.minLeeftijd, v.maxLeeftijd, v.doelgroepregisterVereist, v.maxDuurMaanden, v.minUrenPerWeek,
                    v.maxBedrag, v.geldigVanaf, v.geldigTot, v.bron);
        }
    }

    @Schema(name = "TrajectAanvraag")
    public record TrajectRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,59}") @Schema(description = "A voorziening code of the "
                    + "catalogue valid on the start date", example = "werkervaringsplaats") String voorziening,
            @NotNull @Schema(format = "date", description = "Start") LocalDate startdatum,
            @NotNull @Schema(format = "date", description = "Planned end; a review task falls due then") LocalDate einddatum,
            @Min(1) @Max(40) @Schema(description = "Hours per week (some provisions set a minimum)") Integer urenPerWeek,
            @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) @Schema(description = "Cost (EUR)") BigDecimal kosten,
            @Size(max = 200) @Schema(description = "The executing party") String uitvoerder,
            @Size(max = 4000) @Schema(description = "Maatwerk only (R-14): what the tailored provision is")
            String maatwerkOmschrijving,
            @Size(max = 200) @Schema(description = "Maatwerk only (R-14): who pays") String financieringsbron) {
    }

    @Schema(name = "TrajectBeeindiging")
    public record BeeindigingRequest(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") @Schema(description = "Outcome code",
                    example = "werk-gevonden") String resultaat,
            @Size(max = 4000) @Schema(description = "Free text; stays in casework") String toelichting) {
    }

    @Schema(name = "Traject")
    public record TrajectResponse(@Schema(description = "Id") UUID id, @Schema(description = "Zaak") UUID zaakId,
                                  @Schema(description = "Voorziening code") String voorziening,
                                  @Schema(format = "date", description = "Start") LocalDate startdatum,
                                  @Schema(format = "date", description = "End") LocalDate einddatum,
                                  @Schema(description = "Hours per week") Integer urenPerWeek,
                                  @Schema(description = "Cost (EUR)") BigDecimal kosten,
                                  @Schema(description = "Executing party") String uitvoerder,
                                  @Schema(description = "lopend or beeindigd") TrajectStatus status,
                                  @Schema(description = "Outcome code") String resultaat,
                                  @Schema(description = "Maatwerk: what it is") String maatwerkOmschrijving,
                                  @Schema(description = "Maatwerk: who pays") String financieringsbron,
                                  @Schema(description = "Maatwerk: the approving teamleider") String goedgekeurdDoor) {

        static TrajectResponse of(Traject t) {
            return new TrajectResponse(t.id, t.zaakId, t.voorzieningCode, t.startdatum, t.einddatum, t.urenPerWeek,
                    t.kosten, t.uitvoerder, t.status, t.resultaat, t.maatwerkOmschrijving, t.financieringsbron,
                    t.goedgekeurdDoor);
        }
    }

    @Schema(name = "Indicaties", description = "Only the fields given change")
    public record IndicatiesRequest(@Schema(description = "In the doelgroepregister (UWV)") Boolean inDoelgroepregister,
                                    @Schema(description = "Zorg is active: a proposed maatregel is flagged to the "
                                            + "regisseur and enforcement is told") Boolean actieveZorg,
                                    @Size(max = 60) @Pattern(regexp = "[a-z][a-z0-9-]*") @Schema(description =
                                            "Which zorg", example = "schuldhulp") String zorgSoort) {
    }

    private final TrajectService service;
    private final ZaakService zaken;
    private final SecurityIdentity identity;
    private final java.time.Clock clock;

    public TrajectResource(TrajectService service, ZaakService zaken, SecurityIdentity identity, java.time.Clock clock) {
        this.service = service;
        this.zaken = zaken;
        this.identity = identity;
        this.clock = clock;
    }

    @Schema(name = "KlantgroepOvergang")
    public record OvergangResponse(@Schema(description = "From") String van, @Schema(description = "To") String naar,
                                   @Schema(description = "The allowed criteria with their source")
                                   List<nl.trede.casework.domain.KlantgroepDoorstroom.Criterium> criteria) {
    }

    @GET
    @Path("/klantgroep-overgangen")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.FUNCTIONEEL_BEHEERDER, Roles.BELEIDSMEDEWERKER})
    @Operation(summary = "The allowed klantgroep transitions and their criteria (sources D2.4)")
    public List<OvergangResponse> overgangen() {
        List<String> groepen = List.of("matchen", "groeien", "faciliteren", "zorg");
        return groepen.stream().flatMap(van -> groepen.stream()
                        .filter(naar -> !nl.trede.casework.domain.KlantgroepDoorstroom.criteria(van, naar).isEmpty())
                        .map(naar -> new OvergangResponse(van, naar,
                                nl.trede.casework.domain.KlantgroepDoorstroom.criteria(van, naar))))
                .toList();
    }

    @GET
    @Path("/voorzieningen")
    @Transactional
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.FUNCTIONEEL_BEHEERDER, Roles.BELEIDSMEDEWERKER})
    @Operation(summary = "The voorzieningen catalogue valid on a date (default today), with conditions and sources")
    public List<VoorzieningResponse> voorzieningen(@QueryParam("peildatum") String peildatum) {
        LocalDate dag = QueryParams.date("peildatum", peildatum);
        if (dag == null) {
            dag = NlTime.vandaag(clock);
        }
        return service.catalogus(dag).stream().map(VoorzieningResponse::of).toList();
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.LEZEN, bron = Bron.TRAJECT, resource = "traject")
    @Path("/trajecten/{tid}")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "One traject, with its ETag")
    @APIResponse(responseCode = "200", description = "The traject", headers = @Header(name = "ETag",
            description = "Its version, for If-Match when ending it", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TrajectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such traject, or one of a zaak the caller may not see")
    public Response trajectLezen(@PathParam("tid") UUID id) {
        Traject t = service.get(id);
        return Response.ok(TrajectResponse.of(t)).tag(etag(t)).build();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, bron = Bron.TRAJECT, resource = "traject")
    @Path("/trajecten/{tid}/beeindiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "End a traject with its outcome; its review task is done")
    public Response beeindigen(@PathParam("tid") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "werk", value = "{\"resultaat\":\"werk-gevonden\"}")))
                               @Valid @NotNull BeeindigingRequest body) {
        Traject t = service.beeindigen(id, IfMatch.version(ifMatch), body.resultaat(), body.toelichting(), actor(),
                teamleider());
        return Response.ok(TrajectResponse.of(t)).tag(etag(t)).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private boolean teamleider() {
        return identity.hasRole(Roles.TEAMLEIDER);
    }

    static EntityTag etag(Traject t) {
        return new EntityTag(Long.toString(t.version));
    }
}
