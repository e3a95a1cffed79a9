package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;

/** The plan van aanpak of a zaak ({@link PlanRegels}): versions, its evaluation as a task, an event. */
@ApplicationScoped
public class PlanService {

    private final ZaakService zaken;
    private final Clock clock;

    public PlanService(ZaakService zaken, Clock clock) {
        this.zaken = zaken;
        this.clock = clock;
    }

    /** The plan as the regisseur sets it with the klant. */
    public record Plan(String variant, List<String> doelen, List<String> afspraken, List<String> verplichtingen,
                       LocalDate evaluatiedatum, LocalDate overlegMetKlantOp, LocalDate klantAkkoordOp) {
    }

    /** One version of the zaak's plan; 404 when there is none. */
    @Transactional
    public PlanVanAanpak versie(UUID zaakId, int versie) {
        return PlanVanAanpak.<PlanVanAanpak>find("zaakId = ?1 and versie = ?2", zaakId, versie).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Plan van aanpak versie " + versie + " of zaak " + zaakId));
    }

    @Transactional
    public PlanVanAanpak vaststellen(UUID zaakId, Plan p, String actor, boolean teamleider) {
        Zaak zaak = zaken.get(zaakId);
        zaak.vereisOpen();
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "sets the plan van aanpak");
        LocalDate vandaag = NlTime.vandaag(clock);
        List<String[]> fouten = PlanRegels.toets(zaak.klantgroep, p.variant(), p.doelen(), p.overlegMetKlantOp(),
                p.evaluatiedatum(), vandaag);
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten.stream().map(f -> new InvalidParam(f[0], f[1])).toList());
        }
        Instant now = Instant.now(clock);
        int versie = PlanVanAanpak.vanZaak(zaakId).stream().mapToInt(x -> x.versie).max().orElse(0) + 1;
        PlanVanAanpak plan = new PlanVanAanpak();
        plan.id = UUID.randomUUID();
        plan.zaakId = zaakId;
        plan.versie = versie;
        plan.variant = p.variant();
        plan.doelen = String.join("\n", p.doelen());
        plan.afspraken = String.join("\n", p.afspraken());
        plan.verplichtingen = String.join("\n", p.verplichtingen());
        plan.evaluatiedatum = p.evaluatiedatum();
        plan.overlegMetKlantOp = p.overlegMetKlantOp();
        plan.klantAkkoordOp = p.klantAkkoordOp();
        plan.vastgesteldDoor = actor;
        plan.vastgesteldOp = now;
        plan.persist();
        // The previous version's evaluation is replaced by this one's.
        Taak.afhandelen("plan-evaluatie", "zaakId", zaakId, now);
        zaken.reviewPlannen(zaak, "plan-evaluatie", plan.id, p.evaluatiedatum(),
                "Evaluatie plan van aanpak versie " + versie + " (" + p.variant() + ") met de klant", now);
        TijdlijnItem.casework(zaakId, now, "plan-vastgesteld", "Plan van aanpak versie " + versie + " ("
                + p.variant() + ", " + p.doelen().size() + " doelen), evaluatie " + p.evaluatiedatum());
        zaken.publish(zaak, CaseworkEvents.PLAN_VASTGESTELD, new CaseworkEvents.PlanVastgesteld(plan.id, zaakId,
                versie, p.variant(), p.evaluatiedatum()));
        return plan;
    }

    /** Every version of the zaak's plan van aanpak, newest first; 404 for a zaak that does not exist. */
    @Transactional
    public List<PlanVanAanpak> vanZaak(UUID zaakId) {
        zaken.get(zaakId);
        return PlanVanAanpak.vanZaak(zaakId);
    }
}
