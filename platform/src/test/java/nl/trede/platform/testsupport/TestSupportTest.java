package nl.trede.platform.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.stream.IntStream;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.time.Werkdagen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The test support for dates: the independent calendar, the test day and the test clock. */
@Tag(TestDag.DATUM)
class TestSupportTest {

    @Test
    @DisplayName("The test calendar (published dates) and production's Werkdagen (computed) agree on every Atw "
            + "feestdag of 2024-2032 (Atw art. 3 lid 1 and 2)")
    void theTwoCalendarsAgree() {
        IntStream.rangeClosed(2024, 2032).forEach(jaar ->
                assertEquals(Werkdagen.feestdagen(jaar), TestKalender.feestdagen(jaar), "feestdagen " + jaar));
        assertThrows(IllegalStateException.class, () -> TestKalender.feestdagen(2040));
    }

    @Test
    @DisplayName("Working days and the Atw extension in the test calendar")
    void workingDaysAndAtwExtension() {
        // Friday 14 May 2027: Monday 17 May is Tweede Pinksterdag.
        assertEquals(LocalDate.of(2027, 5, 18), TestKalender.plusWerkdagen(LocalDate.of(2027, 5, 14), 1));
        // Wednesday 5 May 2027 (Bevrijdingsdag) + 1: Thursday 6 is Hemelvaartsdag, so Friday 7.
        assertEquals(LocalDate.of(2027, 5, 7), TestKalender.plusWerkdagen(LocalDate.of(2027, 5, 5), 1));
        // A term ending on Sunday 31 January 2027 runs to Monday 1 February (Atw art. 1 lid 1).
        assertEquals(LocalDate.of(2027, 2, 1), TestKalender.atwEinde(LocalDate.of(2027, 1, 31)));
        // Christmas 2026: Friday 25 and Saturday 26, so Monday 28.
        assertEquals(LocalDate.of(2026, 12, 28), TestKalender.atwEinde(LocalDate.of(2026, 12, 25)));
        assertEquals(LocalDate.of(2028, 2, 29), TestKalender.atwEinde(LocalDate.of(2028, 2, 29)));
    }

    @Test
    @DisplayName("trede.test.today takes a date (09:00 Dutch time) or a local date-time")
    void parsesTheTestDay() {
        assertEquals(LocalDateTime.of(2026, 12, 24, 9, 0), TestDag.parse("2026-12-24").toLocalDateTime());
        ZonedDateTime nacht = TestDag.parse("2026-10-25T00:30");
        assertEquals("+02:00", nacht.getOffset().getId(), "summer time until 03:00 that night");
        assertThrows(IllegalArgumentException.class, () -> TestDag.parse("24-12-2026"));
    }

    @Test
    @DisplayName("The test clock starts at the test day, ticks, and moves by calendar days across the DST change")
    void theClockStartsAtTheTestDayAndMovesByCalendarDays() {
        TestClock clock = new TestClock();
        assertEquals(TestDag.vandaag(), clock.vandaag());
        assertTrue(!clock.instant().isBefore(TestDag.start().toInstant()));
        LocalDate doel = TestDag.vandaag().plusDays(200); // crosses at least one DST change
        clock.naar(doel);
        assertEquals(doel, clock.vandaag());
        assertEquals(TestDag.start().toLocalTime().getHour(), clock.instant().atZone(NlTime.ZONE).getHour());
        clock.verzet(Duration.ofDays(-1));
        assertEquals(TestDag.vandaag().minusDays(1), NlTime.vandaag(clock));
        clock.reset();
        assertEquals(TestDag.vandaag(), NlTime.vandaag(clock.withZone(java.time.ZoneOffset.UTC)));
    }
}
