package nl.trede.worklist.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.trede.platform.api.Coded;

/**
 * The due window of a piece of work on a Dutch calendar day ({@code vandaag}, from the service clock): overdue, due
 * today, due later this week, later. The four windows are disjoint, so a dashboard's counts add up: {@code deze-week}
 * is from tomorrow up to and including Sunday; the week runs Monday to Sunday as in the Netherlands (ISO 8601 weeks,
 * NEN-ISO 8601: https://www.nen.nl/nen-iso-8601-1-2019-en-258216). On a Sunday {@code deze-week} is empty.
 */
public enum Venster implements Coded {
    VERLOPEN("verlopen"), VANDAAG("vandaag"), DEZE_WEEK("deze-week"), LATER("later");

    private final String code;

    Venster(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The window a vervaldatum falls in on {@code vandaag}. */
    public static Venster van(LocalDate vervaldatum, LocalDate vandaag) {
        if (vervaldatum.isBefore(vandaag)) {
            return VERLOPEN;
        }
        if (vervaldatum.isEqual(vandaag)) {
            return VANDAAG;
        }
        return vervaldatum.isAfter(zondag(vandaag)) ? LATER : DEZE_WEEK;
    }

    /** The first and last vervaldatum of this window on {@code vandaag}; null: unbounded on that side. */
    public Bereik bereik(LocalDate vandaag) {
        return switch (this) {
            case VERLOPEN -> new Bereik(null, vandaag.minusDays(1));
            case VANDAAG -> new Bereik(vandaag, vandaag);
            case DEZE_WEEK -> new Bereik(vandaag.plusDays(1), zondag(vandaag));
            case LATER -> new Bereik(zondag(vandaag).plusDays(1), null);
        };
    }

    /** The Sunday that ends the week of {@code dag} (the day itself on a Sunday). */
    static LocalDate zondag(LocalDate dag) {
        return dag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** Inclusive bounds; {@code van} after {@code tot} is an empty range (Sunday's deze-week). */
    public record Bereik(LocalDate van, LocalDate tot) {
        public boolean bevat(LocalDate dag) {
            return (van == null || !dag.isBefore(van)) && (tot == null || !dag.isAfter(tot));
        }
    }
}
