package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.trede.intake.domain.IntakeTermijnen.Aanvultermijn;
import nl.trede.intake.domain.IntakeTermijnen.Parameters;
import nl.trede.intake.domain.IntakeTermijnen.SchoolverlaterSignaal;
import nl.trede.intake.domain.IntakeTermijnen.VervroegdeBehandeling;
import nl.trede.intake.domain.IntakeTermijnen.Zoektermijn;
import nl.trede.intake.domain.IntakeTermijnen.Zoektermijnsituatie;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.time.Werkdagen;
import org.junit.jupiter.api.Test;

/** Each test names its source in docs/sources.md: D (Deventer; PB = productenboek), L (law), A (Apeldoorn/Lelystad). */
class IntakeTermijnenTest {

    private final IntakeTermijnen deventer = IntakeTermijnen.deventer();

    /** Tuesday 10 March 2026, the melding of the zoektermijn tests. */
    private final LocalDate meldingDinsdag = LocalDate.of(2026, 3, 10);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** A wall-clock time in Amsterdam. */
    private static Instant nl(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NlTime.ZONE).toInstant();
    }

    private static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    // ===== MeldingEnScreening =====

    @Test
    void s14MeldingOnMondayCallBackTuesdayScreeningWednesday() {
        // sources D10 S14; D3.1 (PB §2.1): call-back within 1 werkdag, screening within 2 werkdagen.
        Instant melding = nl("2026-11-16T09:00");
        assertEquals(d("2026-11-17"), deventer.terugbellenUiterlijk(melding));
        assertEquals(d("2026-11-18"), deventer.screeningUiterlijk(melding));
    }

    @Test
    void meldingOnAFriday() {
        // sources D3.1 (PB §2.1); working days skip the weekend.
        Instant melding = nl("2026-11-20T10:00");
        assertEquals(d("2026-11-23"), deventer.terugbellenUiterlijk(melding));
        assertEquals(d("2026-11-24"), deventer.screeningUiterlijk(melding));
    }

    @Test
    void meldingAt2330UtcOnAWinterFridayIsASaturdayMelding() {
        // docs/design-choices.md#dutch-calendar-days (Amsterdam/signals PR #791): 23:30 UTC = 00:30 CET on Saturday 21
        // Nov 2026.
        Instant melding = utc("2026-11-20T23:30:00Z");
        assertEquals(d("2026-11-21"), deventer.meldingsdatum(melding));
        assertEquals(d("2026-11-23"), deventer.terugbellenUiterlijk(melding)); // Saturday + 1 werkdag
        assertEquals(d("2026-11-24"), deventer.screeningUiterlijk(melding));
        // Calendar terms show the shift: 8 weeks from Saturday end on Saturday 16 Jan 2027 → Monday 18 Jan
        // (Atw art. 1), not on Friday 15 Jan as the UTC date would give.
        assertEquals(d("2027-01-18"), deventer.beslistermijnEinde(deventer.meldingsdatum(melding), List.of()));
    }

    @Test
    void meldingAt2330UtcOnAWinterThursdayCountsFromFriday() {
        // docs/design-choices.md#dutch-calendar-days: Thursday 23:30 UTC is Friday in Amsterdam, so the call-back moves
        // to Monday.
        Instant melding = utc("2026-11-19T23:30:00Z");
        assertEquals(d("2026-11-20"), deventer.meldingsdatum(melding));
        assertEquals(d("2026-11-23"), deventer.terugbellenUiterlijk(melding));
    }

    @Test
    void meldingOnTheDayBeforeHemelvaartsdag() {
        // sources D3.1 (PB §2.1) with Atw art. 3: Thursday 14 May 2026 is Hemelvaartsdag.
        Instant melding = nl("2026-05-13T14:00");
        assertEquals(d("2026-05-15"), deventer.terugbellenUiterlijk(melding));
        assertEquals(d("2026-05-18"), deventer.screeningUiterlijk(melding));
    }

    @Test
    void meldingOnTheDayBeforeChristmasAndBeforeKoningsdag() {
        // sources D3.1 (PB §2.1) with Atw art. 3: 25/26 Dec 2026 (Fri/Sat), Koningsdag Monday 27 April 2026.
        assertEquals(d("2026-12-28"), deventer.terugbellenUiterlijk(nl("2026-12-24T10:00")));
        assertEquals(d("2026-12-29"), deventer.screeningUiterlijk(nl("2026-12-24T10:00")));
        assertEquals(d("2026-04-28"), deventer.terugbellenUiterlijk(nl("2026-04-24T10:00")));
    }

    @Test
    void rapportageWithin48HoursIsExactHoursAcrossTheDstChange() {
        // sources D3.1 (PB §2.2.2 "binnen 48 uur"). Clocks go forward on Sunday 29 March 2026, so 48 hours after
        // Friday 10:00 CET is Sunday 11:00 CEST.
        Instant screening = nl("2026-03-27T10:00");
        assertEquals(OffsetDateTime.parse("2026-03-29T11:00+02:00").toInstant(),
                deventer.rapportageUiterlijk(screening));
        assertEquals(Duration.ofHours(48), Duration.between(screening, deventer.rapportageUiterlijk(screening)));
    }

    @Test
    void dariuzFiveDaysAfterScreeningAndReminderThreeWerkdagenBeforeAmbitiegesprek() {
        // sources D3.1 (PB §2.2.3): "vijf dagen later"; reminder 3 working days before the ambitiegesprek.
        assertEquals(d("2026-11-29"), deventer.dariuzUiterlijk(d("2026-11-24")));
        assertEquals(d("2026-11-26"), deventer.dariuzHerinnering(d("2026-12-01")));
    }

    // ===== Ambitiegesprek =====

    @Test
    void withinFiveWerkdagenAfterTheScreening() {
        // sources D3.1 (PB §2.1 "binnen 5 werkdagen"); D10 S14.
        var termijn = deventer.ambitiegesprek(d("2026-11-18"), false);
        assertEquals(d("2026-11-25"), termijn.uiterlijk());
        assertFalse(termijn.zoMogelijkEerder());
    }

    @Test
    void youngPeopleSoonerButDeventerGivesNoNumber() {
        // sources D3.2 (PB §2.3.1 "bij voorkeur" sooner than 5 working days); D10 S16. No number → same
        // latest day, flagged.
        var termijn = deventer.ambitiegesprek(d("2026-11-24"), true);
        assertEquals(d("2026-12-01"), termijn.uiterlijk());
        assertTrue(termijn.zoMogelijkEerder());
    }

    @Test
    void anotherMunicipalityCanConfigureAYouthNumber() {
        Parameters p = Parameters.DEVENTER;
        Parameters eigen = new Parameters(p.terugbellenWerkdagen(), p.screeningWerkdagen(),
                p.rapportageNaScreening(), p.dariuzTermijn(), p.dariuzHerinneringWerkdagen(),
                p.ambitiegesprekWerkdagen(), OptionalInt.of(3), p.inlevertermijnWerkdagen(),
                p.nabellenWerkdagen(), Optional.of(Period.ofWeeks(2)), p.smsVoorEindeAanvultermijn(),
                Period.ofWeeks(4));
        IntakeTermijnen gemeente = new IntakeTermijnen(eigen, Werkdagen.ATW);
        assertEquals(d("2026-11-27"), gemeente.ambitiegesprek(d("2026-11-24"), true).uiterlijk());
        assertEquals(d("2026-12-01"), gemeente.ambitiegesprek(d("2026-11-24"), false).uiterlijk());
        assertEquals(d("2026-03-24"), gemeente.aanvultermijnEinde(d("2026-03-10")));
        // sources D11 I-1: a municipality that reads the heading's "vier weken" configures 4 weeks.
        assertEquals(d("2026-03-30"), gemeente.beslistermijnEinde(d("2026-03-02"), List.of()));
    }

    // ===== DocumentenEnAanvultermijn =====

    @Test
    void s15DocumentsWithinFiveWerkdagenAndCallAfterFour() {
        // sources D3.1 (PB §2.2.2; werkproces steps 5 and 8); D10 S15.
        assertEquals(d("2026-12-01"), deventer.documentenUiterlijk(d("2026-11-24")));
        assertEquals(d("2026-11-30"), deventer.nabellenOp(d("2026-11-24")));
    }

    @Test
    void documentsAcrossChristmas() {
        // sources D3.1 (PB §2.2.2) with Atw art. 3: Kerstdagen on Fri 25 / Sat 26 Dec 2026.
        assertEquals(d("2026-12-31"), deventer.documentenUiterlijk(d("2026-12-23")));
        assertEquals(d("2026-12-30"), deventer.nabellenOp(d("2026-12-23")));
    }

    @Test
    void deventerHasNoDefaultAanvultermijnLength() {
        // sources D3.1/D9: the aanvultermijn has no length in the source [GAP]; Awb 4:5 lets the letter set it.
        assertThrows(IllegalStateException.class, () -> deventer.aanvultermijnEinde(d("2026-03-10")));
    }

    @Test
    void aanvultermijnEndsOnAWorkingDayThenSmsAndBuitenBehandeling() {
        // sources D3.1 (PB §2.2.2): SMS one day before the end, then "buiten behandeling" (Awb 4:5); D10 S15.
        assertEquals(d("2026-03-24"), deventer.aanvultermijnEinde(d("2026-03-10"), Period.ofWeeks(2)));
        // 20 March + 2 weeks = Goede Vrijdag 3 April 2026 → Tuesday 7 April (after Tweede Paasdag).
        LocalDate einde = deventer.aanvultermijnEinde(d("2026-03-20"), Period.ofWeeks(2));
        assertEquals(d("2026-04-07"), einde);
        assertEquals(d("2026-04-06"), deventer.smsHerinneringAanvultermijn(einde));
        assertEquals(d("2026-04-08"), deventer.buitenBehandelingVanaf(einde));
    }

    @Test
    void awb415SuspensionRunsFromTheDayAfterTheLetterUntilTheAanvulling() {
        // sources L4.5 (Awb 4:15 lid 1 onder a).
        assertEquals(6, IntakeTermijnen.opgeschorteDagen(List.of(
                new Aanvultermijn(d("2026-03-10"), d("2026-03-24"), d("2026-03-17")))));
        assertEquals(14, IntakeTermijnen.opgeschorteDagen(List.of(
                Aanvultermijn.open(d("2026-03-10"), d("2026-03-24")))));
        // Supplemented after the term lapsed: the whole term counts.
        assertEquals(14, IntakeTermijnen.opgeschorteDagen(List.of(
                new Aanvultermijn(d("2026-03-10"), d("2026-03-24"), d("2026-03-30")))));
        // Supplemented the next day: nothing is suspended.
        assertEquals(0, IntakeTermijnen.opgeschorteDagen(List.of(
                new Aanvultermijn(d("2026-03-10"), d("2026-03-24"), d("2026-03-11")))));
    }

    @Test
    void overlappingAanvultermijnenCountEachDayOnce() {
        // 11–24 March and 21–26 March: the union is 11–26 March, 16 days.
        assertEquals(16, IntakeTermijnen.opgeschorteDagen(List.of(
                Aanvultermijn.open(d("2026-03-10"), d("2026-03-24")),
                new Aanvultermijn(d("2026-03-20"), d("2026-04-03"), d("2026-03-27")))));
    }

    @Test
    void anAanvultermijnMustEndAfterItsLetter() {
        assertThrows(IllegalArgumentException.class,
                () -> Aanvultermijn.open(d("2026-03-10"), d("2026-03-10")));
    }

    // ===== Beslistermijn =====

    @Test
    void eightWeeksFromTheMeldingEndingOnKoningsdagMovesToTuesday() {
        // sources D3.1 (PB §2.1 "maximaal acht weken vanaf de melding"); D11 I-1; Atw art. 1 and 3.
        assertEquals(d("2026-04-28"), deventer.beslistermijnEinde(d("2026-03-02"), List.of()));
    }

    @Test
    void extendedByTheSuspendedDaysOfEachAanvultermijn() {
        // sources D3.1 (PB §2.1 "Tenzij er sprake is van één of meerdere aanvultermijnen"); Awb 4:15.
        var aangevuld = new Aanvultermijn(d("2026-03-10"), d("2026-03-24"), d("2026-03-17"));
        // 27 April + 6 = Sunday 3 May → Monday 4 May.
        assertEquals(d("2026-05-04"), deventer.beslistermijnEinde(d("2026-03-02"), List.of(aangevuld)));
        var ongebruikt = Aanvultermijn.open(d("2026-03-10"), d("2026-03-24"));
        assertEquals(d("2026-05-11"), deventer.beslistermijnEinde(d("2026-03-02"), List.of(ongebruikt)));
        var tweede = new Aanvultermijn(d("2026-04-01"), d("2026-04-15"), d("2026-04-08"));
        // 27 April + 6 + 6 = Saturday 9 May → Monday 11 May.
        assertEquals(d("2026-05-11"), deventer.beslistermijnEinde(d("2026-03-02"), List.of(aangevuld, tweede)));
    }

    @Test
    void anAanvultermijnBeforeTheStartIsRejected() {
        var tevroeg = Aanvultermijn.open(d("2026-03-01"), d("2026-03-15"));
        assertThrows(IllegalArgumentException.class,
                () -> deventer.beslistermijnEinde(d("2026-03-02"), List.of(tevroeg)));
    }

    @Test
    void forAYoungPersonTheAwbLimitCountsFromTheAanvraagAfterTheZoektermijn() {
        // sources L4.5 (Awb 4:13 lid 2: eight weeks after receipt of the aanvraag) vs sources D3.1
        // (PB §2.1: from the melding). Melding Tue 10 March 2026, aanvraag after the zoektermijn on 7 April.
        assertEquals(d("2026-06-02"), deventer.wettelijkeBeslistermijnEinde(d("2026-04-07"), List.of()));
        // The Deventer norm ends on 5 mei (a feestdag for the Atw) → Wednesday 6 May.
        assertEquals(d("2026-05-06"), deventer.beslistermijnEinde(d("2026-03-10"), List.of()));
    }

    // ===== Zoektermijn =====

    @Test
    void appliesAt26Years364DaysOnTheMeldingsdatum() {
        // Pw art. 41 lid 4 (sources L4.5); sources D3.2 (PB §2.3.1); D10 S16.
        Zoektermijn z = deventer.zoektermijn(Zoektermijnsituatie.alleenstaande(meldingDinsdag, d("1999-03-11")));
        assertTrue(z.vanToepassing());
        assertEquals(d("2026-04-07"), z.aanvraagVanaf());
        assertTrue(z.grond().startsWith("Pw art. 41 lid 4"));
    }

    @Test
    void doesNotApplyOnThe27thBirthday() {
        // Pw art. 41 lid 4 "jonger dan 27 jaar"; lid 12: otherwise the aanvraag can be made at once.
        Zoektermijn z = deventer.zoektermijn(Zoektermijnsituatie.alleenstaande(meldingDinsdag, d("1999-03-10")));
        assertFalse(z.vanToepassing());
        assertEquals(meldingDinsdag, z.aanvraagVanaf());
    }

    @Test
    void ageBoundary() {
        assertTrue(IntakeTermijnen.isJongerDan27(d("1999-03-11"), meldingDinsdag));
        assertFalse(IntakeTermijnen.isJongerDan27(d("1999-03-10"), meldingDinsdag));
    }

    @Test
    void meldingOnAFridayEndsOnAFriday() {
        // Pw art. 41 lid 4: four weeks after the melding.
        Zoektermijn z = deventer.zoektermijn(Zoektermijnsituatie.alleenstaande(d("2026-11-20"), d("2004-06-01")));
        assertEquals(d("2026-12-18"), z.aanvraagVanaf());
    }

    @Test
    void meldingAt2330UtcOnFridayStartsOnSaturday() {
        // docs/design-choices.md#dutch-calendar-days + Pw art. 41 lid 4: the Dutch meldingsdatum is Saturday 21 Nov
        // 2026.
        LocalDate meldingsdatum = deventer.meldingsdatum(utc("2026-11-20T23:30:00Z"));
        Zoektermijn z = deventer.zoektermijn(Zoektermijnsituatie.alleenstaande(meldingsdatum, d("2004-06-01")));
        assertEquals(d("2026-12-19"), z.aanvraagVanaf());
    }

    @Test
    void theEndIsNotMovedOffAFeestdag() {
        // Melding on Monday 9 March 2026: four weeks later is Tweede Paasdag. A waiting period is not extended.
        Zoektermijn z = deventer.zoektermijn(Zoektermijnsituatie.alleenstaande(d("2026-03-09"), d("2004-06-01")));
        assertEquals(d("2026-04-06"), z.aanvraagVanaf());
    }

    @Test
    void spousesOnlyWhenBothAreUnder27() {
        // Pw art. 41 lid 4: "gehuwden waarvan beide echtgenoten jonger dan 27 jaar zijn".
        assertTrue(deventer.zoektermijn(
                Zoektermijnsituatie.gehuwden(meldingDinsdag, d("2000-01-01"), d("1999-03-11"))).vanToepassing());
        assertFalse(deventer.zoektermijn(
                Zoektermijnsituatie.gehuwden(meldingDinsdag, d("2000-01-01"), d("1999-03-10"))).vanToepassing());
    }

    @Test
    void exceptionAPraktijkonderwijsOrVsoUpToOneYearBefore() {
        // Pw art. 41 lid 4 onder a ("uiterlijk een jaar voorafgaand"); sources D3.2 (PB §2.2.2 "behalve
        // jongeren van speciaal onderwijs").
        var jongere = Zoektermijnsituatie.alleenstaande(meldingDinsdag, d("2007-09-01"));
        Zoektermijn preciesEenJaar = deventer.zoektermijn(jongere.metPrOVsoTot(d("2025-03-10")));
        assertFalse(preciesEenJaar.vanToepassing());
        assertEquals(meldingDinsdag, preciesEenJaar.aanvraagVanaf());
        assertTrue(preciesEenJaar.grond().contains("onder a"));
        assertTrue(deventer.zoektermijn(jongere.metPrOVsoTot(d("2025-03-09"))).vanToepassing());
    }

    @Test
    void exceptionBMedischUrenbeperktOrDoelgroepLoonkostensubsidie() {
        // Pw art. 41 lid 4 onder b.
        var situatie = Zoektermijnsituatie.alleenstaande(meldingDinsdag, d("2004-06-01"));
        Zoektermijn z = deventer.zoektermijn(situatie.metMedischUrenbeperktOfDoelgroepLks());
        assertFalse(z.vanToepassing());
        assertEquals(meldingDinsdag, z.aanvraagVanaf());
        assertTrue(z.grond().contains("onder b"));
    }

    @Test
    void lid11IsAnExplicitDecisionWithAReason() {
        // Pw art. 41 lid 11 (from 2026-01-01); sources D3.2 [CORONA] (PB §2.4.5) for vulnerable young people.
        var besluit = new VervroegdeBehandeling(d("2026-03-12"),
                VervroegdeBehandeling.REDEN_KWETSBARE_JONGERE);
        Zoektermijn z = deventer.zoektermijn(
                Zoektermijnsituatie.alleenstaande(meldingDinsdag, d("2004-06-01")).metVervroegdeBehandeling(besluit));
        assertTrue(z.vanToepassing());
        assertEquals(d("2026-03-12"), z.aanvraagVanaf());
        assertTrue(z.grond().startsWith("Pw art. 41 lid 11: kwetsbare jongere"));
    }

    @Test
    void lid11IsNotAvailableBefore2026AndNeedsAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> new VervroegdeBehandeling(d("2025-12-31"), "schulden en dakloosheid"));
        assertThrows(IllegalArgumentException.class, () -> new VervroegdeBehandeling(d("2026-03-12"), " "));
    }

    @Test
    void lid11DecisionMustFallWithinTheZoektermijn() {
        var jongere = Zoektermijnsituatie.alleenstaande(meldingDinsdag, d("2004-06-01"));
        assertThrows(IllegalArgumentException.class, () -> deventer.zoektermijn(
                jongere.metVervroegdeBehandeling(new VervroegdeBehandeling(d("2026-04-07"), "te laat"))));
        assertThrows(IllegalArgumentException.class, () -> deventer.zoektermijn(
                jongere.metVervroegdeBehandeling(new VervroegdeBehandeling(d("2026-03-09"), "voor de melding"))));
    }

    // ===== Voorschot =====

    @Test
    void s17BroodnoodIsDueAtTheMomentItIsSignalled() {
        // sources D3.2 (PB §2.1 "zonder omwegen", PB §2.4.1 broodnood flag on the form); D10 S17.
        Instant melding = utc("2026-11-20T23:30:00Z");
        assertEquals(melding, deventer.voorschotBijBroodnood(melding));
    }

    @Test
    void pwArticle52WithinFourWeeksAfterTheAanvraag() {
        // sources L4.5 (Pw art. 52 lid 1) with Atw art. 1: 9 March + 4 weeks = Tweede Paasdag.
        assertEquals(d("2026-04-07"), deventer.wettelijkVoorschotUiterlijk(d("2026-03-09")));
        assertEquals(d("2026-04-07"), deventer.wettelijkVoorschotUiterlijk(d("2026-03-10")));
    }

    // ===== Schoolverlater =====

    @Test
    void thomasLeavesInJuneAndTurns18InSeptember() {
        // sources A4.4 and A6 T07 (S002 Bijlage 1); A3 R-06: gap = 18th birthday − expected leaving date.
        SchoolverlaterSignaal s = IntakeTermijnen.schoolverlaterSignaal(d("2008-09-20"), d("2026-06-30"));
        assertEquals(d("2026-09-20"), s.achttiendeVerjaardag());
        assertEquals(82, s.dagenTotAchttien());
        assertTrue(s.gesignaleerd());
    }

    @Test
    void konradRoughlyTenMonths() {
        // sources A4.2 (16.5 in Nov 2016, outflow July 2017; exact dates assumed).
        SchoolverlaterSignaal s = IntakeTermijnen.schoolverlaterSignaal(d("2000-05-15"), d("2017-07-14"));
        assertEquals(d("2018-05-15"), s.achttiendeVerjaardag());
        assertEquals(305, s.dagenTotAchttien());
        assertTrue(s.gesignaleerd());
    }

    @Test
    void noGapWhenLeavingOnOrAfterThe18thBirthday() {
        assertEquals(new SchoolverlaterSignaal(d("2026-09-20"), 0, false),
                IntakeTermijnen.schoolverlaterSignaal(d("2008-09-20"), d("2026-09-20")));
        assertEquals(new SchoolverlaterSignaal(d("2026-09-20"), 0, false),
                IntakeTermijnen.schoolverlaterSignaal(d("2008-09-20"), d("2026-10-01")));
        assertEquals(new SchoolverlaterSignaal(d("2026-09-20"), 1, true),
                IntakeTermijnen.schoolverlaterSignaal(d("2008-09-20"), d("2026-09-19")));
    }
}
