package nl.trede.ladder.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A place on one ladder model: a trede and, in a municipal model, optionally one of its sub-treden. Positions are
 * ordered by closeness to work: 1 &lt; 2 &lt; 2.1 &lt; ... &lt; 2.6 &lt; 3 ... &lt; 6 (sources H2.4 "Ordering":
 * "the numbers express rising closeness to work"; a trede measured without sub-trede sorts below its sub-treden).
 *
 * @param trede    1..6
 * @param subTrede {@code <trede>.<n>} or null
 */
public record Positie(int trede, String subTrede) implements Comparable<Positie> {

    private static final Comparator<Positie> ORDER =
            Comparator.comparingInt(Positie::trede).thenComparingInt(Positie::subRang);

    public Positie {
        if (!LadderRegels.isTredeNummer(trede)) {
            throw new IllegalArgumentException("trede " + trede + " is not 1..6");
        }
        if (subTrede != null && LadderRegels.subTredeFout(trede, subTrede).isPresent()) {
            throw new IllegalArgumentException("sub-trede " + subTrede + " does not belong to trede " + trede);
        }
    }

    public static Positie van(int trede) {
        return new Positie(trede, null);
    }

    /** 0 without sub-trede, else the n of {@code <trede>.<n>}. */
    public int subRang() {
        return subTrede == null ? 0 : LadderRegels.subTredeRang(subTrede);
    }

    /** The same position without its sub-trede (for reports at trede level). */
    public Positie alleenTrede() {
        return subTrede == null ? this : van(trede);
    }

    @Override
    public int compareTo(Positie other) {
        return ORDER.compare(this, other);
    }

    /** "2.4" or "3". */
    @Override
    public String toString() {
        return subTrede == null ? Integer.toString(trede) : subTrede;
    }

    /**
     * A klant active on several sub-treden is placed on the highest: "als een cliënt op meerdere sub-treden staat,
     * dat hij of zij in het systeem op de hoogste trede geplaatst wordt" (sources H2.5, thesis
     * §4.2.2, §5.1.1, B1 Inleiding).
     */
    public static Optional<Positie> hoogste(Collection<Positie> actief) {
        return actief.stream().filter(Objects::nonNull).max(ORDER);
    }
}
