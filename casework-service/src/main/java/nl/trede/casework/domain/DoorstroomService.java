package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;

/**
 * Klantgroep doorstroom on a zaak (sources D2.4): the allowed transitions and criteria of
 * {@link KlantgroepDoorstroom}, each with decider, reason and the klant's preference (a disagreement is recorded, PB
 * §2.2.3); a new team means a warme overdracht (PB §2.2.4 „warme overdracht (via een drie gesprek)"); the evaluation
 * moment of the new group becomes a task.
 */
@ApplicationScoped
public class DoorstroomService {

    private final ZaakService zaken;
    private final OverdrachtService overdrachten;
    private final Clock clock;

    public DoorstroomService(ZaakService zaken, OverdrachtService overdrachten, Clock clock) {
        this.zaken = zaken;
        this.overdrachten = overdrachten;
        this.clock = clock;
    }

    /** The decision; {@code overdracht} when the klant goes to another team (warm, with its package). */
    public record Besluit(String naar, String criterium, String reden, String klantVoorkeur,
                          OverdrachtService.Aanbod overdracht) {
    }

    @Transactional
    public Zaak wijzigen(UUID zaakId, Long expectedVersion, Besluit b, String actor, boolean teamleider) {
        Zaak zaak = zaken.load(zaakId, expectedVersion);
        magWijzigen(zaak, actor, teamleider);
        if (zaak.klantgroep == null) {
            throw ProblemException.conflict("geen-klantgroep", "Zaak " + zaakId + " has no klantgroep yet: it is "
                    + "decided at intake.", null);
        }
        LocalDate vandaag = NlTime.vandaag(clock);
        KlantgroepDoorstroom.geweigerd(zaak.klantgroep, b.naar(), b.criterium(),
                zaak.klantgroepSinds == null ? NlTime.datum(zaak.createdAt) : zaak.klantgroepSinds,
                zaak.matchenVerlengdTot, vandaag).ifPresent(reden -> {
                    throw new ProblemException(400, "klantgroep-doorstroom", "Invalid input",
                            "Refused: " + reden + ".", null, null);
                });
        Instant now = Instant.now(clock);
        KlantgroepWissel w = new KlantgroepWissel();
        w.id = UUID.randomUUID();
        w.zaakId = zaak.id;
        w.van = zaak.klantgroep;
        w.naar = b.naar();
        w.criterium = b.criterium();
        w.reden = b.reden();
        w.klantVoorkeur = b.klantVoorkeur();
        w.verschilVanMening = b.klantVoorkeur() != null && !b.klantVoorkeur().equals(b.naar());
        w.beslotenDoor = actor;
        w.beslotenOp = now;
        w.persist();
        zaak.klantgroep = b.naar();
        zaak.klantgroepSinds = vandaag;
        zaak.matchenVerlengdTot = null;
        zaak.gebruiktMatchenDiensten = false;
        zaken.evaluatieTaak(zaak, w.id, now);
        TijdlijnItem.casework(zaak.id, now, "klantgroep-gewijzigd", "Klantgroep " + w.van + " → " + w.naar + " ("
                + w.criterium + ")" + (w.verschilVanMening ? "; de klant gaf de voorkeur aan " + w.klantVoorkeur : ""));
        zaken.publish(zaak, CaseworkEvents.KLANTGROEP_GEWIJZIGD, new CaseworkEvents.KlantgroepGewijzigd(zaak.id,
                w.van, w.naar, w.criterium, w.klantVoorkeur, w.verschilVanMening));
        if (b.overdracht() != null) {
            overdrachten.aanbieden(zaak.id, b.overdracht(), actor, teamleider);
        }
        Zaak.flush();
        return zaak;
    }

    /** Matchen's one extension of three months before the move to Groeien (PB §3.2). */
    @Transactional
    public Zaak matchenVerlengen(UUID zaakId, Long expectedVersion, String actor, boolean teamleider) {
        Zaak zaak = zaken.load(zaakId, expectedVersion);
        magWijzigen(zaak, actor, teamleider);
        if (!"matchen".equals(zaak.klantgroep) || zaak.matchenVerlengdTot != null) {
            throw ProblemException.conflict("verlenging-niet-mogelijk", "Only a Matchen klant is extended, once "
                    + "(PB §3.2); this zaak is " + zaak.klantgroep + (zaak.matchenVerlengdTot == null ? ""
                    : ", extended until " + zaak.matchenVerlengdTot) + ".", null);
        }
        LocalDate sinds = zaak.klantgroepSinds == null ? NlTime.datum(zaak.createdAt) : zaak.klantgroepSinds;
        zaak.matchenVerlengdTot = sinds.plusMonths(KlantgroepDoorstroom.MATCHEN_MAANDEN
                + KlantgroepDoorstroom.MATCHEN_VERLENGING_MAANDEN);
        Instant now = Instant.now(clock);
        TijdlijnItem.casework(zaak.id, now, "matchen-verlengd", "Matchen verlengd tot " + zaak.matchenVerlengdTot);
        Zaak.flush();
        return zaak;
    }

    /** A Groeien klant uses Matchen's services while staying in Groeien with the same consultant (PB §2.2.4). */
    @Transactional
    public Zaak matchenDiensten(UUID zaakId, boolean aan, String actor, boolean teamleider) {
        Zaak zaak = zaken.get(zaakId);
        magWijzigen(zaak, actor, teamleider);
        if (!"groeien".equals(zaak.klantgroep)) {
            throw ProblemException.conflict("niet-groeien", "Only a Groeien klant uses Matchen's services while "
                    + "staying in Groeien; this zaak is " + zaak.klantgroep + ".", null);
        }
        zaak.gebruiktMatchenDiensten = aan;
        TijdlijnItem.casework(zaak.id, Instant.now(clock), "matchen-diensten", aan
                ? "Gebruikt de diensten van Matchen en blijft in Groeien" : "Gebruikt de diensten van Matchen niet meer");
        return zaak;
    }

    private static void magWijzigen(Zaak zaak, String actor, boolean teamleider) {
        zaak.vereisOpen();
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "changes the klantgroep");
    }

    /** Every change of klantgroep on the zaak, oldest first; 404 for a zaak that does not exist. */
    @Transactional
    public List<KlantgroepWissel> historie(UUID zaakId) {
        zaken.get(zaakId);
        return KlantgroepWissel.vanZaak(zaakId);
    }
}
