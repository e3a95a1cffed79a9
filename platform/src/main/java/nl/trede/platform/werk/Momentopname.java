package nl.trede.platform.werk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot of a klant's open work as published (docs/contracts/werkitems.md), by one rule: a watched term
 * ({@link Werkitem#BEWAKEN}) is open up to and including its last day, so it is left out once its vervaldatum has
 * passed, and the snapshot must be published again on the day after the earliest watched term ends ({@link
 * #verversOp}); open work ({@link Werkitem#OPEN}) stays in the snapshot until it is done, overdue or not. Items are
 * ordered by vervaldatum and id, so equal work gives equal snapshots.
 *
 * @param werkitems the items to publish
 * @param verversOp the day the snapshot changes by itself (a watched term ends the day before), or null
 */
public record Momentopname(List<Werkitem> werkitems, LocalDate verversOp) {

    public static Momentopname van(List<Werkitem> open, LocalDate vandaag) {
        List<Werkitem> items = open.stream()
                .filter(w -> !w.wordtBewaakt() || !w.vervaldatum().isBefore(vandaag))
                .sorted(Comparator.comparing(Werkitem::vervaldatum).thenComparing(Werkitem::id))
                .toList();
        Optional<LocalDate> eersteEinde = items.stream().filter(Werkitem::wordtBewaakt).map(Werkitem::vervaldatum)
                .min(Comparator.naturalOrder());
        return new Momentopname(items, eersteEinde.map(d -> d.plusDays(1)).orElse(null));
    }
}
