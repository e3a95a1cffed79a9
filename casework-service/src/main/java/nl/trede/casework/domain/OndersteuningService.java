package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.WerkMarkering;

/**
 * Long-term support (sources A3 R-09: a steunfiguur with no forced end date and periodic check-ins) and its
 * replacement (R-24, the Carla case: a continuity assessment, the klant's reaction recorded, an objection escalated
 * to the escalation desk (R-15, a teamleider here), and the old support continuing until the replacement is accepted
 * by the klant or decided on escalation — never ended by the proposed end date alone).
 */
@ApplicationScoped
public class OndersteuningService {

    private final ZaakService zaken;
    private final Clock clock;
    private final WerkMarkering werk;

    public OndersteuningService(ZaakService zaken, Clock clock, WerkMarkering werk) {
        this.werk = werk;
        this.zaken = zaken;
        this.clock = clock;
    }

    @Transactional
    public Ondersteuning vastleggen(UUID zaakId, String soort, String aanbieder, String contactpersoon,
                                   BigDecimal urenPerWeek, LocalDate sinds, int checkInMaanden, String actor,
                                   boolean teamleider) {
        Zaak zaak = zaken.get(zaakId);
        zaak.vereisOpen();
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "records support");
        LocalDate vandaag = NlTime.vandaag(clock);
        if (sinds.isAfter(vandaag)) {
            throw ProblemException.invalid("sinds", "must not lie in the future");
        }
        Ondersteuning o = new Ondersteuning();
        o.id = UUID.randomUUID();
        o.zaakId = zaakId;
        o.soort = soort;
        o.aanbieder = aanbieder;
        o.contactpersoon = contactpersoon;
        o.urenPerWeek = urenPerWeek;
        o.sinds = sinds;
        o.checkInMaanden = checkInMaanden;
        o.status = OndersteuningStatus.ACTIEF;
        o.persist();
        Instant now = Instant.now(clock);
        Taak.open(zaak, "check-in-ondersteuning", o.id, vandaag.plusMonths(checkInMaanden), Roles.KLANTMANAGER,
                "Check-in bij de klant over de ondersteuning door " + aanbieder + " (R-09: periodiek, zonder "
                        + "einddatum)", now);
        werk.markeer(zaak.klant.klantId); // a task without an event (docs/contracts/werkitems.md)
        TijdlijnItem.casework(zaakId, now, "ondersteuning-vastgelegd", "Ondersteuning (" + soort + ") door "
                + aanbieder + " sinds " + sinds);
        return o;
    }

    /** One support relationship; 404 when it does not exist. */
    @Transactional
    public Ondersteuning get(UUID id) {
        Ondersteuning o = Ondersteuning.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Ondersteuning " + id);
        }
        return o;
    }

    /** A provider or the regisseur proposes a replacement; the old support stays active meanwhile. */
    @Transactional
    public OndersteuningVervanging vervangingVoorstellen(UUID ondersteuningId, String nieuweAanbieder,
                                                         LocalDate voorgesteldeEinddatum, String continuiteit,
                                                         String actor) {
        Ondersteuning o = actief(ondersteuningId);
        if (OndersteuningVervanging.lopend(o.id).isPresent()) {
            throw ProblemException.conflict("vervanging-loopt", "A replacement of this support is already under way.",
                    null);
        }
        OndersteuningVervanging v = new OndersteuningVervanging();
        v.id = UUID.randomUUID();
        v.ondersteuningId = o.id;
        v.nieuweAanbieder = nieuweAanbieder;
        v.voorgesteldeEinddatum = voorgesteldeEinddatum;
        v.continuiteitsbeoordeling = continuiteit;
        v.status = VervangingStatus.VOORGESTELD;
        v.voorgesteldDoor = actor;
        v.voorgesteldOp = Instant.now(clock);
        v.persist();
        TijdlijnItem.casework(o.zaakId, v.voorgesteldOp, "vervanging-voorgesteld", "Vervanging van de ondersteuning "
                + "door " + o.aanbieder + " voorgesteld: " + nieuweAanbieder + " per " + voorgesteldeEinddatum
                + "; de huidige ondersteuning loopt door tot de klant akkoord is of er besloten is (R-24)");
        return v;
    }

    /** The klant's reaction: akkoord replaces the support; bezwaar escalates. */
    @Transactional
    public OndersteuningVervanging klantreactie(UUID ondersteuningId, boolean akkoord, String toelichting) {
        Ondersteuning o = actief(ondersteuningId);
        OndersteuningVervanging v = lopend(o);
        if (v.status != VervangingStatus.VOORGESTELD) {
            throw ProblemException.conflict("vervanging-geescaleerd", "The replacement is escalated; the escalation "
                    + "desk decides.", null);
        }
        Instant now = Instant.now(clock);
        v.klantReactie = akkoord ? KlantReactie.AKKOORD : KlantReactie.BEZWAAR;
        v.klantToelichting = toelichting;
        Zaak zaak = zaken.get(o.zaakId);
        if (akkoord) {
            v.status = VervangingStatus.GEACCEPTEERD;
            vervang(o, v, now);
        } else {
            v.status = VervangingStatus.GEESCALEERD;
            Taak.open(zaak, "escalatie-ondersteuning", v.id, NlTime.vandaag(clock), Roles.TEAMLEIDER,
                    "Bezwaar van de klant tegen het vervangen van de ondersteuning door " + o.aanbieder + " ("
                            + v.nieuweAanbieder + " per " + v.voorgesteldeEinddatum + "): besluit als escalatiepunt "
                            + "(R-15, R-24)", now);
            werk.markeer(zaak.klant.klantId);
            TijdlijnItem.casework(o.zaakId, now, "vervanging-geescaleerd", "De klant maakt bezwaar tegen de vervanging; "
                    + "geëscaleerd. De huidige ondersteuning loopt door.");
        }
        return v;
    }

    /** The escalation desk decides: keep the current support, or replace it. */
    @Transactional
    public OndersteuningVervanging escalatiebesluit(UUID ondersteuningId, boolean vervangen, String toelichting,
                                                    String actor) {
        Ondersteuning o = actief(ondersteuningId);
        OndersteuningVervanging v = lopend(o);
        if (v.status != VervangingStatus.GEESCALEERD) {
            throw ProblemException.conflict("niet-geescaleerd", "Only an escalated replacement is decided by the "
                    + "escalation desk; this one awaits the klant's reaction.", null);
        }
        Instant now = Instant.now(clock);
        v.status = VervangingStatus.BESLOTEN;
        v.besluit = vervangen ? VervangingBesluit.VERVANGEN : VervangingBesluit.HANDHAVEN;
        v.besluitToelichting = toelichting;
        v.beslotenDoor = actor;
        v.beslotenOp = now;
        Taak.afhandelen("escalatie-ondersteuning", "bronId", v.id, now);
        werk.markeer(zaken.get(o.zaakId).klant.klantId);
        if (vervangen) {
            vervang(o, v, now);
        }
        TijdlijnItem.casework(o.zaakId, now, "escalatie-besloten", "Escalatie besloten: ondersteuning "
                + (vervangen ? "vervangen door " + v.nieuweAanbieder : "door " + o.aanbieder + " gehandhaafd"));
        return v;
    }

    /** The new support starts; the old one ends on the proposed date, or today when that has passed. */
    private void vervang(Ondersteuning oud, OndersteuningVervanging v, Instant now) {
        LocalDate vandaag = NlTime.vandaag(clock);
        LocalDate overgang = v.voorgesteldeEinddatum.isAfter(vandaag) ? v.voorgesteldeEinddatum : vandaag;
        oud.status = OndersteuningStatus.BEEINDIGD;
        oud.beeindigdOp = overgang;
        Ondersteuning nieuw = new Ondersteuning();
        nieuw.id = UUID.randomUUID();
        nieuw.zaakId = oud.zaakId;
        nieuw.soort = oud.soort;
        nieuw.aanbieder = v.nieuweAanbieder;
        nieuw.urenPerWeek = oud.urenPerWeek;
        nieuw.sinds = overgang;
        nieuw.checkInMaanden = oud.checkInMaanden;
        nieuw.status = OndersteuningStatus.ACTIEF;
        nieuw.persist();
        TijdlijnItem.casework(oud.zaakId, now, "ondersteuning-vervangen", "Ondersteuning door " + oud.aanbieder
                + " gaat per " + overgang + " over naar " + v.nieuweAanbieder);
    }

    private static Ondersteuning actief(UUID id) {
        Ondersteuning o = Ondersteuning.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Ondersteuning " + id);
        }
        if (o.status != OndersteuningStatus.ACTIEF) {
            throw ProblemException.conflict("ondersteuning-beeindigd", "This support has ended.", null);
        }
        return o;
    }

    private static OndersteuningVervanging lopend(Ondersteuning o) {
        return OndersteuningVervanging.lopend(o.id).orElseThrow(() -> ProblemException.conflict("geen-vervanging",
                "No replacement of this support is under way.", null));
    }

    /** The zaak's support relationships, oldest first; 404 for a zaak that does not exist. */
    @Transactional
    public List<Ondersteuning> vanZaak(UUID zaakId) {
        zaken.get(zaakId);
        return Ondersteuning.vanZaak(zaakId);
    }
}
