package nl.trede.platform.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    /**
     * The periods no version covers between the start of the earliest version and the end of the latest one, oldest
     * first: the days on which a versioned set that is in use before and after has no version at all.
     */
    public static List<Geldigheid> gaten(Collection<Geldigheid> versies) {
        List<Geldigheid> gesorteerd = versies.stream().sorted(Comparator.comparing(Geldigheid::vanaf)).toList();
        List<Geldigheid> gaten = new ArrayList<>();
        LocalDate gedektTot = null;
        boolean eerste = true;
        for (Geldigheid v : gesorteerd) {
            if (!eerste && gedektTot == null) {
                break; // an open-ended version covers every later day
            }
            if (!eerste && v.vanaf.isAfter(gedektTot.plusDays(1))) {
                gaten.add(new Geldigheid(gedektTot.plusDays(1), v.vanaf.minusDays(1)));
            }
            gedektTot = eerste || v.tot == null ? v.tot : (v.tot.isAfter(gedektTot) ? v.tot : gedektTot);
            eerste = false;
        }
        return gaten;
    }

    /**
     * The first day on or after {@code datum} on which no version applies; empty when a version applies on every day
     * from {@code datum} on (the versions reach it without a gap and the last one is open-ended).
     */
    public static Optional<LocalDate> eersteOngedekteDag(Collection<Geldigheid> versies, LocalDate datum) {
        LocalDate dag = datum;
        for (Geldigheid v : versies.stream().sorted(Comparator.comparing(Geldigheid::vanaf)).toList()) {
            if (v.vanaf.isAfter(dag)) {
                break;
            }
            if (v.tot == null) {
                return Optional.empty();
            }
            if (!v.tot.isBefore(dag)) {
                dag = v.tot.plusDays(1);
            }
        }
        return Optional.of(dag);
    }
}
