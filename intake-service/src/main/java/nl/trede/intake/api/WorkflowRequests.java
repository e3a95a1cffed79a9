package nl.trede.intake.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.trede.intake.domain.Afwijzingsreden;
import nl.trede.intake.domain.Hulpvraag;
import nl.trede.intake.domain.JuisteLoket;
import nl.trede.intake.domain.MeldingStappen;
import nl.trede.intake.domain.Zelfbeoordeling;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the workflow steps (requirement "Workflow"; sources D3.1). */
public final class WorkflowRequests {

    private WorkflowRequests() {
    }

    @Schema(name = "Screening", description = "The inkomensconsulent's report of the screeningsgesprek (productenboek §2.2.2)")
    public record ScreeningRequest(
            @NotEmpty @Schema(description = "The hulpvraag: inkomen, werk and/or sociaal") Set<@NotNull Hulpvraag> hulpvraag,
            @NotNull @Schema(description = "\"Bent u bij het juiste loket?\": gemeente, uwv or duo") JuisteLoket juisteLoket,
            @Size(max = 2000) @Schema(description = "Required when juisteLoket is uwv or duo") String verwijzingReden,
            @Schema(description = "Warm referral to the BAD debt counsellor") boolean badVerwijzing,
            @Schema(description = "Suspicion of fraud: sends a handhavingssignaal to enforcement") boolean fraudevermoeden,
            @Schema(description = "Broodnood: a voorschot task for the coordinator at once") boolean broodnood,
            @NotBlank @Size(max = 20000) @Schema(description = "The inkomensconsulent's report (within 48 hours of the "
                    + "gesprek, PB §2.2.2); stays in intake, never in events") String rapportage) {

        MeldingStappen.Screeningsgesprek opdracht() {
            return new MeldingStappen.Screeningsgesprek(hulpvraag, juisteLoket, verwijzingReden, badVerwijzing,
                    fraudevermoeden, broodnood, rapportage);
        }
    }

    @Schema(name = "Ambitiegesprek", description = "The intaker's record of the ambitiegesprek (productenboek §2.2.3)")
    public record AmbitiegesprekRequest(
            @NotNull @Schema(description = "dariuz, or alternatief-format for statushouders, the homeless, LKS youth")
            Zelfbeoordeling zelfbeoordeling,
            @NotBlank @Size(max = 20000) @Schema(description = "The result of the self-assessment or the alternative "
                    + "format") String resultaat,
            @Size(max = 20000) @Schema(description = "The points to clarify") String aandachtspunten) {

        MeldingStappen.Ambitiegespreksverslag opdracht() {
            return new MeldingStappen.Ambitiegespreksverslag(zelfbeoordeling, resultaat, aandachtspunten);
        }
    }

    @Schema(name = "KlantgroepBesluit", description = "Triage to a klantgroep (productenboek §2.2.4): the consultant "
            + "decides, the klant's own preference is recorded beside it")
    public record KlantgroepBesluitRequest(
            @NotBlank @Schema(description = "A code of GET /api/intake/v1/klantgroepen", example = "matchen") String klantgroep,
            @Schema(description = "The klant's own preference, a klantgroep code", example = "groeien") String klantVoorkeur,
            @NotBlank @Size(max = 4000) @Schema(description = "Why this klantgroep (PB §2.2.4)") String reden) {

        MeldingStappen.KlantgroepKeuze opdracht() {
            return new MeldingStappen.KlantgroepKeuze(klantgroep, klantVoorkeur, reden);
        }
    }

    @Schema(name = "Afwijzing", description = "The melding ends without doorzetten")
    public record AfwijzingRequest(@NotNull @Schema(description = "Why the melding ends: the reason code published in "
                                           + "the event") Afwijzingsreden reden,
                                   @Size(max = 4000) @Schema(description = "Free text; stays in intake") String toelichting) {

        MeldingStappen.Afwijzing opdracht() {
            return new MeldingStappen.Afwijzing(reden, toelichting);
        }
    }

    @Schema(name = "Intrekking", description = "The klant withdraws the melding (productenboek §2.2.2)")
    public record IntrekkingRequest(@Size(max = 4000) @Schema(description = "Free text; stays in intake") String toelichting) {
    }

    @Schema(name = "AanvultermijnVerzoek", description = "An aanvultermijn (Awb art. 4:5): the letter's length and the "
            + "documents still missing. The letter date is today; the term ends on a working day (Algemene termijnenwet)")
    public record AanvultermijnRequest(
            @NotNull @Min(1) @Max(56) @Schema(description = "Length in calendar days as stated in the letter (Deventer "
                    + "sets no default: sources D3.1)", example = "7") Integer lengteDagen,
            @NotBlank @Size(max = 4000) @Schema(description = "The documents still missing, as listed in the letter",
                    example = "Bankafschriften van de laatste drie maanden") String ontbrekend) {
    }

    @Schema(name = "BuitenBehandeling", description = "Leave the aanvraag buiten behandeling after an unused "
            + "aanvultermijn (Awb art. 4:5; PB §2.2.2)")
    public record BuitenBehandelingRequest(@Size(max = 4000) @Schema(description = "Free text; stays in intake")
                                           String toelichting) {
    }
}
