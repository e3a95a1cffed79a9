package nl.trede.platform.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An independent oracle for date expectations in tests: the days that are no working day under the Algemene
 * termijnenwet (art. 3 lid 1: Nieuwjaarsdag, tweede Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag,
 * Koningsdag, 5 mei; art. 3 lid 2: Goede Vrijdag), written out per year as published (rijksoverheid.nl, "Welke
 * feestdagen zijn officieel in Nederland?", and the Easter dates of the Gregorian calendar). It deliberately computes
 * nothing the way production code does (no Easter computus): a test that compares a service's deadline with a date
 * from here checks the service against a second, separately written source.
 *
 * <p>Years outside the table fail loudly; extend the table rather than falling back to production code.
 */
public final class TestKalender {

    private static final Map<Integer, Set<LocalDate>> VRIJE_DAGEN = Stream.of(
            // year: Nieuwjaar, Goede Vrijdag, 2e Paasdag, Koningsdag, 5 mei, Hemelvaart, 2e Pinksterdag, Kerst, 2e Kerst
            "2024-01-01 2024-03-29 2024-04-01 2024-04-27 2024-05-05 2024-05-09 2024-05-20 2024-12-25 2024-12-26",
            "2025-01-01 2025-04-18 2025-04-21 2025-04-26 2025-05-05 2025-05-29 2025-06-09 2025-12-25 2025-12-26",
            "2026-01-01 2026-04-03 2026-04-06 2026-04-27 2026-05-05 2026-05-14 2026-05-25 2026-12-25 2026-12-26",
            "2027-01-01 2027-03-26 2027-03-29 2027-04-27 2027-05-05 2027-05-06 2027-05-17 2027-12-25 2027-12-26",
            "2028-01-01 2028-04-14 2028-04-17 2028-04-27 2028-05-05 2028-05-25 2028-06-05 2028-12-25 2028-12-26",
            "2029-01-01 2029-03-30 2029-04-02 2029-04-27 2029-05-05 2029-05-10 2029-05-21 2029-12-25 2029-12-26",
            "2030-01-01 2030-04-19 2030-04-22 2030-04-27 2030-05-05 2030-05-30 2030-06-10 2030-12-25 2030-12-26",
            "2031-01-01 2031-04-11 2031-04-14 2031-04-26 2031-05-05 2031-05-22 2031-06-02 2031-12-25 2031-12-26",
            "2032-01-01 2032-03-26 2032-03-29 2032-04-27 2032-05-05 2032-05-06 2032-05-17 2032-12-25 2032-12-26")
            .map(regel -> Stream.of(regel.split(" ")).map(LocalDate::parse).collect(Collectors.toUnmodifiableSet()))
            .collect(Collectors.toUnmodifiableMap(dagen -> dagen.iterator().next().getYear(), dagen -> dagen));

    private TestKalender() {
    }

    /** The Atw feestdagen (and Goede Vrijdag) of {@code jaar}, weekend days included. */
    public static Set<LocalDate> feestdagen(int jaar) {
        Set<LocalDate> dagen = VRIJE_DAGEN.get(jaar);
        if (dagen == null) {
            throw new IllegalStateException("TestKalender has no feestdagen for " + jaar
                    + "; add the year's published dates to the table");
        }
        return dagen;
    }

    /** Not a Saturday, Sunday, feestdag or Goede Vrijdag. */
    public static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                && !feestdagen(dag.getYear()).contains(dag);
    }

    /** The {@code n}-th working day after {@code dag}; the day itself never counts ("binnen n werkdagen"). */
    public static LocalDate plusWerkdagen(LocalDate dag, int n) {
        LocalDate d = dag;
        for (int geteld = 0; geteld < n; ) {
            d = d.plusDays(1);
            if (isWerkdag(d)) {
                geteld++;
            }
        }
        return d;
    }

    /**
     * Atw art. 1 lid 1: a statutory term whose last day is a Saturday, Sunday or feestdag runs on to the next day
     * that is none of these.
     */
    public static LocalDate atwEinde(LocalDate laatsteDag) {
        LocalDate d = laatsteDag;
        while (!isWerkdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
