package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** sources D2.4 (PB §2.2.4, §3.2, §5.3, §6.3): the allowed klantgroep transitions and their criteria. */
class KlantgroepDoorstroomTest {

    private static final LocalDate SINDS = LocalDate.of(2026, 1, 15);

    @Test
    @DisplayName("PB §3.2: Matchen → Groeien for not being placed from 6 months, 9 with the one extension")
    void matchenNaarGroeienNaZesMaanden() {
        String c = "zes-maanden-niet-geplaatst";
        assertTrue(KlantgroepDoorstroom.geweigerd("matchen", "groeien", c, SINDS, null, SINDS.plusMonths(6)
                .minusDays(1)).orElseThrow().contains("2026-07-15"));
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("matchen", "groeien", c, SINDS, null,
                SINDS.plusMonths(6)));
        LocalDate verlengd = SINDS.plusMonths(9);
        assertTrue(KlantgroepDoorstroom.geweigerd("matchen", "groeien", c, SINDS, verlengd, SINDS.plusMonths(8))
                .isPresent());
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("matchen", "groeien", c, SINDS, verlengd,
                verlengd));
        // "extra instruments or time" may move the klant at once (PB §3.2).
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("matchen", "groeien",
                "extra-instrumenten-nodig", SINDS, null, SINDS.plusDays(1)));
    }

    @Test
    @DisplayName("PB §2.2.4, §4.3.3: Groeien → Matchen is no transition; unlisted transitions and criteria are refused")
    void refusals() {
        assertTrue(KlantgroepDoorstroom.geweigerd("groeien", "matchen", "x", SINDS, null, SINDS).orElseThrow()
                .contains("Matchen's services"));
        assertTrue(KlantgroepDoorstroom.geweigerd("matchen", "zorg", "x", SINDS, null, SINDS).orElseThrow()
                .contains("no transition"));
        assertTrue(KlantgroepDoorstroom.geweigerd("faciliteren", "groeien", "tien-uur-vrijwilligerswerk", SINDS, null,
                SINDS).orElseThrow().contains("twintig-uur-vrijwilligerswerk"));
    }

    @Test
    @DisplayName("PB §5.3 and §6.3: the Faciliteren ⇄ Groeien and Faciliteren ⇄ Zorg criteria")
    void faciliterenCriteria() {
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("faciliteren", "groeien",
                "tien-uur-betaald-werk-zes-maanden", SINDS, null, SINDS));
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("faciliteren", "zorg",
                "minimaal-een-jaar-niet-participeren", SINDS, null, SINDS));
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("zorg", "faciliteren", "wil-vrijwilligerswerk",
                SINDS, null, SINDS));
        assertEquals(Optional.empty(), KlantgroepDoorstroom.geweigerd("groeien", "faciliteren",
                "werk-later-dan-drie-jaar", SINDS, null, SINDS));
    }

    @Test
    @DisplayName("Evaluation moments: Matchen after 6 months, Faciliteren yearly; none configured for the others")
    void evaluatie() {
        assertEquals(Optional.of(SINDS.plusMonths(6)), KlantgroepDoorstroom.evaluatie("matchen", SINDS));
        assertEquals(Optional.of(SINDS.plusYears(1)), KlantgroepDoorstroom.evaluatie("faciliteren", SINDS));
        assertEquals(Optional.empty(), KlantgroepDoorstroom.evaluatie("groeien", SINDS));
    }
}
