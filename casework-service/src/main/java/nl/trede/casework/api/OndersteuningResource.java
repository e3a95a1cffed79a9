package nl.trede.casework.api;

import nl.trede.casework.domain.Bron;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.trede.casework.domain.Ondersteuning;
import nl.trede.casework.domain.OndersteuningService;
import nl.trede.casework.domain.OndersteuningVervanging;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Long-term support and its replacement (sources A3; the Carla case). */
@Path("/api/casework/v1")
@Tag(name = "ondersteuning")
@Produces(MediaType.APPLICATION_JSON)
public class OndersteuningResource {

    @Schema(name = "OndersteuningVastleggen")
    public record OndersteuningRequest(
            @NotBlank @Pattern(regexp = "steunfiguur-professioneel|steunfiguur-informeel|begeleiding")
            @Schema(description = "steunfiguur-professioneel, steunfiguur-informeel (e.g. a JIM) or begeleiding")
            String soort,
            @NotBlank @Size(max = 200) @Schema(description = "The organisation (or 'informeel')", example = "Icare")
            String aanbieder,
            @Size(max = 200) @Schema(description = "The contact person") String contactpersoon,
            @DecimalMin("0.0") @DecimalMax("40.0") @Schema(description = "Hours per week", example = "1.5")
            BigDecimal urenPerWeek,
            @NotNull @Schema(format = "date", description = "Since; no end date is forced (R-09)") LocalDate sinds,
            @NotNull @Min(1) @Max(24) @Schema(description = "Months between check-ins (R-09)", example = "6")
            Integer checkInMaanden) {
    }

    @Schema(name = "Ondersteuning")
    public record OndersteuningResponse(@Schema(description = "Id") UUID id, @Schema(description = "Zaak") UUID zaakId,
                                        @Schema(description = "Kind") String soort,
                                        @Schema(description = "Organisation") String aanbieder,
                                        @Schema(description = "Contact person") String contactpersoon,
                                        @Schema(description = "Hours per week") BigDecimal urenPerWeek,
                                        @Schema(format = "date", description = "Since") LocalDate sinds,
                                        @Schema(format = "date", description = "Ended on") LocalDate beeindigdOp,
                                        @Schema(description = "ACTIEF or BEEINDIGD") String status) {

        static OndersteuningResponse of(Ondersteuning o) {
            return new OndersteuningResponse(o.id, o.zaakId, o.soort, o.aanbieder, o.contactpersoon, o.urenPerWeek,
                    o.sinds, o.beeindigdOp, o.status);
        }
    }

    @Schema(name = "VervangingVoorstel")
    public record VervangingRequest(
            @NotBlank @Size(max = 200) @Schema(description = "The proposed new provider", example = "Kwintes")
            String nieuweAanbieder,
            @NotNull @Schema(format = "date", description = "The proposed end of the current support") LocalDate
                    voorgesteldeEinddatum,
            @NotBlank @Size(max = 8000) @Schema(description = "The continuity assessment (R-24): what the change means "
                    + "for the klant and how trust is kept") String continuiteitsbeoordeling) {
    }

    @Schema(name = "Klantreactie")
    public record KlantreactieRequest(@NotNull @Schema(description = "The klant agrees") Boolean akkoord,
                                      @Size(max = 4000) @Schema(description = "The klant's words (recorded)") String toelichting) {
    }

    @Schema(name = "Escalatiebesluit")
    public record EscalatiebesluitRequest(@NotNull @Schema(description = "Replace (true) or keep the current support")
                                          Boolean vervangen,
                                          @NotBlank @Size(max = 4000) @Schema(description = "The decision's reasons")
                                          String toelichting) {
    }

    @Schema(name = "Vervanging")
    public record VervangingResponse(@Schema(description = "Id") UUID id,
                                     @Schema(description = "The support it replaces") UUID ondersteuningId,
                                     @Schema(description = "Proposed provider") String nieuweAanbieder,
                                     @Schema(format = "date", description = "Proposed end of the current support")
                                     LocalDate voorgesteldeEinddatum,
                                     @Schema(description = "VOORGESTELD, GEESCALEERD, GEACCEPTEERD or BESLOTEN") String status,
                                     @Schema(description = "AKKOORD or BEZWAAR") String klantReactie,
                                     @Schema(description = "VERVANGEN or HANDHAVEN") String besluit,
                                     @Schema(description = "Who decided") String beslotenDoor,
                                     @Schema(description = "When") Instant beslotenOp) {

        static VervangingResponse of(OndersteuningVervanging v) {
            return new VervangingResponse(v.id, v.ondersteuningId, v.nieuweAanbieder, v.voorgesteldeEinddatum,
                    v.status, v.klantReactie, v.besluit, v.beslotenDoor, v.beslotenOp);
        }
    }

