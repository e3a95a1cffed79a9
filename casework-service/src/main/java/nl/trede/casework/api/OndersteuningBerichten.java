package nl.trede.casework.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.trede.casework.domain.KlantReactie;
import nl.trede.casework.domain.Ondersteuning;
import nl.trede.casework.domain.OndersteuningStatus;
import nl.trede.casework.domain.OndersteuningVervanging;
import nl.trede.casework.domain.OverlegStatus;
import nl.trede.casework.domain.VervangingBesluit;
import nl.trede.casework.domain.VervangingStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The requests and answers of long-term support and begeleidingsoverleggen ({@link OndersteuningResource},
 * {@link ZaakOndersteuningResource}).
 */
public final class OndersteuningBerichten {

    private OndersteuningBerichten() {
    }

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
                                        @Schema(description = "actief or beeindigd") OndersteuningStatus status) {

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
                                     @Schema(description = "voorgesteld, geescaleerd, geaccepteerd or besloten")
                                     VervangingStatus status,
                                     @Schema(description = "akkoord or bezwaar") KlantReactie klantReactie,
                                     @Schema(description = "vervangen or handhaven") VervangingBesluit besluit,
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
                                  @Schema(description = "gepland or gehouden") OverlegStatus status,
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
}
