package nl.trede.ladder.domain;

/**
 * Small-cell suppression of aggregated reports (requirement "aggregated, no personal data, small cells suppressed"; the
 * beleidsmedewerker role sees aggregates only, README.md#tokens-and-roles). The rule is [D] standard
 * statistical disclosure control, with a configurable minimum:
 * <ol>
 *   <li>primary: a count of 1 up to {@code minimum - 1} is not shown (0 is shown: it reveals nobody);</li>
 *   <li>secondary: when exactly one cell of a group whose sum is published is suppressed, it could be recomputed
 *       from the sum, so the smallest other cell of the group is suppressed as well.</li>
 * </ol>
 */
public final class Onderdrukking {

    private Onderdrukking() {
    }

    /** True for a count the primary rule hides. */
    public static boolean klein(long aantal, int minimum) {
        return aantal > 0 && aantal < minimum;
    }

    /** Which cells of one group (whose sum is published) to suppress. */
    public static boolean[] onderdruk(long[] groep, int minimum) {
        boolean[] weg = new boolean[groep.length];
        int aantalWeg = 0;
        for (int i = 0; i < groep.length; i++) {
            if (klein(groep[i], minimum)) {
                weg[i] = true;
                aantalWeg++;
            }
        }
        if (aantalWeg == 1 && groep.length > 1) {
            int kleinste = -1;
            for (int i = 0; i < groep.length; i++) {
                if (!weg[i] && (kleinste < 0 || rangOnderdrukking(groep[i]) < rangOnderdrukking(groep[kleinste]))) {
                    kleinste = i;
                }
            }
            weg[kleinste] = true;
        }
        return weg;
    }

    /** The smallest non-zero cell first; zeros only when there is no other cell. */
    private static long rangOnderdrukking(long aantal) {
        return aantal == 0 ? Long.MAX_VALUE : aantal;
    }
}
