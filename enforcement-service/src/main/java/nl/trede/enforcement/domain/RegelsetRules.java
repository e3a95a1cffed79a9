package nl.trede.enforcement.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Which version of a rule set applies on a date, as plain Java (unit-tested without Quarkus). */
public final class RegelsetRules {

    /** Legal dates are Dutch calendar days (anchors-lessons.md §9 #9: timezone bugs in date-driven code). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * The statutory rule set: Participatiewet art. 18 lid 4-8, the eight arbeidsverplichtingen with their fixed 100%
     * verlaging (standards-and-law.md §4.3). Municipal afstemmingsverordeningen will be rule sets of their own.
     */
    public static final String WETTELIJKE_REGELSET = "pw-art-18-lid-4";

    private RegelsetRules() {
    }

    /** The peildatum when none is given: today in the Netherlands, whatever the server's time zone. */
    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * The one version valid on {@code peildatum} (standards-and-law.md §4.10: "Which verordening version governs:
     * normally the one in force on the date of the gedraging"; §4.12: rules are data with valid_from/valid_to).
     * Empty when none is valid. Two versions valid on the same day is a data error, never resolved by guessing.
     *
     * @throws IllegalStateException when more than one version is valid on {@code peildatum}
     */
    public static <T> Optional<T> geldigOp(Collection<T> versies, Function<T, Geldigheid> geldigheid,
                                           LocalDate peildatum) {
        List<T> geldig = versies.stream().filter(v -> geldigheid.apply(v).omvat(peildatum)).toList();
        if (geldig.size() > 1) {
            throw new IllegalStateException(geldig.size() + " versions are valid on " + peildatum
                    + "; the validity periods of one rule set must not overlap");
        }
        return geldig.stream().findFirst();
    }
}
