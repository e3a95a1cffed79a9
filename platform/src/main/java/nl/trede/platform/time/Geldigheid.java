package nl.trede.platform.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The period in which a version of dated reference data applies (a regelset, a ladder model, a voorzieningen
 * catalogue): {@code vanaf} and {@code tot} are both inclusive, as wetten.overheid.nl shows a consolidation
 * ("geldend van ... t/m ..."); {@code tot == null} means until further notice (docs/architecture.md#enforcement: the
 * verordening is data with validity dates, not code; docs/design-choices.md#conventions: validity-dated configuration).
 */
public record Geldigheid(LocalDate vanaf, LocalDate tot) {

    public Geldigheid {
        Objects.requireNonNull(vanaf, "vanaf");
        if (tot != null && tot.isBefore(vanaf)) {
            throw new IllegalArgumentException("tot " + tot + " lies before vanaf " + vanaf);
        }
    }

    /** True when {@code peildatum} lies in the period, both ends included. */
    public boolean omvat(LocalDate peildatum) {
        return !peildatum.isBefore(vanaf) && (tot == null || !peildatum.isAfter(tot));
    }

    /** True when the two periods share at least one day. */
    public boolean overlaptMet(Geldigheid other) {
        boolean thisEndsBefore = tot != null && tot.isBefore(other.vanaf);
        boolean otherEndsBefore = other.tot != null && other.tot.isBefore(vanaf);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /**
     * The one version valid on {@code peildatum} (sources L4.10: the version in force on the date of
     * the gedraging governs; sources L5.4: keep ladder schemes and versions separate). Empty when none is valid. Two
     * versions valid on the same day is a data error, never resolved by guessing.
     *
     * @throws IllegalStateException when more than one version is valid on {@code peildatum}
     */
    public static <T> Optional<T> geldigOp(Collection<T> versies, Function<T, Geldigheid> geldigheid,
                                           LocalDate peildatum) {
        List<T> geldig = versies.stream().filter(v -> geldigheid.apply(v).omvat(peildatum)).toList();
        if (geldig.size() > 1) {
            throw new IllegalStateException(geldig.size() + " versions are valid on " + peildatum
                    + "; the validity periods of one versioned set must not overlap");
        }
        return geldig.stream().findFirst();
    }
}
