package nl.trede.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagenTest {

    private final Werkdagen werkdagen = Werkdagen.ATW;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25", // the latest possible date
            "2285, 2285-03-22", // the earliest possible date
    })
    void eerstePaasdagByTheGregorianComputus(int jaar, LocalDate pasen) {
        assertEquals(pasen, Werkdagen.eerstePaasdag(jaar));
    }

    @Test
    void feestdagen2026PerAtwArticle3() {
        // Atw art. 3 lid 1 + Goede Vrijdag (lid 2); Hemelvaartsdag = Easter + 39, Tweede Pinksterdag = Easter + 50.
        assertEquals(Set.of(d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-04-27"), d("2026-05-05"),
                        d("2026-05-14"), d("2026-05-25"), d("2026-12-25"), d("2026-12-26")),
                Werkdagen.feestdagen(2026));
    }

    @Test
    void koningsdagMovesToSaturday26AprilWhenThe27thIsASunday() {
        // koninklijkhuis.nl: "Als 27 april op een zondag valt, wordt Koningsdag de dag ervoor gevierd."
        assertEquals(d("2025-04-26"), Werkdagen.koningsdag(2025)); // 27 April 2025 is a Sunday
        assertEquals(d("2014-04-26"), Werkdagen.koningsdag(2014));
        assertEquals(d("2026-04-27"), Werkdagen.koningsdag(2026)); // a Monday
        assertFalse(werkdagen.isWerkdag(d("2026-04-27")));
        assertTrue(werkdagen.isWerkdag(d("2026-04-28")));
    }

    @Test
    void vijfMeiIsAFeestdagForTheAtwEveryYear() {
        // Atw art. 3 lid 1 "de vijfde mei", with no lustrum condition: Tuesday 5 May 2026 is no working day.
        assertFalse(werkdagen.isWerkdag(d("2026-05-05")));
        assertFalse(werkdagen.isWerkdag(d("2027-05-05")));
        assertTrue(werkdagen.isWerkdag(d("2026-05-04"))); // 4 mei (Dodenherdenking) is no feestdag
    }

    @Test
    void goedeVrijdagIsGelijkgesteldSoNoWorkingDay() {
        // Atw art. 3 lid 2: "Voor de toepassing van deze wet wordt de Goede Vrijdag ... gelijkgesteld."
        assertFalse(werkdagen.isWerkdag(d("2026-04-03")));
    }

    @Test
    void hemelvaartsdag2026IsThursday14MayAndTheFridayAfterIsAWorkingDayByDefault() {
        assertFalse(werkdagen.isWerkdag(d("2026-05-14")));
        assertTrue(werkdagen.isWerkdag(d("2026-05-15")));
    }

    @Test
    void daysEquatedByBesluitUnderArticle3Lid3AreNoWorkingDays() {
        Werkdagen metBrugdag = new Werkdagen(Set.of(d("2026-05-15")));
        assertFalse(metBrugdag.isWerkdag(d("2026-05-15")));
        assertEquals(d("2026-05-18"), metBrugdag.plusWerkdagen(d("2026-05-13"), 1));
        assertEquals(d("2026-05-15"), werkdagen.plusWerkdagen(d("2026-05-13"), 1));
    }

    @Test
    void weekendsAreNoWorkingDays() {
        assertTrue(werkdagen.isWerkdag(d("2026-11-20")));  // Friday
        assertFalse(werkdagen.isWerkdag(d("2026-11-21"))); // Saturday
        assertFalse(werkdagen.isWerkdag(d("2026-11-22"))); // Sunday
    }

    @Test
    void plusWerkdagenSkipsTheWeekend() {
        // A melding on Friday 2026-11-20 + 1 werkdag = Monday 2026-11-23.
        assertEquals(d("2026-11-23"), werkdagen.plusWerkdagen(d("2026-11-20"), 1));
        assertEquals(d("2026-11-24"), werkdagen.plusWerkdagen(d("2026-11-20"), 2));
        assertEquals(d("2026-11-23"), werkdagen.plusWerkdagen(d("2026-11-21"), 1)); // Saturday + 1
        assertEquals(d("2026-11-24"), werkdagen.plusWerkdagen(d("2026-11-21"), 2)); // Saturday + 2
    }

    @Test
    void plusWerkdagenAcrossChristmas2026() {
        // Thursday 24 Dec + 1: Fri 25 and Sat 26 (Kerstdagen), Sun 27 → Monday 28 Dec.
        assertEquals(d("2026-12-28"), werkdagen.plusWerkdagen(d("2026-12-24"), 1));
        // Across Nieuwjaarsdag (Friday 1 January 2027).
        assertEquals(d("2027-01-04"), werkdagen.plusWerkdagen(d("2026-12-31"), 1));
    }

    @Test
    void plusZeroWerkdagenIsTheStartOrTheNextWorkingDay() {
        assertEquals(d("2026-11-20"), werkdagen.plusWerkdagen(d("2026-11-20"), 0));
        assertEquals(d("2026-11-23"), werkdagen.plusWerkdagen(d("2026-11-21"), 0));
        assertThrows(IllegalArgumentException.class, () -> werkdagen.plusWerkdagen(d("2026-11-20"), -1));
    }

    @Test
    void minusWerkdagenCountsBackOverWeekendAndFeestdagen() {
        assertEquals(d("2026-11-20"), werkdagen.minusWerkdagen(d("2026-11-23"), 1));
        assertEquals(d("2026-12-24"), werkdagen.minusWerkdagen(d("2026-12-28"), 1));
        assertEquals(d("2026-11-20"), werkdagen.minusWerkdagen(d("2026-11-22"), 0));
        assertThrows(IllegalArgumentException.class, () -> werkdagen.minusWerkdagen(d("2026-11-20"), -1));
    }

    @Test
    void volgendeWerkdagVanafIncludesTheDayItself() {
        assertEquals(d("2026-11-20"), werkdagen.volgendeWerkdagVanaf(d("2026-11-20")));
        assertEquals(d("2026-11-23"), werkdagen.volgendeWerkdagVanaf(d("2026-11-21")));
    }

    @Test
    void termijnEindePerAtwArticle1() {
        // Atw art. 1 lid 1: extended to the next day that is not a Saturday, Sunday or feestdag.
        assertEquals(d("2026-11-23"), werkdagen.termijnEinde(d("2026-11-21"))); // Saturday → Monday
        assertEquals(d("2026-04-07"), werkdagen.termijnEinde(d("2026-04-06"))); // Tweede Paasdag → Tuesday
        assertEquals(d("2026-04-07"), werkdagen.termijnEinde(d("2026-04-03"))); // Goede Vrijdag → Tuesday
        assertEquals(d("2026-11-20"), werkdagen.termijnEinde(d("2026-11-20"))); // a working day stays
    }

    @Test
    void werkdagenTussenCountsFromInclusiveToExclusive() {
        // 21 Dec 2026 – 3 Jan 2027: Mon–Thu (4) + 28–31 Dec (4); 25/26 Dec and 1 Jan are feestdagen.
        assertEquals(8, werkdagen.werkdagenTussen(d("2026-12-21"), d("2027-01-04")));
        assertEquals(0, werkdagen.werkdagenTussen(d("2026-11-20"), d("2026-11-20")));
        assertEquals(1, werkdagen.werkdagenTussen(d("2026-11-20"), d("2026-11-23")));
        assertEquals(-8, werkdagen.werkdagenTussen(d("2027-01-04"), d("2026-12-21")));
    }

    @Test
    void yearsBeforeKingsDayRulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Werkdagen.feestdagen(2013));
    }
}
