package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.trede.platform.problem.ProblemException;

/**
 * The functioneel beheerder's configuration of klantgroepen (the intake requirements: groupings are data, not code).
 * Decisions already taken keep their code (klantgroep_besluit references it), so a klantgroep is never deleted, only
 * made inactive; at least one klantgroep stays active, or no melding could be triaged.
 */
@ApplicationScoped
public class KlantgroepBeheer {

    /** A klantgroep as the beheerder sets it. */
    public record Definitie(String naam, String definitie, String bron, int volgorde, boolean actief, String stelsel,
                            Integer horizonMaanden) {
    }

    private final Clock clock;

    public KlantgroepBeheer(Clock clock) {
        this.clock = clock;
    }

    /** Creates or replaces the klantgroep {@code code}; returns true when it was created. */
    @Transactional
    public boolean zet(String code, Definitie d, String actor) {
        Klantgroep k = Klantgroep.findById(code);
        boolean nieuw = k == null;
        if (nieuw) {
            k = new Klantgroep();
            k.code = code;
        }
        k.naam = d.naam().strip();
        k.definitie = d.definitie().strip();
        k.bron = d.bron().strip();
        k.volgorde = d.volgorde();
        k.actief = d.actief();
        k.stelsel = d.stelsel().strip();
        k.horizonMaanden = d.horizonMaanden();
        k.gewijzigdOp = Instant.now(clock);
        k.gewijzigdDoor = actor;
        k.persist();
        Klantgroep.flush();
        eenActieveBlijft();
        return nieuw;
    }

    /** Makes exactly the klantgroepen of {@code stelsel} active (a municipality switching to its own grouping). */
    @Transactional
    public List<Klantgroep> activeerStelsel(String stelsel, String actor) {
        List<String> stelsels = Klantgroep.<Klantgroep>listAll().stream().map(k -> k.stelsel).distinct().sorted()
                .toList();
        if (!stelsels.contains(stelsel)) {
            throw ProblemException.invalid("stelsel", "must be one of: " + String.join(", ", stelsels));
        }
        Instant nu = Instant.now(clock);
        Klantgroep.<Klantgroep>listAll().forEach(k -> {
            boolean actief = k.stelsel.equals(stelsel);
            if (k.actief != actief) {
                k.actief = actief;
                k.gewijzigdOp = nu;
                k.gewijzigdDoor = actor;
            }
        });
        return Klantgroep.actieve();
    }

    private static void eenActieveBlijft() {
        if (Klantgroep.count("actief = true") == 0) {
            throw ProblemException.conflict("geen-actieve-klantgroep", "At least one klantgroep must stay active: "
                    + "no melding could be placed otherwise.", null);
        }
    }
}
