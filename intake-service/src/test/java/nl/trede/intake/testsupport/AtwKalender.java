package nl.trede.intake.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;

/**
 * An independent working-day rule for test expectations, written apart from the production calendar: a day is a
 * working day unless it is a Saturday, a Sunday or an algemeen erkende feestdag of the Algemene termijnenwet art. 3
 * (Nieuwjaarsdag, Goede Vrijdag (lid 2), tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag, both
 * Kerstdagen). Easter Sundays are a table, not a computation; a year outside it fails the test loudly.
 */
public final class AtwKalender {

    private static final Map<Integer, LocalDate> PASEN = Map.ofEntries(
            Map.entry(2025, LocalDate.of(2025, 4, 20)), Map.entry(2026, LocalDate.of(2026, 4, 5)),
            Map.entry(2027, LocalDate.of(2027, 3, 28)), Map.entry(2028, LocalDate.of(2028, 4, 16)),
            Map.entry(2029, LocalDate.of(2029, 4, 1)), Map.entry(2030, LocalDate.of(2030, 4, 21)),
            Map.entry(2031, LocalDate.of(2031, 4, 13)), Map.entry(2032, LocalDate.of(2032, 3, 28)),
            Map.entry(2033, LocalDate.of(2033, 4, 17)), Map.entry(2034, LocalDate.of(2034, 4, 9)),
            Map.entry(2035, LocalDate.of(2035, 3, 25)));

    private AtwKalender() {
    }

    public static boolean isWerkdag(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalDate pasen = PASEN.get(d.getYear());
        if (pasen == null) {
            throw new IllegalStateException("no Easter date in the test table for " + d.getYear());
        }
        LocalDate koningsdag = LocalDate.of(d.getYear(), Month.APRIL, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        Set<LocalDate> feestdagen = Set.of(LocalDate.of(d.getYear(), 1, 1), pasen.minusDays(2), pasen.plusDays(1),
                koningsdag, LocalDate.of(d.getYear(), 5, 5), pasen.plusDays(39), pasen.plusDays(50),
                LocalDate.of(d.getYear(), 12, 25), LocalDate.of(d.getYear(), 12, 26));
        return !feestdagen.contains(d);
    }

    /** "Within n working days": count n working days after {@code start} (the start day itself never counts). */
    public static LocalDate plusWerkdagen(LocalDate start, int n) {
        LocalDate d = start;
        int geteld = 0;
        while (geteld < n) {
            d = d.plusDays(1);
            if (isWerkdag(d)) {
                geteld++;
            }
        }
        return d;
    }

    /** Atw art. 1: a term that ends on a Saturday, Sunday or feestdag runs on to the next working day. */
    public static LocalDate termijnEinde(LocalDate laatsteDag) {
        LocalDate d = laatsteDag;
        while (!isWerkdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
