package nl.trede.casework.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan van aanpak's rules (sources D2.5): „Het college stelt een plan van aanpak op. Dit doet het
 * college uitdrukkelijk na overleg met betrokkene" (V-T art. 3, Pw art. 44a); the variant follows the klantgroep:
 * Matchen's routekaart „Op weg naar werk", Groeien's trajectplan (routekaart W.a.T. / De Brug), Faciliteren's and
 * Zorgen's „mijn doel actieplan"; a taalplan (V art. 10 lid 2) for any klantgroep. Plain Java.
 */
public final class PlanRegels {

    /** The variants allowed per klantgroep; an unknown klantgroep (another municipality's) allows every variant. */
    private static final Map<String, Set<String>> VARIANTEN = Map.of(
            "matchen", Set.of("routekaart", "taalplan"),
            "groeien", Set.of("trajectplan", "taalplan"),
            "faciliteren", Set.of("mijn-doel-actieplan", "taalplan"),
            "zorg", Set.of("mijn-doel-actieplan", "taalplan"));

    public static final Set<String> ALLE_VARIANTEN = Set.of("routekaart", "trajectplan", "mijn-doel-actieplan",
            "taalplan");

    private PlanRegels() {
    }

    /** Every broken rule as {field, reason}. */
    public static List<String[]> toets(String klantgroep, String variant, List<String> doelen, LocalDate overleg,
                                       LocalDate evaluatie, LocalDate vandaag) {
        List<String[]> fouten = new ArrayList<>();
        if (!ALLE_VARIANTEN.contains(variant)) {
            fouten.add(new String[] {"variant", "must be one of: mijn-doel-actieplan, routekaart, taalplan, "
                    + "trajectplan"});
        } else if (klantgroep != null && VARIANTEN.containsKey(klantgroep)
                && !VARIANTEN.get(klantgroep).contains(variant)) {
            fouten.add(new String[] {"variant", "a " + klantgroep + " klant's plan is " + String.join(" or ",
                    VARIANTEN.get(klantgroep).stream().sorted().toList()) + " (sources D2.5)"});
        }
        if (doelen.isEmpty()) {
            fouten.add(new String[] {"doelen", "a plan names at least one goal (V-T art. 3: the main steps)"});
        }
        if (overleg.isAfter(vandaag)) {
            fouten.add(new String[] {"overlegMetKlantOp", "the consultation with the klant (V-T art. 3) cannot lie "
                    + "in the future"});
        }
        if (!evaluatie.isAfter(vandaag)) {
            fouten.add(new String[] {"evaluatiedatum", "must lie after today"});
        }
        return fouten;
    }
}
