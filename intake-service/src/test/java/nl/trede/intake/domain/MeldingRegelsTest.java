package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MeldingRegelsTest {

    @Test
    void meldingDatumIsTheDutchCalendarDay() {
        // docs/design-choices.md#dutch-calendar-days (Amsterdam/signals PR #791): deadlines broke across timezones.
        // 22:30 UTC on 1 July is 00:30 on 2 July in Amsterdam (CEST, UTC+2); in winter (CET, UTC+1) 23:30 UTC is the
        // next day.
        assertEquals(LocalDate.of(2026, 7, 2),
                MeldingRegels.meldingDatum(ZonedDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 1, 2),
                MeldingRegels.meldingDatum(ZonedDateTime.of(2026, 1, 1, 23, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2026, 1, 1),
                MeldingRegels.meldingDatum(ZonedDateTime.of(2026, 1, 1, 22, 59, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void geboortedatumMustBeInThePastAndPlausible() {
        // Requirement "Validation": birth date in the past and plausible.
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertTrue(MeldingRegels.toetsGeboortedatum(LocalDate.of(1990, 5, 17), today).isEmpty());
        assertEquals("must be in the past", MeldingRegels.toetsGeboortedatum(today, today).orElseThrow());
        assertEquals("must be in the past", MeldingRegels.toetsGeboortedatum(today.plusDays(1), today).orElseThrow());
        assertTrue(MeldingRegels.toetsGeboortedatum(today.minusYears(120), today).isEmpty());
        assertFalse(MeldingRegels.toetsGeboortedatum(today.minusYears(120).minusDays(1), today).isEmpty());
    }

    @Test
    void ontvangenOpNotInTheFutureAndAtMostThreeMonthsBack() {
        // Pw art. 44 lid 1-2 (bijstand not before the day of melding) and Awb 4:13 (the term runs from receipt): a
        // melding keeps the day it was received. The limit of 3 months follows Pw art. 44 lid 5 (from 2026-01-01).
        LocalDate maandag = LocalDate.of(2026, 3, 9);
        assertTrue(MeldingRegels.toetsOntvangenOp(LocalDate.of(2026, 3, 6), maandag).isEmpty());
        assertTrue(MeldingRegels.toetsOntvangenOp(maandag, maandag).isEmpty());
        assertFalse(MeldingRegels.toetsOntvangenOp(maandag.plusDays(1), maandag).isEmpty());
        assertTrue(MeldingRegels.toetsOntvangenOp(LocalDate.of(2025, 12, 9), maandag).isEmpty());
        assertEquals("must not be more than 3 months ago (2025-12-09 at the earliest)",
                MeldingRegels.toetsOntvangenOp(LocalDate.of(2025, 12, 8), maandag).orElseThrow());
    }

    @Test
    void meldingDatumIsOntvangenOpOrToday() {
        ZonedDateTime maandag = ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 3, 6), MeldingRegels.meldingDatum(LocalDate.of(2026, 3, 6), maandag));
        assertEquals(LocalDate.of(2026, 3, 9), MeldingRegels.meldingDatum(null, maandag));
    }
}
