package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.enforcement.domain.MaatregelBerekening.AfzienReden;
import nl.trede.enforcement.domain.MaatregelBerekening.Beoordeling;
import nl.trede.enforcement.domain.MaatregelBerekening.Gedraging;
import nl.trede.enforcement.domain.MaatregelBerekening.Uitkomst;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorgaand;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorstel;
import nl.trede.platform.time.Werkdagen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@link MaatregelBerekening} on small rule sets shaped like the shipped ones; every test names its
 * source. The shipped rows themselves are run by {@code nl.trede.enforcement.api.DeventerRegelsetTest}.
 */
class MaatregelBerekeningTest {

    static final LocalDate BESLUIT = LocalDate.of(2026, 3, 10);
    static final BigDecimal NORM = new BigDecimal("1401.53");

    static Sanctieregel.Stap stap(int n, int pct, Integer duur) {
        return new Sanctieregel.Stap(n, pct, duur, null, "art", "bron");
    }

    /** Pw art. 18 lid 4 onder a, steps lid 5-8. */
    static final Sanctieregel LID4A = new Sanctieregel("lid4-a", RegelSoort.PERCENTAGE, "pw-art-18-lid-4", 12, false,
            "Pw art. 18 lid 4 onder a", "Pw", List.of(stap(1, 100, 1), stap(2, 100, 2), stap(3, 100, 3),
            stap(4, 100, 3)));
    static final Sanctieregel LID4H = new Sanctieregel("lid4-h", RegelSoort.PERCENTAGE, "pw-art-18-lid-4", 12, false,
            "Pw art. 18 lid 4 onder h", "Pw", LID4A.stappen());
    /** A lower model category with a waarschuwing allowed (sources L4.10). */
    static final Sanctieregel CAT2 = new Sanctieregel("cat2", RegelSoort.PERCENTAGE, null, 12, true, "Pw art. 18 lid 2",
            "model", List.of(stap(1, 30, 1), stap(2, 30, 2)));
    /** Deventer no-show: € 50 first, then 30% (sources D4.3). */
    static final Sanctieregel NOSHOW = new Sanctieregel("no-show", RegelSoort.VAST_BEDRAG, null, 12, false,
            "PB ch. 8", "sources D4.3", List.of(new Sanctieregel.Stap(1, 0, null, new BigDecimal("50.00"), "PB ch. 8",
            "lik op stuk"), stap(2, 30, 1), stap(3, 30, 2)));
    static final Sanctieregel TAALEIS = new Sanctieregel("taaleis", RegelSoort.TAALEIS, null, 12, false, "Pw art. 18b",
            "sources D4.7", List.of(stap(1, 20, 6), stap(2, 40, 6), stap(3, 100, null)));
    static final Sanctieregel TAALEIS_STOP = new Sanctieregel("taaleis-stop", RegelSoort.TAALEIS_EENMALIG, null, 12,
            false, "Pw art. 18b", "sources D4.7", List.of(stap(1, 40, 6), stap(2, 100, 6)));

    static final Map<String, Sanctieregel> REGELS = Map.of("lid4-a", LID4A, "lid4-h", LID4H, "cat2", CAT2,
            "no-show", NOSHOW, "taaleis", TAALEIS, "taaleis-stop", TAALEIS_STOP);

    static Voorstel bereken(List<Gedraging> g, List<Voorgaand> v, Beoordeling b) {
        return MaatregelBerekening.bereken(REGELS, g, v, b, BESLUIT, NORM);
    }

    static Voorstel bereken(String categorie, LocalDate datum, List<Voorgaand> v) {
        return bereken(List.of(new Gedraging(categorie, datum)), v, Beoordeling.zonderBezwaren());
    }

