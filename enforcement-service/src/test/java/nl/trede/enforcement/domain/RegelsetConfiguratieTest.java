package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.trede.enforcement.domain.RegelsetConfiguratie.Breuk;
import nl.trede.enforcement.domain.RegelsetConfiguratie.Categorie;
import nl.trede.enforcement.domain.RegelsetConfiguratie.Versie;
import nl.trede.platform.time.Geldigheid;
import org.junit.jupiter.api.Test;

/** The rules of a working set of regelset versions, on the versions as they would be after loading one. */
class RegelsetConfiguratieTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    /** Deventer's G8 (Pw art. 18 lid 4 onder a) and the no-show (Pw art. 18 lid 2). */
    private static final Categorie WERKWEIGERING = new Categorie("g8-werkweigering", true);
    private static final Categorie NO_SHOW = new Categorie("no-show", false);

    private static Versie oud(String vanaf, String tot, Categorie... categorieen) {
        return new Versie("version 1", new Geldigheid(LocalDate.parse(vanaf), tot == null ? null : LocalDate.parse(tot)),
                List.of(categorieen), false);
    }

    private static Versie nieuw(String vanaf, String tot, Categorie... categorieen) {
        return new Versie("the new version", new Geldigheid(LocalDate.parse(vanaf),
                tot == null ? null : LocalDate.parse(tot)), List.of(categorieen), true);
    }

    private static List<String> codes(List<Breuk> breuken) {
        return breuken.stream().map(Breuk::code).toList();
    }

    @Test
    void aSuccessorFromTheNextDayWithTheSameCategoriesWorks() {
        assertEquals(List.of(), RegelsetConfiguratie.toets("deventer-maatregelen", List.of(
                oud("2025-01-01", "2026-12-31", WERKWEIGERING, NO_SHOW),
                nieuw("2027-01-01", null, NO_SHOW, WERKWEIGERING, new Categorie("nieuw", false))), VANDAAG, true, true));
    }

    @Test
    void pwArt18Lid2AGedragingIsJudgedByTheVersionOfItsDateSoNoGap() {
        List<Breuk> breuken = RegelsetConfiguratie.toets("testdorp", List.of(oud("2027-01-01", "2027-12-31", NO_SHOW),
                nieuw("2029-01-01", null, NO_SHOW)), VANDAAG, false, false);
        assertEquals(List.of("regelset-gat"), codes(breuken));
        assertTrue(breuken.get(0).detail().contains("from 2028-01-01 to 2028-12-31"));
    }

    @Test
    void theRegelsetInUseIsValidOnEveryDateFromTodayOn() {
        // A successor with an end date: after it no version would judge a gedraging.
        List<Breuk> breuken = RegelsetConfiguratie.toets("deventer-maatregelen", List.of(
                oud("2025-01-01", "2026-12-31", NO_SHOW), nieuw("2027-01-01", "2027-12-31", NO_SHOW)), VANDAAG, true,
                true);
        assertEquals(List.of("regelset-loopt-af"), codes(breuken));
        assertTrue(breuken.get(0).detail().contains("2028-01-01"));
        // The same for a code that is not in use (another gemeente's set, loaded ahead) is fine.
        assertEquals(List.of(), RegelsetConfiguratie.toets("testdorp", List.of(
                oud("2025-01-01", "2026-12-31", NO_SHOW), nieuw("2027-01-01", "2027-12-31", NO_SHOW)), VANDAAG, false,
                false));
    }

    @Test
    void aSuccessorKeepsEveryCategoryOfItsPredecessor() {
        List<Breuk> breuken = RegelsetConfiguratie.toets("deventer-maatregelen", List.of(
                oud("2025-01-01", "2026-12-31", WERKWEIGERING, NO_SHOW), nieuw("2027-01-01", null, NO_SHOW)), VANDAAG,
                true, true);
        assertEquals(List.of("categorie-vervalt"), codes(breuken));
        assertTrue(breuken.get(0).detail().contains("g8-werkweigering"));
        // An older version that is not the predecessor (a gap between them is named as a gap) is not compared.
        assertEquals(List.of("regelset-gat"), codes(RegelsetConfiguratie.toets("testdorp", List.of(
                oud("2025-01-01", "2025-12-31", WERKWEIGERING), nieuw("2027-01-01", null, NO_SHOW)), VANDAAG, false,
                false)));
    }

    @Test
    void deventerPb12FaciliterenAndZorgHaveNoArbeidsverplichtingSoAnotherCategoryIsNeeded() {
        assertEquals(List.of("klantgroep-zonder-categorie"), codes(RegelsetConfiguratie.toets("deventer-maatregelen",
                List.of(nieuw("2025-01-01", null, WERKWEIGERING)), VANDAAG, true, true)));
        // The statutory set of Pw art. 18 lid 4 holds arbeidsverplichtingen only: it is a catalogue, not the set
        // every klant is judged by.
        assertEquals(List.of(), RegelsetConfiguratie.toets("pw-art-18-lid-4",
                List.of(nieuw("2025-01-01", null, WERKWEIGERING)), VANDAAG, true, false));
    }
}
