package nl.trede.ladder.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period in which a version of reference data (a ladder model) applies: {@code vanaf} and {@code tot} are both
 * inclusive ("van ... t/m ...", the same convention as the regelsets of enforcement); {@code tot == null} means
 * until further notice.
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
}
