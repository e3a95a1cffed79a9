package nl.trede.ladder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.trede.platform.time.Geldigheid;
import org.junit.jupiter.api.Test;

/** The rules of a working set of ladder model versions, on the versions as they would be after a change. */
class ModelConfiguratieTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    private static Geldigheid g(String vanaf, String tot) {
        return new Geldigheid(LocalDate.parse(vanaf), tot == null ? null : LocalDate.parse(tot));
    }

    private static List<String> codes(List<ModelConfiguratie.Breuk> breuken) {
        return breuken.stream().map(ModelConfiguratie.Breuk::code).toList();
    }

    @Test
    void aSuccessorFromTheNextDayWorks() {
        assertEquals(List.of(), ModelConfiguratie.toets("divosa", List.of(g("2008-01-01", "2026-12-31"),
                g("2027-01-01", null)), VANDAAG, true));
    }

    @Test
    void aMetingIsScoredOnTheVersionOfItsDateSoNoGap() {
        List<ModelConfiguratie.Breuk> breuken = ModelConfiguratie.toets("heemskerk", List.of(
                g("2018-02-19", "2025-06-30"), g("2026-01-01", null)), VANDAAG, false);
        assertEquals(List.of("geldigheid-gat"), codes(breuken));
        assertTrue(breuken.get(0).detail().contains("from 2025-07-01 to 2025-12-31"));
    }

    @Test
    void theDefaultModelIsInForceOnEveryDateFromTodayOn() {
        // Ending its only version in force, also on a later day.
        assertEquals(List.of("standaardmodel-loopt-af"), codes(ModelConfiguratie.toets("divosa",
                List.of(g("2008-01-01", "2030-12-31")), VANDAAG, true)));
        // Another model may be retired.
        assertEquals(List.of(), ModelConfiguratie.toets("heemskerk", List.of(g("2018-02-19", "2026-12-31")), VANDAAG,
                false));
    }
}
