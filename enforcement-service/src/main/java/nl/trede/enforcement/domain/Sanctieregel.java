package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One gedragingscategorie of a regelset as plain data, as the calculation uses it ({@link MaatregelBerekening}).
 *
 * @param categorie              the category code
 * @param soort                  the rule type
 * @param recidivegroep          categories of one group count for each other's recidive (Pw art. 18 lid 6-8 count
 *                               any lid-4 breach, sources L4.3); null: the category alone
 * @param recidiveTermijnMaanden a new gedraging within this many months after the previous maatregel of the group
 *                               takes the next step
 * @param waarschuwingToegestaan a first breach may get a waarschuwing instead of a maatregel
 * @param stappen                step 1 = first breach, step n = the n-th within the term; the last step repeats
 */
public record Sanctieregel(String categorie, RegelSoort soort, String recidivegroep, int recidiveTermijnMaanden,
                           boolean waarschuwingToegestaan, String artikel, String bron, List<Stap> stappen) {

    /**
     * @param percentage     verlaging as a percentage of the norm (0 for a fixed amount)
     * @param duurMaanden    months; null for an open end (taaleis 100% until the bereidverklaring) or a one-off
     * @param bedragEenmalig a fixed one-off amount in euro, or null
     */
    public record Stap(int nummer, int percentage, Integer duurMaanden, BigDecimal bedragEenmalig, String artikel,
                       String bron) {
    }

    public Sanctieregel {
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(soort, "soort");
        if (stappen == null || stappen.isEmpty()) {
            throw new IllegalArgumentException("category " + categorie + " has no stappen");
        }
        stappen = stappen.stream().sorted(Comparator.comparingInt(Stap::nummer)).toList();
    }

    /** The category code of the shipped no-show rule (sources D4.3). */
    public static final String NO_SHOW = "no-show";

    /** The recidive group of the arbeidsverplichtingen of Pw art. 18 lid 4. */
    public static final String LID4_GROEP = "pw-art-18-lid-4";

    /**
     * Whether this category enforces an arbeidsverplichting, which Faciliteren and Zorg do not have (sources D4.1,
     * PB §1.2 „geen arbeidsverplichting"): the arbeidsverplichtingen of Pw art. 18 lid 4 (the recidive group
     * {@value #LID4_GROEP}: the pw-art-18-lid-4 rows and Deventer's G3-G5, G7-G10) and the arbeidsplicht of Pw art. 9
     * lid 1 onder a (Deventer's G6 onvoldoende solliciteren) [ASSUMPTION: recognised by the group and the artikel].
     */
    public boolean arbeidsverplichting() {
        return arbeidsverplichting(recidivegroep, artikel);
    }

    /** As {@link #arbeidsverplichting()}, for a category with this recidive group and artikel. */
    public static boolean arbeidsverplichting(String recidivegroep, String artikel) {
        return LID4_GROEP.equals(recidivegroep) || (artikel != null && artikel.startsWith("Pw art. 9 lid 1 onder a"));
    }

    public String groep() {
        return recidivegroep == null ? categorie : recidivegroep;
    }

    /** Step {@code n} (1-based); beyond the last step the last step applies again ("telkens", Pw art. 18 lid 8). */
    public Stap stap(int n) {
        return stappen.get(Math.min(n, stappen.size()) - 1);
    }
}
