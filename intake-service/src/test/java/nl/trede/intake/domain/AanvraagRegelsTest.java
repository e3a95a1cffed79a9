package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.trede.intake.domain.AanvraagRegels.Actie;
import nl.trede.intake.domain.AanvraagRegels.Stand;
import nl.trede.intake.domain.IntakeTermijnen.Aanvultermijn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AanvraagRegelsTest {

    private static final LocalDate BRIEF = LocalDate.of(2026, 3, 2);
    private static final LocalDate EINDE = LocalDate.of(2026, 3, 9);
    private static final IntakeTermijnen REGELS = IntakeTermijnen.deventer();

    private static Stand stand(AanvraagStatus status, List<Aanvultermijn> termijnen, LocalDate vandaag) {
        LocalDate vanaf = termijnen.isEmpty() ? null
                : REGELS.buitenBehandelingVanaf(termijnen.get(termijnen.size() - 1).einde());
        return new Stand(MeldingType.AANVRAAG_LEVENSONDERHOUD, status, true, termijnen, vanaf, vandaag);
    }

    @Test
    @DisplayName("Awb 4:5 lid 1: no buiten behandeling without an aanvultermijn first (PB §2.2.2, sources D10 S15)")
    void buitenBehandelingNeedsAnAanvultermijn() {
        Stand zonder = stand(AanvraagStatus.IN_BEHANDELING, List.of(), BRIEF);
        assertTrue(AanvraagRegels.geweigerd(Actie.BUITEN_BEHANDELING_STELLEN, zonder).orElseThrow().contains("4:5"));
        assertEquals(List.of(Actie.AANVULTERMIJN_STUREN, Actie.DOCUMENTEN_COMPLEET), AanvraagRegels.toegestaan(zonder));
    }

    @Test
    @DisplayName("Awb 4:5: buiten behandeling only after the aanvultermijn's last day has passed unused")
    void buitenBehandelingFromTheDayAfterTheLastDay() {
        List<Aanvultermijn> lopend = List.of(Aanvultermijn.open(BRIEF, EINDE));
        assertTrue(AanvraagRegels.geweigerd(Actie.BUITEN_BEHANDELING_STELLEN,
                stand(AanvraagStatus.IN_BEHANDELING, lopend, EINDE)).orElseThrow().contains("2026-03-10"));
        assertTrue(AanvraagRegels.geweigerd(Actie.BUITEN_BEHANDELING_STELLEN,
                stand(AanvraagStatus.IN_BEHANDELING, lopend, EINDE.plusDays(1))).isEmpty());
    }

    @Test
    @DisplayName("PB §2.1 'één of meerdere aanvultermijnen': a new one only when the last one is over")
    void oneAanvultermijnAtATime() {
        List<Aanvultermijn> lopend = List.of(Aanvultermijn.open(BRIEF, EINDE));
        assertTrue(AanvraagRegels.geweigerd(Actie.AANVULTERMIJN_STUREN,
                stand(AanvraagStatus.IN_BEHANDELING, lopend, EINDE)).orElseThrow().contains("runs until 2026-03-09"));
        assertTrue(AanvraagRegels.geweigerd(Actie.AANVULTERMIJN_STUREN,
                stand(AanvraagStatus.IN_BEHANDELING, lopend, EINDE.plusDays(1))).isEmpty());
    }

    @Test
    @DisplayName("Only an aanvraag levensonderhoud in behandeling, after the screening asked for the documents")
    void onlyAnAanvraagInBehandelingAfterTheScreening() {
        Stand verzoek = new Stand(MeldingType.VERZOEK_ONDERSTEUNING, null, false, List.of(), null, BRIEF);
        assertEquals(List.of(), AanvraagRegels.toegestaan(verzoek));
        Stand voorScreening = new Stand(MeldingType.AANVRAAG_LEVENSONDERHOUD, AanvraagStatus.IN_BEHANDELING, false,
                List.of(), null, BRIEF);
        assertTrue(AanvraagRegels.geweigerd(Actie.AANVULTERMIJN_STUREN, voorScreening).orElseThrow()
                .contains("screening"));
        assertEquals(List.of(), AanvraagRegels.toegestaan(stand(AanvraagStatus.COMPLEET, List.of(), BRIEF)));
        assertEquals(List.of(), AanvraagRegels.toegestaan(stand(AanvraagStatus.BUITEN_BEHANDELING,
                List.of(Aanvultermijn.open(BRIEF, EINDE)), EINDE.plusDays(5))));
    }
}
