package nl.trede.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Coverage of versioned reference data: a version applies "geldend van ... t/m ..." (both days included, as
 * wetten.overheid.nl shows a consolidation), so a successor that starts the day after its predecessor ends leaves no
 * day without a version.
 */
class GeldigheidTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Geldigheid g(String vanaf, String tot) {
        return new Geldigheid(d(vanaf), tot == null ? null : d(tot));
    }

    @Test
    void successiveVersionsLeaveNoGap() {
        List<Geldigheid> keten = List.of(g("2027-01-01", null), g("2025-01-01", "2026-12-31"));
        assertEquals(List.of(), Geldigheid.gaten(keten));
        assertEquals(Optional.empty(), Geldigheid.eersteOngedekteDag(keten, d("2025-06-01")));
        // Before the first version nothing applies.
        assertEquals(Optional.of(d("2024-12-31")), Geldigheid.eersteOngedekteDag(keten, d("2024-12-31")));
    }

    @Test
    void aGapBetweenVersionsIsFound() {
        List<Geldigheid> metGat = List.of(g("2025-01-01", "2026-12-31"), g("2027-02-01", null));
        assertEquals(List.of(g("2027-01-01", "2027-01-31")), Geldigheid.gaten(metGat));
        assertEquals(Optional.of(d("2027-01-01")), Geldigheid.eersteOngedekteDag(metGat, d("2026-03-01")));
        assertEquals(Optional.empty(), Geldigheid.eersteOngedekteDag(metGat, d("2027-02-01")));
    }

    @Test
    void anEndedLastVersionLeavesTheDaysAfterItUncovered() {
        List<Geldigheid> beeindigd = List.of(g("2020-01-01", "2026-12-31"));
        assertEquals(List.of(), Geldigheid.gaten(beeindigd));
        assertEquals(Optional.of(d("2027-01-01")), Geldigheid.eersteOngedekteDag(beeindigd, d("2026-06-01")));
        assertEquals(Optional.of(d("2028-01-01")), Geldigheid.eersteOngedekteDag(beeindigd, d("2028-01-01")));
        assertEquals(Optional.of(d("2026-06-01")), Geldigheid.eersteOngedekteDag(List.of(), d("2026-06-01")));
    }

    @Test
    void severalGapsOldestFirst() {
        List<Geldigheid> versies = List.of(g("2030-01-01", null), g("2020-01-01", "2020-12-31"),
                g("2022-01-01", "2025-12-31"));
        assertEquals(List.of(g("2021-01-01", "2021-12-31"), g("2026-01-01", "2029-12-31")),
                Geldigheid.gaten(versies));
    }
}
