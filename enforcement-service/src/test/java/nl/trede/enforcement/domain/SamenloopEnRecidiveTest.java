package nl.trede.enforcement.domain;

import static nl.trede.enforcement.domain.MaatregelBerekeningTest.NORM;
import static nl.trede.enforcement.domain.MaatregelBerekeningTest.REGELS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.enforcement.domain.MaatregelBerekening.Beoordeling;
import nl.trede.enforcement.domain.MaatregelBerekening.Gedraging;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorgaand;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorstel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The recidive semantics of a regelset ({@link RecidiveRegel}) and samenloop from the history ({@link Samenloop}). */
class SamenloopEnRecidiveTest {

    static final LocalDate BESLUIT = LocalDate.of(2026, 3, 10);
    static final RecidiveRegel MET_WAARSCHUWING = new RecidiveRegel(RecidiveRegel.Telt.OPGELEGD_OF_WAARSCHUWING,
            RecidiveRegel.Vanaf.BESLUITDATUM);
    static final RecidiveRegel VANAF_GEDRAGING = new RecidiveRegel(RecidiveRegel.Telt.OPGELEGD,
            RecidiveRegel.Vanaf.GEDRAGINGSDATUM);

    static Voorstel bereken(String categorie, LocalDate datum, List<Voorgaand> eerder, RecidiveRegel regel) {
        return MaatregelBerekening.bereken(REGELS, List.of(new Gedraging(categorie, datum)), eerder,
                Beoordeling.zonderBezwaren(), BESLUIT, NORM, null, regel);
    }

    @Test
    @DisplayName("Pw art. 18 lid 6, Rotterdam Verordening maatregelen art. 11: after a waarschuwing no recidive")
    void aWaarschuwingIsNoEarlierMaatregelByDefault() {
        List<Voorgaand> waarschuwing = List.of(new Voorgaand("cat2", 0, LocalDate.of(2026, 1, 5), true,
                LocalDate.of(2025, 12, 20)));
        Voorstel v = bereken("cat2", LocalDate.of(2026, 2, 20), waarschuwing, RecidiveRegel.STANDAARD);
        assertFalse(v.recidive());
        assertEquals(1, v.stap());
        // the old three-argument entry point keeps the statutory default
        assertFalse(MaatregelBerekening.bereken(REGELS, List.of(new Gedraging("cat2", LocalDate.of(2026, 2, 20))),
                waarschuwing, Beoordeling.zonderBezwaren(), BESLUIT, NORM).recidive());
    }

    @Test
    @DisplayName("A verordening counting the waarschuwing (regelset recidive.telt opgelegd-of-waarschuwing): step 2")
    void aVerordeningMayCountTheWaarschuwingAsStepOne() {
        List<Voorgaand> waarschuwing = List.of(new Voorgaand("cat2", 0, LocalDate.of(2026, 1, 5), true,
                LocalDate.of(2025, 12, 20)));
        Voorstel v = bereken("cat2", LocalDate.of(2026, 2, 20), waarschuwing, MET_WAARSCHUWING);
        assertTrue(v.recidive());
        assertEquals(2, v.stap());
        assertEquals(2, v.duurMaanden());
    }

