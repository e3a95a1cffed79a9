package nl.trede.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.trede.intake.domain.Kanaal;
import nl.trede.intake.domain.MelderSoort;
import nl.trede.intake.domain.MeldingType;
import nl.trede.intake.domain.NieuweMelding;
import nl.trede.platform.bsn.ValidBsn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new melding. The legal melding date is the day of receipt: today (the service's clock, Europe/Amsterdam) unless
 * intake staff state an earlier {@code ontvangenOp}.
 */
@Schema(name = "NieuweMelding")
public record MeldingRequest(
        @NotNull @Schema(description = "The kind of melding; decides the required fields and the workflow "
                + "(README \"Fields per kind\")") MeldingType type,
        @NotNull @ValidBsn @Schema(description = "Burgerservicenummer: 9 digits passing the 11-proef. An 8-digit "
                + "(older) number is accepted and stored in its canonical 9-digit form with a leading 0, so 43781317 "
                + "and 043781317 are the same person", example = "999990342")
        String bsn,
        @NotBlank @Size(max = 200) @Schema(description = "Name as the person gives it; kept in intake only", example = "J. Jansen") String naam,
        @NotNull @Schema(format = "date", description = "In the past and at most 120 years ago; decides the "
                + "zoektermijn (under 27) and the school leaver's 18th birthday", example = "1990-05-17") LocalDate geboortedatum,
        @Schema(description = "digitaal, telefonisch or fysiek; required for aanvraag-levensonderhoud (a digital "
                + "melding is called back within 1 working day)") Kanaal kanaal,
        @Schema(description = "Broodnood: a voorschot task for the coordinator at once") Boolean broodnood,
        @Schema(format = "date", description = "Last day enrolled in praktijkonderwijs or VSO: within a year before "
                + "the melding there is no zoektermijn (Pw art. 41 lid 4 a)") LocalDate laatsteInschrijvingProVso,
        @Schema(description = "Medisch urenbeperkt or in the doelgroep loonkostensubsidie: no zoektermijn "
                + "(Pw art. 41 lid 4 b)") Boolean medischUrenbeperktOfDoelgroepLks,
        @Valid @Schema(description = "Required for a signaal-ketenpartner: the partner organisation that reports")
        Melder melder,
        @Schema(format = "date", description = "Required when a VSO or PrO school signals an expected leaver; the "
                + "service flags a gap before the 18th birthday") LocalDate verwachteUitstroomdatum,
        @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
        @Schema(description = "Verzoek-ondersteuning: gross income per month; support up to 120% of the wettelijk "
                + "minimumloon on the melding date (Re-integratieverordening art. 2 lid 3 a)", example = "2500.00")
        BigDecimal inkomenPerMaand,
        @Schema(description = "Verzoek-ondersteuning: in the doelgroepregister, so no income test (art. 2 lid 4)")
        Boolean inDoelgroepregister,
        @Schema(format = "date", description = "The day the melding was received, when it is registered later (a "
                + "letter or a signal of Friday registered on Monday): it becomes the meldingDatum (Pw art. 44: "
                + "bijstand not before the day of melding) and every deadline runs from it (Awb 4:13). Not in the "
                + "future and at most 3 months back (400 naming ontvangenOp); the one who states it is recorded. "
                + "Default: today. Intake staff only: a ketenpartner's signal is received when it is submitted",
                example = "2026-03-06") LocalDate ontvangenOp) {

    /** The domain command. */
    public NieuweMelding opdracht() {
        return new NieuweMelding(type, bsn, naam, geboortedatum, kanaal, broodnood, laatsteInschrijvingProVso,
                medischUrenbeperktOfDoelgroepLks, melder == null ? null
                        : new NieuweMelding.Melder(melder.organisatie(), melder.soort()), verwachteUitstroomdatum,
                inkomenPerMaand, inDoelgroepregister, ontvangenOp);
    }

    @Schema(name = "Melder")
    public record Melder(@NotBlank @Size(max = 200) @Schema(description = "The partner organisation; lists can be "
                                 + "filtered on it (melder=)", example = "VSO-school Lelystad") String organisatie,
                         @NotNull @Schema(description = "What kind of partner: a VSO or PrO school must give the "
                                 + "expected leaving date") MelderSoort soort) {
    }
}
