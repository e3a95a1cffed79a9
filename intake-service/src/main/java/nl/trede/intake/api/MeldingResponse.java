package nl.trede.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.intake.domain.AanvraagRegels;
import nl.trede.intake.domain.AanvraagStatus;
import nl.trede.intake.domain.Aanvulverzoek;
import nl.trede.intake.domain.IntakeTermijnen;
import nl.trede.intake.domain.Kanaal;
import nl.trede.intake.domain.Melding;
import nl.trede.intake.domain.MeldingRules;
import nl.trede.intake.domain.MeldingStatus;
import nl.trede.intake.domain.MeldingType;
import nl.trede.intake.domain.MeldingWorkflow;
import nl.trede.intake.domain.Termijn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Melding")
public record MeldingResponse(
        UUID id,
        @Schema(description = "Pseudonymous klant id used by every other service and in events") UUID klantId,
        MeldingType type,
        MeldingStatus status,
        @Schema(format = "date", description = "Legal date of the melding (Europe/Amsterdam)") LocalDate meldingDatum,
        Instant geregistreerdOp,
        Instant doorgezetOp,
        @Schema(description = "Code of the latest klantgroep decision") String klantgroep,
        @Schema(description = "Why the melding ended without doorzetten") String afsluitReden,
        @Schema(description = "What can be done with the melding now") List<MeldingWorkflow.Actie> toegestaneActies,
        Kanaal kanaal,
        boolean broodnood,
        @Schema(description = "The melding's deadlines, earliest first") List<TermijnResponse> termijnen,
        MeldingRequest.Melder melder,
        @Schema(format = "date") LocalDate verwachteUitstroomdatum,
        @Schema(description = "School leaver: the 18th birthday and the days between leaving school and turning 18 "
                + "(no Participatiewet entitlement before 18), flagged when positive")
        IntakeTermijnen.SchoolverlaterSignaal schoolverlater,
        java.math.BigDecimal inkomenPerMaand,
        boolean inDoelgroepregister,
        @Schema(description = "The aanvraag's documents (aanvraag-levensonderhoud only)") Aanvraag aanvraag,
        Persoonsgegevens persoon) {

    @Schema(name = "Aanvraag", description = "Documents within 5 working days of the screening, then aanvultermijnen, "
            + "then compleet or buiten behandeling (seed-004 §3.1, PB §2.2.2; Awb 4:5, 4:15)")
    public record Aanvraag(AanvraagStatus status,
                           @Schema(format = "date") LocalDate documentenCompleetOp,
                           @Schema(description = "Every aanvultermijn sent, oldest first") List<AanvultermijnResponse> aanvultermijnen,
                           @Schema(format = "date", description = "The first day the aanvraag may be left buiten "
                                   + "behandeling (the day after the last aanvultermijn)") LocalDate buitenBehandelingVanaf,
                           @Schema(description = "The document steps allowed today") List<AanvraagRegels.Actie> toegestaneActies,
                           Instant afgeslotenOp, String toelichting) {
    }

    @Schema(name = "Aanvultermijn")
    public record AanvultermijnResponse(@Schema(format = "date") LocalDate uitnodigingsdatum,
                                        @Schema(format = "date", description = "Last day") LocalDate einde,
                                        @Schema(format = "date") LocalDate aangevuldOp,
                                        @Schema(description = "The documents asked for") String ontbrekend) {
    }

    @Schema(name = "Persoonsgegevens")
    public record Persoonsgegevens(String bsn, String naam, @Schema(format = "date") LocalDate geboortedatum) {
    }

    public static MeldingResponse of(Melding m, AanvraagRegels.Stand stand) {
        return new MeldingResponse(m.id, m.persoon.klantId, m.type, m.status, m.meldingDatum, m.registeredAt,
                m.doorgezetAt, m.klantgroep, m.afsluitReden,
                MeldingWorkflow.toegestaan(m.type, m.status).stream().sorted().toList(), m.kanaal, m.broodnood,
                Termijn.vanMelding(m.id).stream().map(TermijnResponse::of).toList(),
                m.melderSoort == null ? null : new MeldingRequest.Melder(m.melderOrganisatie, m.melderSoort),
                m.verwachteUitstroomdatum, MeldingRules.schoolverlater(m).orElse(null), m.inkomenPerMaand,
                m.inDoelgroepregister, aanvraag(m, stand), new Persoonsgegevens(m.persoon.bsn, m.persoon.naam, m.persoon.geboortedatum));
    }

    private static Aanvraag aanvraag(Melding m, AanvraagRegels.Stand stand) {
        if (m.aanvraagStatus == null) {
            return null;
        }
        return new Aanvraag(m.aanvraagStatus, m.documentenCompleetOp, Aanvulverzoek.vanMelding(m.id).stream()
                .map(v -> new AanvultermijnResponse(v.uitnodigingsdatum, v.einde, v.aangevuldOp, v.ontbrekend))
                .toList(), stand.buitenBehandelingVanaf(), AanvraagRegels.toegestaan(stand), m.aanvraagAfgeslotenOp,
                m.aanvraagToelichting);
    }
}