    @Test
    void pwArt18Lid5FirstBreachIs100PercentFromTheMonthAfterTheBesluit() {
        Voorstel v = bereken("lid4-a", LocalDate.of(2026, 2, 20), List.of());
        assertEquals(Uitkomst.OPLEGGEN, v.uitkomst());
        assertEquals(1, v.stap());
        assertFalse(v.recidive());
        assertEquals(100, v.percentage());
        assertEquals(1, v.duurMaanden());
        assertEquals(LocalDate.of(2026, 4, 1), v.ingangsdatum());
        assertEquals(LocalDate.of(2026, 4, 30), v.einddatum());
        assertEquals(new BigDecimal("1401.53"), v.perioden().get(0).bedragPerMaand());
    }

    /** Pw art. 18 lid 6-8: recidive counts across the lid-4 categories a-h (sources L4.3). */
    @ParameterizedTest(name = "after step {0} comes step {1}: {2} months")
    @CsvSource({"1, 2, 2", "2, 3, 3", "3, 4, 3", "4, 4, 3", "7, 4, 3"})
    void pwArt18Lid6To8RecidiveStepsAcrossLid4Categories(int vorige, int verwacht, int maanden) {
        Voorstel v = bereken("lid4-h", LocalDate.of(2026, 2, 20),
                List.of(new Voorgaand("pw-art-18-lid-4", vorige, LocalDate.of(2025, 6, 1), false)));
        assertTrue(v.recidive());
        assertEquals(verwacht, v.stap());
        assertEquals(maanden, v.duurMaanden());
        assertEquals(LocalDate.of(2026, 4, 1).plusMonths(maanden).minusDays(1), v.einddatum());
    }

    /** Pw art. 18 lid 6 "binnen twaalf maanden": both the besluit day and the day twelve months later count. */
    @ParameterizedTest(name = "earlier besluit {0}, gedraging {1}: recidive {2}")
    @CsvSource({"2025-03-31, 2026-03-31, true", "2025-03-31, 2026-04-01, false", "2024-02-29, 2025-02-28, true",
        "2024-02-29, 2025-03-01, false", "2025-03-31, 2025-03-31, true", "2025-03-31, 2025-03-30, false"})
    void recidiveTermBoundary(LocalDate eerder, LocalDate gedraging, boolean recidive) {
        assertEquals(recidive, MaatregelBerekening.binnenRecidivetermijn(eerder, 12, gedraging));
        Voorstel v = bereken("lid4-a", gedraging, List.of(new Voorgaand("pw-art-18-lid-4", 1, eerder, false)));
        assertEquals(recidive, v.recidive());
        assertEquals(recidive ? 2 : 1, v.stap());
    }

    @Test
    void recidiveOfAnotherGroupDoesNotCount() {
        Voorstel v = bereken("cat2", LocalDate.of(2026, 2, 20),
                List.of(new Voorgaand("pw-art-18-lid-4", 3, LocalDate.of(2026, 1, 5), false)));
        assertFalse(v.recidive());
        assertEquals(30, v.percentage());
    }

    /** sources D4.4 "Concurrence": several gedragingen, one verlaging, the highest. */
    @Test
    void samenloopTakesTheHighestVerlaging() {
        LocalDate d = LocalDate.of(2026, 2, 20);
        Voorstel v = bereken(List.of(new Gedraging("cat2", d), new Gedraging("lid4-a", d), new Gedraging("no-show", d)),
                List.of(), Beoordeling.zonderBezwaren());
        assertEquals("lid4-a", v.categorie());
        assertEquals(100, v.percentage());
        assertEquals(List.of("cat2", "lid4-a", "no-show"), v.samenloop());
        assertEquals(1, v.perioden().size());
    }

