package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import nl.trede.platform.problem.ProblemException;

/**
 * The functioneel beheerder's configuration of klantgroepen (groupings are data, not code). Decisions already taken
 * keep their code (klantgroep_besluit references it), so a klantgroep is never deleted, only made inactive. Every
 * change is checked on the whole configuration as it would be afterwards ({@link KlantgroepConfiguratie}: at least
 * one active klantgroep, one stelsel active, distinct horizons) before anything is written: a change that breaks it is
 * a 409 naming the rule, and changes nothing. Changes are serialised (an advisory lock), so two changes
 * that are each fine cannot together leave a broken configuration.
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

    /** A klantgroep as written; {@code nieuw} when it was created. */
    public record Gezet(Klantgroep klantgroep, boolean nieuw) {
    }

    /** The active klantgroepen in order, or with {@code alle} every klantgroep of every stelsel. */
    @Transactional
    public List<Klantgroep> klantgroepen(boolean alle) {
        return alle ? Klantgroep.alle() : Klantgroep.actieve();
    }

    /** Creates or replaces the klantgroep {@code code}. */
    @Transactional
    public Gezet zet(String code, Definitie d, String actor) {
        List<Klantgroep> alle = vergrendelAlle();
        toets(KlantgroepConfiguratie.met(configuratie(alle), new KlantgroepConfiguratie.Groep(code, d.actief(),
                d.stelsel().strip(), d.horizonMaanden())));
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
        return new Gezet(k, nieuw);
    }

    /** Makes exactly the klantgroepen of {@code stelsel} active (a municipality switching to its own grouping). */
    @Transactional
    public List<Klantgroep> activeerStelsel(String stelsel, String actor) {
        List<Klantgroep> alle = vergrendelAlle();
        List<String> stelsels = alle.stream().map(k -> k.stelsel).distinct().sorted().toList();
        if (!stelsels.contains(stelsel)) {
            throw ProblemException.invalid("stelsel", "must be one of: " + String.join(", ", stelsels));
        }
        toets(KlantgroepConfiguratie.metStelsel(configuratie(alle), stelsel));
        Instant nu = Instant.now(clock);
        alle.forEach(k -> {
            boolean actief = k.stelsel.equals(stelsel);
            if (k.actief != actief) {
                k.actief = actief;
                k.gewijzigdOp = nu;
                k.gewijzigdDoor = actor;
            }
        });
        return Klantgroep.actieve();
    }

    /**
     * Every klantgroep, read after taking the configuration's lock for this transaction (an advisory lock, so that a
     * new klantgroep is serialised too): changes of the configuration are checked and written one at a time.
     */
    private static List<Klantgroep> vergrendelAlle() {
        Klantgroep.getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) "
                + "AS l").setParameter(1, "klantgroep-configuratie").getSingleResult();
        return Klantgroep.list("order by code");
    }

    private static List<KlantgroepConfiguratie.Groep> configuratie(List<Klantgroep> alle) {
        return alle.stream().map(k -> new KlantgroepConfiguratie.Groep(k.code, k.actief, k.stelsel, k.horizonMaanden))
                .toList();
    }

    /** 409 naming every rule the configuration would break (the first one's code); nothing is written. */
    private static void toets(List<KlantgroepConfiguratie.Groep> na) {
        List<KlantgroepConfiguratie.Breuk> breuken = KlantgroepConfiguratie.toets(na);
        if (!breuken.isEmpty()) {
            throw ProblemException.conflict(breuken.get(0).code(), breuken.stream()
                    .map(KlantgroepConfiguratie.Breuk::detail).collect(Collectors.joining(" ")), null);
        }
    }
}
