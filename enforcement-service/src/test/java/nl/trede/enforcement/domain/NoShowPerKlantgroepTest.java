package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.trede.enforcement.domain.MaatregelBerekening.Beoordeling;
import nl.trede.enforcement.domain.MaatregelBerekening.Gedraging;
import nl.trede.enforcement.domain.MaatregelBerekening.Uitkomst;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorgaand;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorstel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * sources D4.3 "No-show rules per client group", one row per klantgroep × 1st/2nd/3rd no-show. The
 * no-show rule is shaped as the shipped one ({@link MaatregelBerekeningTest#NOSHOW}: € 50, then 30%/1, 30%/2).
 */
class NoShowPerKlantgroepTest {

    static final LocalDate EERSTE = LocalDate.of(2026, 2, 20);
    static final LocalDate BESLUIT_EERSTE = LocalDate.of(2026, 2, 25);
    static final LocalDate TWEEDE = LocalDate.of(2026, 3, 5);

    static Voorstel bereken(String klantgroep, int keer) {
        List<Voorgaand> voorgaand = keer == 1 ? List.of()
                : List.of(new Voorgaand("no-show", keer - 1, BESLUIT_EERSTE, false));
        return MaatregelBerekening.bereken(MaatregelBerekeningTest.REGELS,
                List.of(new Gedraging("no-show", keer == 1 ? EERSTE : TWEEDE)), voorgaand,
                Beoordeling.zonderBezwaren(), MaatregelBerekeningTest.BESLUIT, MaatregelBerekeningTest.NORM,
                Klantgroep.van(klantgroep).orElse(null));
    }

    /**
     * Rows of D4.3: Matchen & Groeien „Bij de eerste No Show: € 50 maatregel", 2nd → maatregel-werkproces
     * (recidive); Faciliteren kick-off/kennismakings-/doelmatigheidsgesprek „eenmalig € 50,00", then „geblokkeerd"
     * + rechtmatigheidsonderzoek (PB §5.3.1, §5.3.2, §7.2); Zorg „No fine", „Pas bij 2x no show wordt de uitkering
     * geblokkeerd" (PB §6.3.1, §7.2). No klantgroep (older events): the Matchen/Groeien rules, as before.
     */
    @ParameterizedTest(name = "{0}, no-show {1} → {2} (stap {3}, € {4}, {5}%)")
    @CsvSource(nullValues = "-", value = {
            "matchen,     1, opleggen,       1, 50.00, 0",
            "matchen,     2, opleggen,       2, -,     30",
            "matchen,     3, opleggen,       3, -,     30",
            "groeien,     1, opleggen,       1, 50.00, 0",
            "groeien,     2, opleggen,       2, -,     30",
            "faciliteren, 1, opleggen,       1, 50.00, 0",
            "faciliteren, 2, blokkeren,      2, -,     0",
            "faciliteren, 3, blokkeren,      3, -,     0",
            "zorg,        1, contact-zoeken, 1, -,     0",
            "zorg,        2, blokkeren,      2, -,     0",
            "zorg,        3, blokkeren,      3, -,     0",
            "-,           1, opleggen,       1, 50.00, 0",
            "-,           2, opleggen,       2, -,     30"})
    void noShowPerKlantgroep(String klantgroep, int keer, String uitkomst, int stap, BigDecimal bedrag,
                             int percentage) {
        Voorstel v = bereken(klantgroep, keer);
        assertEquals(uitkomst, v.uitkomst().code());
        assertEquals(stap, v.stap());
        assertEquals(keer > 1, v.recidive());
        assertEquals(bedrag, v.bedragEenmalig());
        assertEquals(percentage, v.percentage());
        if (v.uitkomst() != Uitkomst.OPLEGGEN) {
            assertTrue(v.perioden().isEmpty(), "no verlaging, so no period for GWS to apply");
            assertNull(v.duurMaanden());
        } else {
            assertFalse(v.perioden().isEmpty());
        }
    }

    @Test
    void zorgAndFaciliterenCiteTheirRows() {
        Voorstel zorg1 = bereken("zorg", 1);
        assertEquals("PB §6.3.1, §7.2", zorg1.artikel());
        assertTrue(zorg1.bron().contains("No fine"));
        Voorstel zorg2 = bereken("zorg", 2);
        assertEquals("PB §6.3.1, §7.2", zorg2.artikel());
        assertTrue(zorg2.bron().contains("geblokkeerd"));
        Voorstel fac2 = bereken("faciliteren", 2);
        assertEquals("PB §5.3.1, §5.3.2, §7.2", fac2.artikel());
        assertTrue(fac2.bron().contains("rechtmatigheid onderzoek"));
        assertEquals("no-show", fac2.recidivegroep());
    }

    /** Pw art. 18 lid 9 comes first for every klantgroep: no verwijtbaarheid → afzien, not a blokkering. */
    @Test
    void afzienStillComesFirst() {
        Voorstel v = MaatregelBerekening.bereken(MaatregelBerekeningTest.REGELS,
                List.of(new Gedraging("no-show", TWEEDE)), List.of(new Voorgaand("no-show", 1, BESLUIT_EERSTE, false)),
                new Beoordeling(false, "ziekenhuisopname", null, false), MaatregelBerekeningTest.BESLUIT,
                MaatregelBerekeningTest.NORM, Klantgroep.ZORG);
        assertEquals(Uitkomst.AFZIEN, v.uitkomst());
    }

    /** Other categories are not klantgroep-aware here (their admissibility is checked at registration, PB §1.2). */
    @Test
    void otherCategoriesUnchanged() {
        Voorstel v = MaatregelBerekening.bereken(MaatregelBerekeningTest.REGELS,
                List.of(new Gedraging("cat2", TWEEDE)), List.of(), Beoordeling.zonderBezwaren(),
                MaatregelBerekeningTest.BESLUIT, MaatregelBerekeningTest.NORM, Klantgroep.ZORG);
        assertEquals(Uitkomst.OPLEGGEN, v.uitkomst());
        assertEquals(30, v.percentage());
    }

    /** PB §1.2 / sources D4.1: the lid-4 group and the arbeidsplicht of Pw art. 9 lid 1 onder a. */
    @Test
    void arbeidsverplichtingCategories() {
        assertTrue(MaatregelBerekeningTest.LID4A.arbeidsverplichting());
        assertFalse(MaatregelBerekeningTest.NOSHOW.arbeidsverplichting());
        assertFalse(MaatregelBerekeningTest.CAT2.arbeidsverplichting());
        assertTrue(new Sanctieregel("g6", RegelSoort.PERCENTAGE, null, 12, false,
                "Pw art. 9 lid 1 onder a; art. 18 lid 2", "b", MaatregelBerekeningTest.CAT2.stappen())
                .arbeidsverplichting());
        assertTrue(Klantgroep.FACILITEREN.zonderArbeidsverplichting());
        assertTrue(Klantgroep.ZORG.zonderArbeidsverplichting());
        assertFalse(Klantgroep.MATCHEN.zonderArbeidsverplichting());
        assertFalse(Klantgroep.GROEIEN.zonderArbeidsverplichting());
    }
}