    /** sources D4.4 samenloop with recidive: a recidive step of a lower category can outweigh a first step. */
    @Test
    void samenloopComparesTheStepsThatApply() {
        LocalDate d = LocalDate.of(2026, 2, 20);
        Voorstel v = bereken(List.of(new Gedraging("cat2", d), new Gedraging("no-show", d)),
                List.of(new Voorgaand("no-show", 2, LocalDate.of(2026, 1, 10), false)), Beoordeling.zonderBezwaren());
        assertEquals("no-show", v.categorie()); // no-show step 3: 30% for 2 months outweighs cat2 step 1 (30%, 1)
        assertEquals(3, v.stap());
        assertEquals(2, v.duurMaanden());
        // a tie (30% for 1 month each) goes to the gedraging named first
        Voorstel gelijk = bereken(List.of(new Gedraging("cat2", d), new Gedraging("no-show", d)),
                List.of(new Voorgaand("no-show", 1, LocalDate.of(2026, 1, 10), false)), Beoordeling.zonderBezwaren());
        assertEquals("cat2", gelijk.categorie());
    }

    /** sources D4.3: Deventer's first no-show is a fixed € 50, the second applies recidive. */
    @Test
    void noShowFixed50ThenRecidive() {
        Voorstel eerste = bereken("no-show", LocalDate.of(2026, 2, 20), List.of());
        assertEquals(new BigDecimal("50.00"), eerste.bedragEenmalig());
        assertEquals(0, eerste.percentage());
        assertNull(eerste.duurMaanden());
        assertEquals(LocalDate.of(2026, 4, 1), eerste.ingangsdatum());
        Voorstel tweede = bereken("no-show", LocalDate.of(2026, 3, 5),
                List.of(new Voorgaand("no-show", 1, LocalDate.of(2026, 2, 25), false)));
        assertTrue(tweede.recidive());
        assertEquals(2, tweede.stap());
        assertEquals(30, tweede.percentage());
        assertEquals(new BigDecimal("420.46"), tweede.perioden().get(0).bedragPerMaand());
    }

    /** Pw art. 18 lid 9: afzien when every form of verwijtbaarheid is absent, with the reason. */
    @Test
    void afzienGeenVerwijtbaarheid() {
        Voorstel v = bereken(List.of(new Gedraging("lid4-a", LocalDate.of(2026, 2, 20))), List.of(),
                new Beoordeling(false, "ziekenhuisopname", null, false));
        assertEquals(Uitkomst.AFZIEN, v.uitkomst());
        assertEquals(AfzienReden.GEEN_VERWIJTBAARHEID, v.afzienReden());
        assertEquals("Pw art. 18 lid 9", v.artikel());
        assertEquals("ziekenhuisopname", v.motivering());
        assertTrue(v.perioden().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> bereken(List.of(new Gedraging("lid4-a",
                LocalDate.of(2026, 2, 20))), List.of(), new Beoordeling(false, " ", null, false)));
    }

    /** Pw art. 18 lid 10: dringende redenen, with the motivation. */
    @Test
    void afzienDringendeRedenen() {
        Voorstel v = bereken(List.of(new Gedraging("cat2", LocalDate.of(2026, 2, 20))), List.of(),
                new Beoordeling(true, null, "dreigende huisuitzetting", false));
        assertEquals(AfzienReden.DRINGENDE_REDENEN, v.afzienReden());
        assertEquals("Pw art. 18 lid 10", v.artikel());
    }

    /** sources L4.10: a waarschuwing only where the category allows it and only for a first breach. */
    @Test
    void waarschuwingOnlyWhereAllowedAndFirst() {
        Beoordeling w = new Beoordeling(true, null, null, true);
        LocalDate d = LocalDate.of(2026, 2, 20);
        Voorstel v = bereken(List.of(new Gedraging("cat2", d)), List.of(), w);
        assertEquals(Uitkomst.WAARSCHUWING, v.uitkomst());
        assertTrue(v.perioden().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> bereken(List.of(new Gedraging("lid4-a", d)), List.of(), w));
        List<Voorgaand> eerder = List.of(new Voorgaand("cat2", 0, LocalDate.of(2026, 1, 1), true));
        assertThrows(IllegalArgumentException.class, () -> bereken(List.of(new Gedraging("cat2", d)), eerder, w));
        Voorstel naWaarschuwing = bereken("cat2", d, eerder);
        assertEquals(1, naWaarschuwing.stap());
        assertFalse(naWaarschuwing.recidive(), "a waarschuwing is no imposed maatregel (Pw art. 18 lid 6)");
        assertEquals(30, naWaarschuwing.percentage());
    }