    @Schema(name = "OverlegDeelnemer")
    public record DeelnemerRequest(@NotBlank @Size(max = 60) @Schema(description = "Role", example = "school") String rol,
                                   @NotBlank @Size(max = 200) @Schema(description = "Organisation", example = "VSO-school")
                                   String organisatie,
                                   @NotNull @Schema(description = "The meeting needs them (R-07)") Boolean verplicht) {
    }

    @Schema(name = "BegeleidingsoverlegPlannen")
    public record OverlegRequest(@NotNull @Schema(format = "date", description = "When") LocalDate geplandOp,
                                 @NotNull @Size(min = 1, max = 20) @Schema(description = "Participants")
                                 java.util.List<@Valid @NotNull DeelnemerRequest> deelnemers) {
    }

    @Schema(name = "BegeleidingsoverlegVerslag")
    public record VerslagRequest(@NotNull @Schema(format = "date", description = "When it was held") LocalDate gehoudenOp,
                                 @NotNull @Schema(description = "Attendance, in the order of the participants")
                                 java.util.List<@NotNull Boolean> aanwezig,
                                 @NotBlank @Size(max = 8000) @Schema(description = "The plan agreed") String plan,
                                 @NotBlank @Size(max = 200) @Schema(description = "The trekker (who leads)") String trekker,
                                 @Size(max = 8000) @Schema(description = "Who does what") String verantwoordelijkheden,
                                 @NotBlank @Size(max = 4000) @Schema(description = "What happens in a crisis (R-07)")
                                 String crisisclausule) {
    }

    @Schema(name = "Begeleidingsoverleg")
    public record OverlegResponse(@Schema(description = "Id") UUID id, @Schema(description = "Zaak") UUID zaakId,
                                  @Schema(format = "date", description = "Planned") LocalDate geplandOp,
                                  @Schema(format = "date", description = "Held") LocalDate gehoudenOp,
                                  @Schema(description = "GEPLAND or GEHOUDEN") String status,
                                  @Schema(description = "Participants with attendance") java.util.List<Deelnemer> deelnemers,
                                  @Schema(description = "The trekker") String trekker,
                                  @Schema(description = "Crisis clause") String crisisclausule) {

        @Schema(name = "OverlegDeelnemerStand")
        public record Deelnemer(@Schema(description = "Role") String rol, @Schema(description = "Organisation")
                                String organisatie, @Schema(description = "Mandatory") boolean verplicht,
                                @Schema(description = "Present") Boolean aanwezig) {
        }

        static OverlegResponse of(nl.trede.casework.domain.Begeleidingsoverleg o) {
            return new OverlegResponse(o.id, o.zaakId, o.geplandOp, o.gehoudenOp, o.status, o.deelnemers.stream()
                    .map(d -> new Deelnemer(d.rol, d.organisatie, d.verplicht, d.aanwezig)).toList(), o.trekker,
                    o.crisisclausule);
        }
    }

    private final OndersteuningService service;
    private final nl.trede.casework.domain.OverlegService overleggen;
    private final SecurityIdentity identity;

