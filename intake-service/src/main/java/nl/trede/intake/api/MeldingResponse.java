package nl.trede.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.intake.domain.AanvraagRegels;
import nl.trede.intake.domain.AanvraagStatus;
import nl.trede.intake.domain.IntakeTermijnen;
import nl.trede.intake.domain.Kanaal;
import nl.trede.intake.domain.Melding;
import nl.trede.intake.domain.MeldingOverzicht;
import nl.trede.intake.domain.MeldingRegels;
import nl.trede.intake.domain.MeldingStatus;
import nl.trede.intake.domain.MeldingType;
import nl.trede.intake.domain.MeldingWorkflow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Melding")
public record MeldingResponse(
        @Schema(description = "The melding's id") UUID id,
        @Schema(description = "Pseudonymous klant id used by every other service and in events") UUID klantId,
        @Schema(description = "The kind of melding") MeldingType type,
        @Schema(description = "Where the melding stands in the intake; see toegestaneActies for the next steps")
        MeldingStatus status,
        @Schema(format = "date", description = "Legal date of the melding: the day it was received (ontvangenOp "
                + "when stated at registration, else the day of registration, Europe/Amsterdam); every deadline runs "
                + "from it") LocalDate meldingDatum,
        @Schema(description = "Who stated the day of receipt (token subject); absent when the service set it on "
                + "registration") String ontvangstOpgegevenDoor,
        @Schema(description = "When it was registered in the service") Instant geregistreerdOp,
        @Schema(description = "When it was handed over to casework") Instant doorgezetOp,
        @Schema(description = "Code of the latest klantgroep decision") String klantgroep,
        @Schema(description = "Why the melding ended without doorzetten") String afsluitReden,
        @Schema(description = "What can be done with the melding now") List<MeldingWorkflow.Actie> toegestaneActies,
        @Schema(description = "How the aanvraag came in; digitaal brings the call-back deadline") Kanaal kanaal,
        @Schema(description = "Broodnood: a voorschot deadline of today") boolean broodnood,
        @Schema(description = "The melding's deadlines, earliest first") List<TermijnResponse> termijnen,
        @Schema(description = "The partner organisation of a signaal-ketenpartner") MeldingRequest.Melder melder,
        @Schema(format = "date", description = "A school's expected leaving date for the leaver") LocalDate verwachteUitstroomdatum,
        @Schema(description = "School leaver: the 18th birthday and the days between leaving school and turning 18 "
                + "(no Participatiewet entitlement before 18), flagged when positive") Schoolverlater schoolverlater,
        @Schema(description = "Verzoek-ondersteuning: gross income per month as stated (at most 120% WML)")
        java.math.BigDecimal inkomenPerMaand,
        @Schema(description = "Verzoek-ondersteuning: in the doelgroepregister (no income test)") boolean inDoelgroepregister,
        @Schema(description = "The aanvraag's documents (aanvraag-levensonderhoud only)") Aanvraag aanvraag,
        @Schema(description = "The person's data; only for roles that handle the melding") Persoonsgegevens persoon,
        @Schema(description = "Status gekoppeld: the open melding this ketenpartner's signal was linked to, which "
                + "handles it") UUID gekoppeldAan,
        @Schema(description = "Signals of ketenpartners about the same person, received while this melding was open "
                + "and linked to it (oldest first)") List<GekoppeldSignaal> gekoppeldeSignalen) {

    @Schema(name = "GekoppeldSignaal", description = "A ketenpartner's signal linked to this open melding")
    public record GekoppeldSignaal(@Schema(description = "The signal's own id (status gekoppeld)") UUID id,
                                   @Schema(description = "The partner organisation that reported")
                                   MeldingRequest.Melder melder,
                                   @Schema(format = "date", description = "The day the signal was received")
                                   LocalDate meldingDatum,
                                   @Schema(description = "When it was registered") Instant geregistreerdOp,
                                   @Schema(format = "date", description = "A school's expected leaving date")
                                   LocalDate verwachteUitstroomdatum,
                                   @Schema(description = "Who submitted it (token subject)") String ingediendDoor) {

        static GekoppeldSignaal of(Melding s) {
            return new GekoppeldSignaal(s.id, new MeldingRequest.Melder(s.melderOrganisatie, s.melderSoort),
                    s.meldingDatum, s.registeredAt, s.verwachteUitstroomdatum, s.ingediendDoor);
        }
    }

    @Schema(name = "Aanvraag", description = "Documents within 5 working days of the screening, then aanvultermijnen, "
            + "then compleet or buiten behandeling (Deventer productenboek §2.2.2; Awb 4:5, 4:15)")
    public record Aanvraag(@Schema(description = "in-behandeling, compleet or buiten-behandeling") AanvraagStatus status,
                           @Schema(format = "date", description = "The day the documents were complete")
                           LocalDate documentenCompleetOp,
                           @Schema(description = "Every aanvultermijn sent, oldest first") List<AanvultermijnResponse> aanvultermijnen,
                           @Schema(format = "date", description = "The first day the aanvraag may be left buiten "
                                   + "behandeling (the day after the last aanvultermijn)") LocalDate buitenBehandelingVanaf,
                           @Schema(description = "The document steps allowed today") List<AanvraagRegels.Actie> toegestaneActies,
                           @Schema(description = "When it was left buiten behandeling") Instant afgeslotenOp,
                           @Schema(description = "Why it was left buiten behandeling") String toelichting) {
    }

    @Schema(name = "Aanvultermijn")
    public record AanvultermijnResponse(@Schema(format = "date", description = "The day of the letter") LocalDate uitnodigingsdatum,
                                        @Schema(format = "date", description = "Last day (a working day, Atw)") LocalDate einde,
                                        @Schema(format = "date", description = "The day the aanvraag was supplemented; "
                                                + "it ends the suspension of the beslistermijn (Awb 4:15)") LocalDate aangevuldOp,
                                        @Schema(description = "The documents asked for") String ontbrekend) {
    }

    @Schema(name = "Schoolverlater", description = "A school leaver: plan before the leaving date, bridging the gap to the 18th birthday")
    public record Schoolverlater(@Schema(format = "date", description = "The 18th birthday") LocalDate achttiendeVerjaardag,
                                 @Schema(description = "Days from the expected leaving date to the 18th birthday; 0 when "
                                         + "already 18 by then") long dagenTotAchttien,
                                 @Schema(description = "True when there is a gap to bridge") boolean gesignaleerd) {

        static Schoolverlater of(IntakeTermijnen.SchoolverlaterSignaal s) {
            return new Schoolverlater(s.achttiendeVerjaardag(), s.dagenTotAchttien(), s.gesignaleerd());
        }
    }

    @Schema(name = "Persoonsgegevens")
    public record Persoonsgegevens(@Schema(description = "Burgerservicenummer in its canonical form: 9 digits "
                                           + "(an 8-digit number given at registration is stored with its leading 0)",
                                           example = "043781317") String bsn,
                                   @Schema(description = "Name") String naam,
                                   @Schema(format = "date", description = "Birth date") LocalDate geboortedatum,
                                   @Schema(description = "Set when this person is a duplicate registration of the same "
                                           + "BSN under review: the klantId of the person it duplicates (new meldingen "
                                           + "go there)") UUID duplicaatVan) {
    }

    public static MeldingResponse of(MeldingOverzicht o) {
        Melding m = o.melding();
        return new MeldingResponse(m.id, m.persoon.klantId, m.type, m.status, m.meldingDatum,
                m.ontvangstOpgegevenDoor, m.registeredAt,
                m.doorgezetAt, m.klantgroep, m.afsluitReden,
                MeldingWorkflow.toegestaan(m.type, m.status).stream().sorted().toList(), m.kanaal, m.broodnood,
                o.termijnen().stream().map(TermijnResponse::of).toList(),
                m.melderSoort == null ? null : new MeldingRequest.Melder(m.melderOrganisatie, m.melderSoort),
                m.verwachteUitstroomdatum, MeldingRegels.schoolverlater(m).map(Schoolverlater::of).orElse(null), m.inkomenPerMaand,
                m.inDoelgroepregister, aanvraag(o), new Persoonsgegevens(m.persoon.bsn, m.persoon.naam, m.persoon.geboortedatum,
                m.persoon.duplicaatVan), m.gekoppeldAan,
                o.gekoppeldeSignalen().stream().map(GekoppeldSignaal::of).toList());
    }

    private static Aanvraag aanvraag(MeldingOverzicht o) {
        Melding m = o.melding();
        if (m.aanvraagStatus == null) {
            return null;
        }
        return new Aanvraag(m.aanvraagStatus, m.documentenCompleetOp, o.aanvulverzoeken().stream()
                .map(v -> new AanvultermijnResponse(v.uitnodigingsdatum, v.einde, v.aangevuldOp, v.ontbrekend))
                .toList(), o.aanvraagStand().buitenBehandelingVanaf(), AanvraagRegels.toegestaan(o.aanvraagStand()),
                m.aanvraagAfgeslotenOp, m.aanvraagToelichting);
    }
}
