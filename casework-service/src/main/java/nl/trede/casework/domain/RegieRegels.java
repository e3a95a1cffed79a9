package nl.trede.casework.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may change the regie over a zaak (sources A3 R-01: "every non-closed case has exactly one responsible owner
 * at all times; ownership transfers are atomic"; requirement "a new zaak lands in a team queue with the team as
 * provisional owner; assignment and transfer are atomic"). Plain Java.
 */
public final class RegieRegels {

    /** Why a change is refused, with the HTTP status it maps to. */
    public enum Weigering {
        GESLOTEN(409, "the zaak is closed"),
        NIET_BEVOEGD(403, "only the zaak's regisseur, a klantmanager taking it from the team queue, or a teamleider "
                + "changes the regie"),
        ONGEWIJZIGD(409, "the zaak already has this team and regisseur");

        private final int status;
        private final String reden;

        Weigering(int status, String reden) {
            this.status = status;
            this.reden = reden;
        }

        public int status() {
            return status;
        }

        public String reden() {
            return reden;
        }
    }

    /** The zaak as it is and the change asked for. */
    public record Wijziging(ZaakStatus status, String team, String regisseur, String naarTeam, String naarRegisseur,
                            String actor, boolean teamleider) {
    }

    private RegieRegels() {
    }

    public static Optional<Weigering> geweigerd(Wijziging w) {
        if (w.status() != ZaakStatus.OPEN) {
            return Optional.of(Weigering.GESLOTEN);
        }
        if (w.team().equals(w.naarTeam()) && Objects.equals(w.regisseur(), w.naarRegisseur())) {
            return Optional.of(Weigering.ONGEWIJZIGD);
        }
        if (w.teamleider()) {
            return Optional.empty();
        }
        boolean oppakkenUitQueue = w.regisseur() == null && w.actor().equals(w.naarRegisseur())
                && w.team().equals(w.naarTeam());
        boolean eigenZaak = w.actor().equals(w.regisseur());
        return oppakkenUitQueue || eigenZaak ? Optional.empty() : Optional.of(Weigering.NIET_BEVOEGD);
    }

    /**
     * R-26 (regie and uitvoering are separate roles): the regisseur directs and monitors, and does not also execute the
     * work, unless a deviation for that person was approved by a teamleider (four eyes, visible to the klant).
     *
     * @param regisseur       the zaak's regisseur (after the change), or null
     * @param uitvoerders     the executing parties (after the change): the zaak's uitvoerder and its running trajecten's
     * @param goedgekeurdVoor the persons with an approved deviation on the zaak
     * @return the uitvoerder that breaks the rule
     */
    public static Optional<String> regisseurVoertUit(String regisseur, java.util.Collection<String> uitvoerders,
                                                     java.util.Set<String> goedgekeurdVoor) {
        if (regisseur == null || goedgekeurdVoor.contains(regisseur)) {
            return Optional.empty();
        }
        return uitvoerders.stream().filter(regisseur::equals).findFirst();
    }
}
