package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MeldingRulesTest {

    @Test
    void meldingDatumIsTheDutchCalendarDay() {
        // anchors-lessons.md §9 #9 (Amsterdam/signals PR #791): deadlines broke across timezones. 22:30 UTC on
        // 1 July is 00:30 on 2 July in Amsterdam (CEST, UTC+2); in winter (CET, UTC+1) 23:30 UTC is the next day.
        assertEquals(LocalDate.of(2026, 7, 2),
                MeldingRules.meldingDatum(ZonedDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 1, 2),
                MeldingRules.meldingDatum(ZonedDateTime.of(2026, 1, 1, 23, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 1, 1),
                MeldingRules.meldingDatum(ZonedDateTime.of(2026, 1, 1, 22, 59, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void geboortedatumMustBeInThePastAndPlausible() {
        // Issue 3 "Validation": birth date in the past and plausible.
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertTrue(MeldingRules.checkGeboortedatum(LocalDate.of(1990, 5, 17), today).isEmpty());
        assertEquals("must be in the past", MeldingRules.checkGeboortedatum(today, today).orElseThrow());
        assertEquals("must be in the past", MeldingRules.checkGeboortedatum(today.plusDays(1), today).orElseThrow());
        assertTrue(MeldingRules.checkGeboortedatum(today.minusYears(120), today).isEmpty());
        assertFalse(MeldingRules.checkGeboortedatum(today.minusYears(120).minusDays(1), today).isEmpty());
    }

}
