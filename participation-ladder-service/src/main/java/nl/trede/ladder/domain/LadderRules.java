package nl.trede.ladder.domain;

import java.util.OptionalInt;

/**
 * What a trede number is, as plain Java (unit-tested). Which ladder model version applies on a date is
 * {@link nl.trede.platform.time.Geldigheid#geldigOp}.
 */
public final class LadderRules {

    /** The Participatieladder has six treden, 1 (geïsoleerd) to 6 (betaald werk) (standards-and-law.md §5.2). */
    public static final int LAAGSTE_TREDE = 1;
    public static final int HOOGSTE_TREDE = 6;

    private LadderRules() {
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