    /** sources D4.7 (PB ch. 9): 20% months 1-6, 40% months 7-12, 100% from a year until the bereidverklaring. */
    @Test
    void taaleisSequence() {
        Voorstel v = bereken("taaleis", LocalDate.of(2026, 1, 15), List.of());
        assertEquals(3, v.perioden().size());
        assertEquals(new MaatregelBerekening.Periode(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 14), 20,
                new BigDecimal("280.31")), v.perioden().get(0));
        assertEquals(new MaatregelBerekening.Periode(LocalDate.of(2026, 7, 15), LocalDate.of(2027, 1, 14), 40,
                new BigDecimal("560.61")), v.perioden().get(1));
        assertEquals(new MaatregelBerekening.Periode(LocalDate.of(2027, 1, 15), null, 100,
                new BigDecimal("1401.53")), v.perioden().get(2));
        assertThrows(IllegalArgumentException.class, () -> bereken(List.of(new Gedraging("taaleis",
                LocalDate.of(2026, 1, 15)), new Gedraging("cat2", LocalDate.of(2026, 1, 15))), List.of(),
                Beoordeling.zonderBezwaren()));
    }

    /** sources D4.7: one-off 40% on stopping after half a year, 100% after a year, after the kennisgeving. */
    @ParameterizedTest(name = "kennisgeving 2025-03-01, stop {0}: {1}%")
    @CsvSource({"2025-09-01, 40, 560.61", "2026-02-28, 40, 560.61", "2026-03-01, 100, 1401.53"})
    void taaleisStopOneOff(LocalDate stop, int pct, BigDecimal bedrag) {
        Voorstel v = bereken(List.of(new Gedraging("taaleis-stop", stop, LocalDate.of(2025, 3, 1))), List.of(),
                Beoordeling.zonderBezwaren());
        assertEquals(pct, v.percentage());
        assertEquals(bedrag, v.bedragEenmalig());
        assertNull(v.duurMaanden());
        assertEquals(LocalDate.of(2026, 4, 30), v.einddatum());
    }

    @Test
    void taaleisStopBeforeHalfAYearHasNoVerlaging() {
        assertThrows(IllegalArgumentException.class, () -> bereken(List.of(new Gedraging("taaleis-stop",
                LocalDate.of(2025, 8, 31), LocalDate.of(2025, 3, 1))), List.of(), Beoordeling.zonderBezwaren()));
    }

    @Test
    void withoutNormNoAmounts() {
        Voorstel v = MaatregelBerekening.bereken(REGELS, List.of(new Gedraging("cat2", LocalDate.of(2026, 2, 2))),
                List.of(), Beoordeling.zonderBezwaren(), BESLUIT, null);
        assertNull(v.perioden().get(0).bedragPerMaand());
    }

    @Test
    void unknownCategoryIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> bereken("onbekend", BESLUIT, List.of()));
    }

    /**
     * Awb 6:7/6:8: six weeks from the day after bekendmaking; Algemene termijnenwet art. 1 moves a last day on a
     * weekend or feestdag (Koningsdag 27-04-2026 is a Monday) to the next working day.
     */
    @ParameterizedTest(name = "bekendmaking {0}: bezwaar until {1}")
    @CsvSource({"2026-03-10, 2026-04-21", "2026-03-16, 2026-04-28", "2026-03-14, 2026-04-28", "2026-03-12, 2026-04-23",
        "2026-11-13, 2026-12-28"})
    void bezwaartermijnSixWeeks(LocalDate bekendmaking, LocalDate einde) {
        assertEquals(einde, MaatregelBerekening.bezwaartermijnEinde(bekendmaking, Werkdagen.ATW));
    }
}
