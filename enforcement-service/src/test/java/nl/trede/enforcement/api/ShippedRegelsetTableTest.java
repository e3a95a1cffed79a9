package nl.trede.enforcement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.trede.enforcement.domain.MaatregelBerekening;
import nl.trede.enforcement.domain.MaatregelBerekening.AfzienReden;
import nl.trede.enforcement.domain.MaatregelBerekening.Beoordeling;
import nl.trede.enforcement.domain.MaatregelBerekening.Gedraging;
import nl.trede.enforcement.domain.MaatregelBerekening.Uitkomst;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorgaand;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorstel;
import nl.trede.enforcement.domain.RegelsetRegels;
import nl.trede.enforcement.domain.RegelsetService;
import nl.trede.enforcement.domain.Sanctieregel;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every row of the shipped Deventer regelset (Flyway V2), as stored, against hand-computed expectations from its
 * source: category × first / recidive (each step, and the repeat of the last) × afzien (Pw art. 18 lid 9 and 10) ×
 * waarschuwing. Besluit 10-03-2026, so a verlaging starts 01-04-2026; norm € 1,401.53; a recidive gedraging on
 * 20-02-2026 after an earlier besluit on 01-06-2025 (inside the 12 months).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ShippedRegelsetTableTest {

    static final LocalDate BESLUIT = LocalDate.of(2026, 3, 10);
    static final LocalDate GEDRAGING = LocalDate.of(2026, 2, 20);
    static final LocalDate EERDER = LocalDate.of(2025, 6, 1);
    static final BigDecimal NORM = new BigDecimal("1401.53");
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    /** step → {percentage, months} (months 0 = fixed € amount); the last step repeats. */
    record Rij(String categorie, String artikel, String groep, boolean waarschuwing, int[][] stappen, String bronDeel) {
    }

    static final int[][] CAT2 = {{30, 1}, {30, 2}};
    static final int[][] LID4 = {{100, 1}, {100, 2}, {100, 3}, {100, 3}};

    static final List<Rij> RIJEN = List.of(
            new Rij("g1-plan-van-aanpak", "Pw art. 9 lid 1 onder b, art. 44a; art. 18 lid 2", "g1-plan-van-aanpak", true,
                    CAT2, "G1"),
            new Rij("g2-niet-verschijnen", "Pw art. 9 lid 1 onder b; art. 18 lid 2", "g2-niet-verschijnen", true, CAT2,
                    "G2"),
            new Rij("g3-workshops-routekaart", "Pw art. 18 lid 4 onder h", "pw-art-18-lid-4", false, LID4, "G3"),
            new Rij("g4-traject-werken-aan-de-toekomst", "Pw art. 18 lid 4 onder h", "pw-art-18-lid-4", false, LID4,
                    "G4"),
            new Rij("g5-traject-niet-volgen", "Pw art. 18 lid 4 onder h", "pw-art-18-lid-4", false, LID4, "G5"),
            new Rij("g6-onvoldoende-solliciteren", "Pw art. 9 lid 1 onder a; art. 18 lid 2",
                    "g6-onvoldoende-solliciteren", false, new int[][] {{100, 1}, {100, 2}, {100, 3}}, "G6"),
            new Rij("g7-proefplaatsing", "Pw art. 18 lid 4 onder f", "pw-art-18-lid-4", false, LID4, "G7"),
            new Rij("g8-werkweigering", "Pw art. 18 lid 4 onder a", "pw-art-18-lid-4", false, LID4, "G8"),
            new Rij("g9-belemmering-sollicitatie", "Pw art. 18 lid 4 onder g", "pw-art-18-lid-4", false, LID4, "G9"),
            new Rij("g10-taallessen", "Pw art. 18 lid 4 onder f", "pw-art-18-lid-4", false, LID4, "G10"),
            new Rij("g11-overige-verplichtingen", "Pw art. 55; art. 18 lid 2", "g11-overige-verplichtingen", true, CAT2,
                    "G11"),
            new Rij("g12-zeer-ernstige-misdraging", "Pw art. 9 lid 6; art. 18 lid 2", "g12-zeer-ernstige-misdraging",
                    false, new int[][] {{50, 1}, {50, 2}}, "G12"),
            new Rij("no-show", "Pw art. 18 lid 2; productenboek ch. 8 lik-op-stuk", "no-show", false,
                    new int[][] {{50, 0}, {30, 1}, {30, 2}}, "D4.3"));

    @Inject
    RegelsetService service;

    Map<String, Sanctieregel> regels() {
        return service.regels(RegelsetRegels.DEVENTER_REGELSET, GEDRAGING).perCategorie();
    }

    @Test
    void everyShippedCategoryHasAnExpectation() {
        TreeSet<String> verwacht = new TreeSet<>(RIJEN.stream().map(Rij::categorie).toList());
        verwacht.add("taaleis-bereidverklaring");
        verwacht.add("taaleis-voortijdig-stoppen");
        assertEquals(verwacht, new TreeSet<>(regels().keySet()));
    }

    @Test
    void everyRowFirstAndEachRecidiveStep() {
        Map<String, Sanctieregel> regels = regels();
        List<String> fouten = new ArrayList<>();
        for (Rij rij : RIJEN) {
            Sanctieregel regel = regels.get(rij.categorie());
            assertEquals(rij.artikel(), regel.artikel(), rij.categorie());
            assertEquals(rij.groep(), regel.groep(), rij.categorie());
            assertEquals(12, regel.recidiveTermijnMaanden(), rij.categorie());
            assertTrue(regel.bron().contains(rij.bronDeel()), rij.categorie() + " names its source row");
            regel.stappen().forEach(s -> assertFalse(s.bron().isBlank(), rij.categorie() + " step source"));
            // step 1 (first breach) up to one beyond the last step (the last repeats)
            for (int n = 1; n <= rij.stappen().length + 1; n++) {
                int[] verwacht = rij.stappen()[Math.min(n, rij.stappen().length) - 1];
                List<Voorgaand> voorgaand = n == 1 ? List.of()
                        : List.of(new Voorgaand(rij.groep(), n - 1, EERDER, false));
                Voorstel v = MaatregelBerekening.bereken(regels, List.of(new Gedraging(rij.categorie(), GEDRAGING)),
                        voorgaand, Beoordeling.zonderBezwaren(), BESLUIT, NORM);
                String wat = rij.categorie() + " step " + n;
                check(fouten, wat + " uitkomst", Uitkomst.OPLEGGEN, v.uitkomst());
                check(fouten, wat + " recidive", n > 1, v.recidive());
                check(fouten, wat + " ingang", APRIL, v.ingangsdatum());
                if (verwacht[1] == 0) {
                    check(fouten, wat + " fixed amount", new BigDecimal("50.00"), v.bedragEenmalig());
                    check(fouten, wat + " eind", LocalDate.of(2026, 4, 30), v.einddatum());
                } else {
                    check(fouten, wat + " percentage", verwacht[0], v.percentage());
                    check(fouten, wat + " duur", verwacht[1], v.duurMaanden());
                    check(fouten, wat + " eind", APRIL.plusMonths(verwacht[1]).minusDays(1), v.einddatum());
                    check(fouten, wat + " bedrag", MaatregelBerekening.bedrag(NORM, verwacht[0]),
                            v.perioden().get(0).bedragPerMaand());
                }
            }
            // afzien: Pw art. 18 lid 9 and lid 10, always allowed, always with a reason
            Voorstel geen = MaatregelBerekening.bereken(regels, List.of(new Gedraging(rij.categorie(), GEDRAGING)),
                    List.of(), new Beoordeling(false, "opgenomen in ziekenhuis", null, false), BESLUIT, NORM);
            check(fouten, rij.categorie() + " lid 9", AfzienReden.GEEN_VERWIJTBAARHEID, geen.afzienReden());
            Voorstel dringend = MaatregelBerekening.bereken(regels, List.of(new Gedraging(rij.categorie(), GEDRAGING)),
                    List.of(), new Beoordeling(true, null, "huisuitzetting dreigt", false), BESLUIT, NORM);
            check(fouten, rij.categorie() + " lid 10", AfzienReden.DRINGENDE_REDENEN, dringend.afzienReden());
            // waarschuwing only where the row allows it
            try {
                Voorstel w = MaatregelBerekening.bereken(regels, List.of(new Gedraging(rij.categorie(), GEDRAGING)),
                        List.of(), new Beoordeling(true, null, null, true), BESLUIT, NORM);
                check(fouten, rij.categorie() + " waarschuwing", rij.waarschuwing(), w.uitkomst() == Uitkomst.WAARSCHUWING);
            } catch (IllegalArgumentException e) {
                check(fouten, rij.categorie() + " waarschuwing refused", false, rij.waarschuwing());
            }
        }
        assertEquals(List.of(), fouten);
    }

    /** sources D4.4 samenloop over the shipped rows: G2 (30%) + G8 (100%) + no-show (€ 50) → G8 alone. */
    @Test
    void samenloopOfShippedRows() {
        Voorstel v = MaatregelBerekening.bereken(regels(), List.of(new Gedraging("g2-niet-verschijnen", GEDRAGING),
                new Gedraging("g8-werkweigering", GEDRAGING), new Gedraging("no-show", GEDRAGING)), List.of(),
                Beoordeling.zonderBezwaren(), BESLUIT, NORM);
        assertEquals("g8-werkweigering", v.categorie());
        assertEquals(100, v.percentage());
        assertEquals(List.of("g2-niet-verschijnen", "g8-werkweigering", "no-show"), v.samenloop());
    }

    /**
     * sources D4.4 samenloop for every row: each row together with G2 (30% for 1 month) → the higher of the two by
     * percentage × months (the € 50 no-show = 3.57% of the norm of € 1,401.53), a tie to the row named first.
     */
    @Test
    void everyRowInSamenloopWithG2() {
        Map<String, Sanctieregel> regels = regels();
        List<String> fouten = new ArrayList<>();
        for (Rij rij : RIJEN) {
            int[] eerste = rij.stappen()[0];
            double gewicht = eerste[1] == 0 ? 50.0 / 1401.53 * 100 : eerste[0] * eerste[1];
            String verwacht = gewicht >= 30 ? rij.categorie() : "g2-niet-verschijnen";
            Voorstel v = MaatregelBerekening.bereken(regels, List.of(new Gedraging(rij.categorie(), GEDRAGING),
                    new Gedraging("g2-niet-verschijnen", GEDRAGING)), List.of(), Beoordeling.zonderBezwaren(), BESLUIT,
                    NORM);
            check(fouten, rij.categorie() + " + g2", verwacht, v.categorie());
            check(fouten, rij.categorie() + " + g2 one verlaging", 1, v.perioden().size());
        }
        assertEquals(List.of(), fouten);
    }

    /** sources D4.7: the taaleis rows. */
    @Test
    void taaleisRows() {
        Voorstel v = MaatregelBerekening.bereken(regels(), List.of(new Gedraging("taaleis-bereidverklaring",
                LocalDate.of(2026, 1, 15))), List.of(), Beoordeling.zonderBezwaren(), BESLUIT, NORM);
        assertEquals(List.of(20, 40, 100), v.perioden().stream().map(MaatregelBerekening.Periode::percentage).toList());
        assertEquals(LocalDate.of(2026, 7, 14), v.perioden().get(0).eind());
        assertEquals(LocalDate.of(2027, 1, 14), v.perioden().get(1).eind());
        assertEquals(null, v.perioden().get(2).eind());
        Voorstel stop = MaatregelBerekening.bereken(regels(), List.of(new Gedraging("taaleis-voortijdig-stoppen",
                LocalDate.of(2026, 3, 1), LocalDate.of(2025, 3, 1))), List.of(), Beoordeling.zonderBezwaren(), BESLUIT,
                NORM);
        assertEquals(100, stop.percentage());
        assertEquals(NORM, stop.bedragEenmalig());
        Voorstel half = MaatregelBerekening.bereken(regels(), List.of(new Gedraging("taaleis-voortijdig-stoppen",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 3, 1))), List.of(), Beoordeling.zonderBezwaren(), BESLUIT,
                NORM);
        assertEquals(40, half.percentage());
        assertEquals(new BigDecimal("560.61"), half.bedragEenmalig());
    }

    private static void check(List<String> fouten, String wat, Object verwacht, Object werkelijk) {
        if (!java.util.Objects.equals(verwacht, werkelijk)) {
            fouten.add(wat + ": expected " + verwacht + " but was " + werkelijk);
        }
    }
}
