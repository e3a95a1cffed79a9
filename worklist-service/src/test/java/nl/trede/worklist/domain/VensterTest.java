package nl.trede.worklist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The due windows (Venster): the Dutch week runs Monday to Sunday (ISO 8601 weeks, NEN-ISO 8601,
 * https://www.nen.nl/nen-iso-8601-1-2019-en-258216); the four windows are disjoint and cover every date.
 */
class VensterTest {

    // Wednesday 2027-01-27; its week ends on Sunday 2027-01-31.
    private static final LocalDate WOENSDAG = LocalDate.of(2027, 1, 27);

    @Test
    void windowsOnAWednesday() {
        assertEquals(Venster.VERLOPEN, Venster.van(LocalDate.of(2027, 1, 26), WOENSDAG));
        assertEquals(Venster.VANDAAG, Venster.van(WOENSDAG, WOENSDAG));
        assertEquals(Venster.DEZE_WEEK, Venster.van(LocalDate.of(2027, 1, 28), WOENSDAG));
        assertEquals(Venster.DEZE_WEEK, Venster.van(LocalDate.of(2027, 1, 31), WOENSDAG));
        assertEquals(Venster.LATER, Venster.van(LocalDate.of(2027, 2, 1), WOENSDAG));
    }

    @Test
    void onSundayThisWeekIsEmptyAndMondayIsLater() {
        LocalDate zondag = LocalDate.of(2027, 1, 31);
        assertEquals(Venster.LATER, Venster.van(LocalDate.of(2027, 2, 1), zondag));
        Venster.Bereik bereik = Venster.DEZE_WEEK.bereik(zondag);
        assertTrue(bereik.van().isAfter(bereik.tot()), "deze-week is empty on a Sunday: " + bereik);
    }

    @Test
    void rangesAgreeWithTheWindowOfEachDateAroundTheYearEnd() {
        // Thursday 2026-12-31: the week runs into the next year (ISO week 53 of 2026 ends Sunday 2027-01-03).
        for (LocalDate vandaag = LocalDate.of(2026, 12, 24); vandaag.isBefore(LocalDate.of(2027, 1, 8));
             vandaag = vandaag.plusDays(1)) {
            for (LocalDate dag = vandaag.minusDays(10); dag.isBefore(vandaag.plusDays(20)); dag = dag.plusDays(1)) {
                Venster venster = Venster.van(dag, vandaag);
                for (Venster v : Venster.values()) {
                    assertEquals(v == venster, v.bereik(vandaag).bevat(dag), v + " on " + vandaag + " for " + dag);
                }
            }
        }
        assertEquals(Venster.DEZE_WEEK, Venster.van(LocalDate.of(2027, 1, 3), LocalDate.of(2026, 12, 31)));
        assertEquals(Venster.LATER, Venster.van(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 31)));
    }
}
