package nl.trede.ladder.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Which ladder model version applies on a date, and what a trede number is, as plain Java (unit-tested). */
public final class LadderRules {

    /** Dates are Dutch calendar days (anchors-lessons.md §9 #9: timezone bugs in date-driven code). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The Participatieladder has six treden, 1 (geïsoleerd) to 6 (betaald werk) (standards-and-law.md §5.2). */
    public static final int LAAGSTE_TREDE = 1;
    public static final int HOOGSTE_TREDE = 6;

    private LadderRules() {
    }

    /** Today in the Netherlands, whatever the server's time zone. */
    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * The one version of a ladder model valid on {@code peildatum}; empty when none is. Two versions valid on the
     * same day is a data error, never resolved by guessing: a meting must name exactly one scheme version
     * (seed-003-heemskerk.md §2.3, standards-and-law.md §5.4 "keep schemes separate").
     *
     * @throws IllegalStateException when more than one version is valid on {@code peildatum}
     */
    public static <T> Optional<T> geldigOp(Collection<T> versies, Function<T, Geldigheid> geldigheid,
                                           LocalDate peildatum) {
        List<T> geldig = versies.stream().filter(v -> geldigheid.apply(v).omvat(peildatum)).toList();
        if (geldig.size() > 1) {
            throw new IllegalStateException(geldig.size() + " versions are valid on " + peildatum
                    + "; the validity periods of one ladder model must not overlap");
        }
        return geldig.stream().findFirst();
    }

    /**
     * A trede number as written in a path: a whole number (empty when it is not one). Whether that trede exists is
     * a separate question (a number outside 1..6 is simply not found).
     */
    public static OptionalInt parseNummer(String value) {
        if (value == null || value.isEmpty() || value.length() > 9) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** True for the numbers a trede of the Participatieladder can have. */
    public static boolean isTredeNummer(int nummer) {
        return nummer >= LAAGSTE_TREDE && nummer <= HOOGSTE_TREDE;
    }
}
