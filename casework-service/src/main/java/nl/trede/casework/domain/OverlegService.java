package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.WerkMarkering;

/**
 * The begeleidingsoverleg (sources A3 R-07: scheduled, participants with role and mandatory flag, attendance, and
 * outputs — plan, trekker, responsibilities, crisis clause; for a school leaver before the leaving date). Holding it
 * completes the school leaver's bridging task.
 */
@ApplicationScoped
public class OverlegService {

    /** A participant as planned. */
    public record Deelnemer(String rol, String organisatie, boolean verplicht) {
    }

    /** The outcome of the meeting; {@code aanwezig} in the order of the participants. */
    public record Verslag(LocalDate gehoudenOp, List<Boolean> aanwezig, String plan, String trekker,
                          String verantwoordelijkheden, String crisisclausule) {
    }

    private final ZaakService zaken;
    private final Clock clock;
    private final WerkMarkering werk;

    public OverlegService(ZaakService zaken, Clock clock, WerkMarkering werk) {
        this.werk = werk;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional
    public Begeleidingsoverleg plannen(UUID zaakId, LocalDate geplandOp, List<Deelnemer> deelnemers, String actor,
                                       boolean teamleider) {
        Zaak zaak = zaken.get(zaakId);
        zaak.vereisOpen();
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "plans a begeleidingsoverleg");
        if (geplandOp.isBefore(NlTime.vandaag(clock))) {
            throw ProblemException.invalid("geplandOp", "must not lie in the past");
        }
        Begeleidingsoverleg o = new Begeleidingsoverleg();
        o.id = UUID.randomUUID();
        o.zaakId = zaakId;
        o.geplandOp = geplandOp;
        o.status = OverlegStatus.GEPLAND;
        o.geplandDoor = actor;
        for (Deelnemer d : deelnemers) {
            Begeleidingsoverleg.Deelnemer x = new Begeleidingsoverleg.Deelnemer();
            x.rol = d.rol();
            x.organisatie = d.organisatie();
            x.verplicht = d.verplicht();
            o.deelnemers.add(x);
        }
        o.persist();
        TijdlijnItem.casework(zaakId, Instant.now(clock), "begeleidingsoverleg-gepland", "Begeleidingsoverleg gepland "
                + "op " + geplandOp + " met " + deelnemers.size() + " deelnemers");
        return o;
    }

    /** One begeleidingsoverleg; 404 when it does not exist. */
    @Transactional
    public Begeleidingsoverleg get(UUID id) {
        Begeleidingsoverleg o = Begeleidingsoverleg.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Begeleidingsoverleg " + id);
        }
        return o;
    }

    @Transactional
    public Begeleidingsoverleg verslag(UUID overlegId, Long expectedVersion, Verslag v, String actor,
                                       boolean teamleider) {
        Begeleidingsoverleg o = Begeleidingsoverleg.findById(overlegId);
        if (o == null) {
            throw ProblemException.notFound("Begeleidingsoverleg " + overlegId);
        }
        IfMatch.vereis(expectedVersion, o.version, "begeleidingsoverleg");
        Zaak zaak = zaken.get(o.zaakId);
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "records the begeleidingsoverleg");
        if (o.status != OverlegStatus.GEPLAND) {
            throw ProblemException.conflict("overleg-gehouden", "The begeleidingsoverleg is recorded already.", null);
        }
        if (v.aanwezig().size() != o.deelnemers.size()) {
            throw ProblemException.invalid("aanwezig", "give one entry per participant (" + o.deelnemers.size() + ")");
        }
        if (v.gehoudenOp().isAfter(NlTime.vandaag(clock))) {
            throw ProblemException.invalid("gehoudenOp", "must not lie in the future");
        }
        List<String> afwezigVerplicht = new java.util.ArrayList<>();
        for (int i = 0; i < o.deelnemers.size(); i++) {
            if (o.deelnemers.get(i).verplicht && !Boolean.TRUE.equals(v.aanwezig().get(i))) {
                afwezigVerplicht.add(o.deelnemers.get(i).rol + " (" + o.deelnemers.get(i).organisatie + ")");
            }
        }
        if (!afwezigVerplicht.isEmpty()) {
            throw new ProblemException(400, "verplichte-deelnemer-afwezig", "Invalid input", "Refused (R-07): "
                    + "mandatory participants were absent: " + String.join(", ", afwezigVerplicht)
                    + "; plan the meeting again.", null, null);
        }
        for (int i = 0; i < o.deelnemers.size(); i++) {
            o.deelnemers.get(i).aanwezig = v.aanwezig().get(i);
        }
        o.status = OverlegStatus.GEHOUDEN;
        o.gehoudenOp = v.gehoudenOp();
        o.plan = v.plan();
        o.trekker = v.trekker();
        o.verantwoordelijkheden = v.verantwoordelijkheden();
        o.crisisclausule = v.crisisclausule();
        Instant now = Instant.now(clock);
        Taak.afhandelen("overbrugging-tot-18", "zaakId", zaak.id, now);
        werk.markeer(zaak.klant.klantId); // the task is done without an event (docs/contracts/werkitems.md)
        TijdlijnItem.casework(zaak.id, now, "begeleidingsoverleg-gehouden", "Begeleidingsoverleg gehouden op "
                + v.gehoudenOp() + "; trekker " + v.trekker() + ", crisisclausule vastgelegd");
        Begeleidingsoverleg.flush();
        return o;
    }

    /** The zaak's begeleidingsoverleggen; 404 for a zaak that does not exist. */
    @Transactional
    public List<Begeleidingsoverleg> vanZaak(UUID zaakId) {
        zaken.get(zaakId);
        return Begeleidingsoverleg.vanZaak(zaakId);
    }
}
