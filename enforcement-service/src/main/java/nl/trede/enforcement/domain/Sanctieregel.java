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
 *                               any lid-4 breach, standards-and-law.md §4.3); null: the category alone
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

    public String groep() {
        return recidivegroep == null ? categorie : recidivegroep;
    }

    /** Step {@code n} (1-based); beyond the last step the last step applies again ("telkens", Pw art. 18 lid 8). */
    public Stap stap(int n) {
        return stappen.get(Math.min(n, stappen.size()) - 1);
    }
}