    public OndersteuningResource(OndersteuningService service, nl.trede.casework.domain.OverlegService overleggen,
                                 SecurityIdentity identity) {
        this.service = service;
        this.overleggen = overleggen;
        this.identity = identity;
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.SERVICE})
    @Operation(summary = "One support relationship")
    @APIResponse(responseCode = "200", description = "The support", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = OndersteuningResponse.class)))
    @APIResponse(responseCode = "404", description = "No such support, or one of a zaak the caller may not see")
    public OndersteuningResponse ondersteuningLezen(@PathParam("oid") UUID id) {
        return OndersteuningResponse.of(service.get(id));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.LEZEN, bron = Bron.BEGELEIDINGSOVERLEG, resource = "begeleidingsoverleg")
    @Path("/begeleidingsoverleggen/{oid}")
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.SERVICE})
    @Operation(summary = "One begeleidingsoverleg")
    @APIResponse(responseCode = "200", description = "The begeleidingsoverleg", headers = @Header(name = "ETag",
            description = "Its version, for If-Match on the verslag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OverlegResponse.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or one of a zaak the caller may not see")
    public jakarta.ws.rs.core.Response overlegLezen(@PathParam("oid") UUID id) {
        var o = overleggen.get(id);
        return jakarta.ws.rs.core.Response.ok(OverlegResponse.of(o))
                .tag(new jakarta.ws.rs.core.EntityTag(Long.toString(o.version))).build();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.BEGELEIDINGSOVERLEG, resource = "begeleidingsoverleg")
    @Path("/begeleidingsoverleggen/{oid}/verslag")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record the begeleidingsoverleg as held (R-07)", description = "Every mandatory participant "
            + "present (400 otherwise); plan, trekker and crisis clause required. Completes the school leaver's "
            + "bridging task.")
    public OverlegResponse verslag(@PathParam("oid") UUID id,
                                   @jakarta.ws.rs.HeaderParam(nl.trede.platform.api.IfMatch.HEADER) String ifMatch,
                                   @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                   @ExampleObject(name = "kees", value = "{\"gehoudenOp\":\"2026-11-20\","
                                           + "\"aanwezig\":[true,true,true],\"plan\":\"Dagbesteding smederij plus "
                                           + "werk-leerroute techniek\",\"trekker\":\"km-k\",\"crisisclausule\":"
                                           + "\"Bij terugval belt de school de trekker; overleg binnen een week.\"}")))
                                   @Valid @NotNull VerslagRequest body) {
        return OverlegResponse.of(overleggen.verslag(id, nl.trede.platform.api.IfMatch.version(ifMatch),
                new nl.trede.casework.domain.OverlegService.Verslag(body.gehoudenOp(), body.aanwezig(), body.plan(),
                        body.trekker().strip(), body.verantwoordelijkheden(), body.crisisclausule()), actor(),
                identity.hasRole(Roles.TEAMLEIDER)));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}/vervanging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.KETENPARTNER})
    @Operation(summary = "Propose replacing a support relationship", description = "Needs a continuity assessment "
            + "(R-24). The current support continues until the klant agrees or the escalation desk decides.")
    public VervangingResponse vervanging(@PathParam("oid") UUID id,
                                         @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                 examples = @ExampleObject(name = "kwintes", value = "{\"nieuweAanbieder"
                                                 + "\":\"Kwintes\",\"voorgesteldeEinddatum\":\"2026-12-01\","
                                                 + "\"continuiteitsbeoordeling\":\"Nieuwe begeleider binnen Kwintes; "
                                                 + "overdracht in drie gesprekken.\"}")))
                                         @Valid @NotNull VervangingRequest body) {
        return VervangingResponse.of(service.vervangingVoorstellen(id, body.nieuweAanbieder().strip(),
                body.voorgesteldeEinddatum(), body.continuiteitsbeoordeling().strip(), actor()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}/vervanging/klantreactie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Record the klant's reaction", description = "akkoord: the new support starts, the old ends on "
            + "the proposed date (or today when that has passed); bezwaar: escalated to the escalation desk (R-15).")
    public VervangingResponse klantreactie(@PathParam("oid") UUID id,
                                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                   examples = @ExampleObject(name = "bezwaar", value = "{\"akkoord\":"
                                                   + "false,\"toelichting\":\"Moeder wil Carla houden.\"}")))
                                           @Valid @NotNull KlantreactieRequest body) {
        return VervangingResponse.of(service.klantreactie(id, body.akkoord(), body.toelichting()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ONDERSTEUNING, actie = Actie.WIJZIGEN, bron = Bron.ONDERSTEUNING, resource = "ondersteuning")
    @Path("/ondersteuningen/{oid}/vervanging/escalatiebesluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TEAMLEIDER)
    @Operation(summary = "The escalation desk decides an escalated replacement (R-15)")
    public VervangingResponse escalatiebesluit(@PathParam("oid") UUID id,
                                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                       examples = @ExampleObject(name = "handhaven", value =
                                                       "{\"vervangen\":false,\"toelichting\":\"Continuïteit weegt "
                                                               + "zwaarder; 1,5 uur per week loopt door.\"}")))
                                               @Valid @NotNull EscalatiebesluitRequest body) {
        return VervangingResponse.of(service.escalatiebesluit(id, body.vervangen(), body.toelichting().strip(),
                actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