    @Test
    @DisplayName("Pw art. 18 lid 6 'nadat … toepassing heeft gevonden': a gedraging before the earlier besluit is no "
            + "recidive; counted from the gedraging date it is")
    void recidiveFollowsTheOrderOfGedragingAndBesluit() {
        // no-show on 25 Feb, decided 10 Mar; a second no-show on 4 Mar, before that besluit
        List<Voorgaand> eerste = List.of(new Voorgaand("no-show", 1, BESLUIT, false, LocalDate.of(2026, 2, 25)));
        Voorstel statuut = bereken("no-show", LocalDate.of(2026, 3, 4), eerste, RecidiveRegel.STANDAARD);
        assertFalse(statuut.recidive());
        assertEquals(new BigDecimal("50.00"), statuut.bedragEenmalig());
        Voorstel vanafGedraging = bereken("no-show", LocalDate.of(2026, 3, 4), eerste, VANAF_GEDRAGING);
        assertTrue(vanafGedraging.recidive());
        assertEquals(2, vanafGedraging.stap());
        assertEquals(30, vanafGedraging.percentage());
        // a gedraging on the same day as the earlier one is the same occasion, not a second breach
        assertFalse(bereken("no-show", LocalDate.of(2026, 2, 25), eerste, VANAF_GEDRAGING).recidive());
        // after the term (gedraging + 12 months) no recidive
        assertFalse(bereken("no-show", LocalDate.of(2027, 2, 26), eerste, VANAF_GEDRAGING).recidive());
        assertTrue(bereken("no-show", LocalDate.of(2027, 2, 25), eerste, VANAF_GEDRAGING).recidive());
    }

    static Samenloop.Verlaging verlaging(int nr, LocalDate gedraging, LocalDate besluit, int pct, int maanden) {
        LocalDate ingang = MaatregelBerekening.ingangsdatum(besluit);
        return new Samenloop.Verlaging(new UUID(0, nr), gedraging, besluit, ingang,
                ingang.plusMonths(maanden).minusDays(1), Samenloop.zwaarte(pct, maanden, null, NORM));
    }

    @Test
    @DisplayName("Samenloop (verordening; Deventer PB ch. 8 'één verlaging … de hoogste'): without a link")
    void oneVerlagingTheHighestWhateverTheOrder() {
        Samenloop.Verlaging dertig = verlaging(1, LocalDate.of(2026, 2, 20), BESLUIT, 30, 1);
        Samenloop.Verlaging vijftig = verlaging(2, LocalDate.of(2026, 2, 24), BESLUIT, 50, 1);
        // 30% decided first: the 50% ends it before it starts
        Samenloop.Uitkomst hoger = Samenloop.bepaal(vijftig, List.of(dertig));
        assertNull(hoger.opgenomenIn());
        assertEquals(List.of(dertig.maatregelId()), hoger.beeindigd());
        // 50% decided first: the 30% is taken up in it
        Samenloop.Uitkomst lager = Samenloop.bepaal(dertig, List.of(vijftig));
        assertEquals(vijftig.maatregelId(), lager.opgenomenIn());
        assertEquals(List.of(), lager.beeindigd());
        // a tie: the earlier gedraging stays, whichever is decided first
        Samenloop.Verlaging ook30 = verlaging(3, LocalDate.of(2026, 2, 22), BESLUIT, 30, 1);
        assertEquals(dertig.maatregelId(), Samenloop.bepaal(ook30, List.of(dertig)).opgenomenIn());
        assertEquals(List.of(ook30.maatregelId()), Samenloop.bepaal(dertig, List.of(ook30)).beeindigd());
    }

    @Test
    @DisplayName("Samenloop: recidive after a besluit in other months stands alone; overlapping months carry one")
    void separatePeriodsStandAloneOverlappingMonthsCarryOne() {
        Samenloop.Verlaging maart = verlaging(1, LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 27), 100, 1);
        // a gedraging after that besluit, decided in May: other months, not concurrent → both stand
        Samenloop.Verlaging juni = verlaging(2, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 12), 100, 2);
        Samenloop.Uitkomst los = Samenloop.bepaal(juni, List.of(maart));
        assertNull(los.opgenomenIn());
        assertEquals(List.of(), los.beeindigd());
        // a 3-month verlaging from March, and a higher one from April: the first ends on 31 March
        Samenloop.Verlaging lang = verlaging(3, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), 30, 3);
        Samenloop.Verlaging hoog = verlaging(4, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 20), 100, 2);
        assertFalse(Samenloop.gelijktijdig(lang, hoog.gedragingsdatum()), "after the besluit: not one period");
        assertEquals(List.of(lang.maatregelId()), Samenloop.bepaal(hoog, List.of(lang)).beeindigd());
    }
}
