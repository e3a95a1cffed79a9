package nl.trede.casework.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.time.Werkdagen;
import nl.trede.platform.werk.WerkMarkering;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Warme overdracht (sources A3, A6 T01, T04, T05): offered with an information
 * package → introduction (warm) → accepted by a named contact or rejected with a reason; the sender stays owner until
 * acceptance; an unanswered offer expires after its term and escalates to the teamleider. The rules are in
 * {@link OverdrachtRegels}.
 */
@ApplicationScoped
public class OverdrachtService {

    private static final Logger LOG = Logger.getLogger(OverdrachtService.class);

    private final ZaakService zaken;
    private final Clock clock;
    private final int termijnWerkdagen;
    private final WerkMarkering werk;

    public OverdrachtService(ZaakService zaken, Clock clock,
                             @ConfigProperty(name = "trede.casework.overdracht.termijn-werkdagen") int termijnWerkdagen,
                             WerkMarkering werk) {
        this.werk = werk;
        this.zaken = zaken;
        this.clock = clock;
        this.termijnWerkdagen = termijnWerkdagen;
    }

    /** What the sender offers. */
    public record Aanbod(OverdrachtSoort soort, OntvangerSoort ontvangerSoort, String ontvanger, boolean warm,
                         String geschiedenis, String mogelijkheden, String verwachtingen) {
    }

    @Transactional
    public Overdracht aanbieden(UUID zaakId, Aanbod aanbod, String actor, boolean teamleider) {
        Zaak zaak = zaken.get(zaakId);
        weiger(OverdrachtRegels.aanbieden(aanbod.soort(), aanbod.warm(), zaak.status));
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "offers an overdracht");
        if (aanbod.soort() == OverdrachtSoort.UITVOERING && (aanbod.ontvangerSoort() == OntvangerSoort.REGISSEUR
                || aanbod.ontvanger().equals(zaak.regisseur))) {
            throw new ProblemException(400, "regel-r-26", "Invalid input", "Refused (R-26): the regisseur "
                    + "directs and does not execute the traject; request a deviation (POST .../afwijkingen) that a "
                    + "teamleider approves.", List.of(new InvalidParam("ontvanger", "is the regisseur (R-26)")), null);
        }
        if (Overdracht.count("zaakId = ?1 and soort = ?2 and status in ?3", zaakId, aanbod.soort(),
                OverdrachtStatus.OPEN) > 0) {
            throw ProblemException.conflict("open-overdracht", "Zaak " + zaakId + " already has an open "
                    + aanbod.soort().code() + " overdracht: one offer at a time.", null);
        }
        Instant now = Instant.now(clock);
        Overdracht o = new Overdracht();
        o.id = UUID.randomUUID();
        o.zaakId = zaakId;
        o.soort = aanbod.soort();
        o.ontvangerSoort = aanbod.ontvangerSoort();
        o.ontvanger = aanbod.ontvanger();
        o.warm = aanbod.warm();
        o.geschiedenis = aanbod.geschiedenis();
        o.mogelijkheden = aanbod.mogelijkheden();
        o.verwachtingen = aanbod.verwachtingen();
        o.status = OverdrachtStatus.AANGEBODEN;
        o.aangebodenDoor = actor;
        o.aangebodenOp = now;
        o.antwoordUiterlijk = Werkdagen.ATW.plusWerkdagen(NlTime.datum(now), termijnWerkdagen);
        o.persist();
        gebeurd(zaak, o, CaseworkEvents.OVERDRACHT_AANGEBODEN, null, now, (o.warm ? "Warme " : "")
                + "overdracht (" + o.soort.code() + ") aangeboden aan " + o.ontvanger + ", antwoord uiterlijk "
                + o.antwoordUiterlijk);
        return o;
    }

    /** T02: the regisseur asks to execute the traject themselves, with a reason and its condition. */
    @Transactional
    public Afwijking afwijkingAanvragen(UUID zaakId, String reden, String voorwaarde, String actor) {
        Zaak zaak = zaken.get(zaakId);
        zaak.vereisOpen();
        if (!actor.equals(zaak.regisseur)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only the zaak's regisseur asks to execute "
                    + "the traject themselves.", null, null);
        }
        if (Afwijking.count("zaakId = ?1 and status = ?2", zaakId, AfwijkingStatus.AANGEVRAAGD) > 0) {
            throw ProblemException.conflict("open-afwijking", "A deviation for zaak " + zaakId + " awaits its "
                    + "assessment.", null);
        }
        Afwijking a = new Afwijking();
        a.id = UUID.randomUUID();
        a.zaakId = zaakId;
        a.soort = Afwijking.REGISSEUR_ALS_UITVOERDER;
        a.reden = reden;
        a.voorwaarde = voorwaarde;
        a.status = AfwijkingStatus.AANGEVRAAGD;
        a.aangevraagdDoor = actor;
        a.aangevraagdOp = Instant.now(clock);
        a.persist();
        TijdlijnItem.casework(zaakId, a.aangevraagdOp, "afwijking-aangevraagd", "Afwijking aangevraagd: de "
                + "regisseur voert het traject zelf uit (zichtbaar voor de klant)");
        return a;
    }

    /** One deviation; 404 when it does not exist. */
    @Transactional
    public Afwijking afwijking(UUID id) {
        Afwijking a = Afwijking.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Afwijking " + id);
        }
        return a;
    }

    /** A teamleider other than the requester approves or rejects; approved, the regisseur becomes the executor. */
    @Transactional
    public Afwijking afwijkingBeoordelen(UUID afwijkingId, boolean goedgekeurd, String toelichting, String actor) {
        Afwijking a = Afwijking.findById(afwijkingId);
        if (a == null) {
            throw ProblemException.notFound("Afwijking " + afwijkingId);
        }
        if (a.status != AfwijkingStatus.AANGEVRAAGD) {
            throw ProblemException.conflict("afwijking-beoordeeld", "The deviation is already " + a.status
                    .code() + ".", null);
        }
        if (actor.equals(a.aangevraagdDoor)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Four eyes: who asks for a deviation does "
                    + "not approve it.", null, null);
        }
        Zaak zaak = zaken.get(a.zaakId);
        a.status = goedgekeurd ? AfwijkingStatus.GOEDGEKEURD : AfwijkingStatus.AFGEWEZEN;
        a.beoordeeldDoor = actor;
        a.beoordeeldOp = Instant.now(clock);
        a.toelichting = toelichting;
        if (goedgekeurd) {
            zaak.uitvoerder = a.aangevraagdDoor;
            zaak.uitvoerderSoort = OntvangerSoort.REGISSEUR;
        }
        TijdlijnItem.casework(a.zaakId, a.beoordeeldOp, "afwijking-" + a.status.code(), "Afwijking "
                + (goedgekeurd ? "goedgekeurd: de regisseur voert het traject zelf uit" : "afgewezen")
                + " (zichtbaar voor de klant)");
        return a;
    }

    /** Who asks: what the token says and whether they are a teamleider. */
    public record Aanroeper(ZaakInzage inzage, boolean teamleider) {

        public String wie() {
            return inzage.wie();
        }
    }

    @Transactional
    public Overdracht kennismaking(UUID id, Long expectedVersion, LocalDate datum, boolean klant, boolean zender,
                                   boolean ontvanger, Aanroeper door) {
        Overdracht o = load(id, expectedVersion);
        magStap(OverdrachtRegels.Stap.KENNISMAKING, o, door);
        weiger(OverdrachtRegels.kennismaking(o.status, klant, zender, ontvanger));
        if (datum.isAfter(NlTime.vandaag(clock))) {
            throw ProblemException.invalid("datum", "must not be in the future");
        }
        o.status = OverdrachtStatus.KENNISMAKING_GEHOUDEN;
        o.kennismakingOp = datum;
        TijdlijnItem.casework(o.zaakId, Instant.now(clock), "kennismaking-gehouden", "Kennismaking met "
                + o.ontvanger + " op " + datum + " (klant, zender en ontvanger aanwezig)");
        return flush(o);
    }

    /**
     * The receiver accepts with a named contact: regie → the receiver owns the zaak, the contact its regisseur;
     * uitvoering → the receiver executes, the regisseur keeps the regie (T01).
     */
    @Transactional
    public Overdracht accepteren(UUID id, Long expectedVersion, String contactpersoon, Aanroeper door) {
        Overdracht o = load(id, expectedVersion);
        Zaak zaak = magStap(OverdrachtRegels.Stap.ACCEPTATIE, o, door);
        weiger(OverdrachtRegels.accepteren(o.status, o.warm));
        OverdrachtRegels.contactpersoon(o.soort, contactpersoon, door.inzage(), door.teamleider()).ifPresent(r -> {
            throw ProblemException.invalid("contactpersoon", r);
        });
        if (o.soort == OverdrachtSoort.REGIE) {
            zaken.vereisScheidingRegieUitvoering(zaak, contactpersoon, List.of(), "contactpersoon");
        } else {
            zaken.vereisScheidingRegieUitvoering(zaak, zaak.regisseur, List.of(o.ontvanger, contactpersoon),
                    "contactpersoon");
        }
        String actor = door.wie();
        Instant now = Instant.now(clock);
        o.status = OverdrachtStatus.GEACCEPTEERD;
        o.contactpersoon = contactpersoon;
        o.afgehandeldDoor = actor;
        o.afgehandeldOp = now;
        if (o.soort == OverdrachtSoort.REGIE) {
            zaken.wisselRegie(zaak, o.ontvanger, contactpersoon, "Overdracht geaccepteerd door " + o.ontvanger, actor);
        } else {
            zaak.uitvoerder = o.ontvanger;
            zaak.uitvoerderSoort = o.ontvangerSoort;
        }
        gebeurd(zaak, o, CaseworkEvents.OVERDRACHT_GEACCEPTEERD, null, now, "Overdracht (" + o.soort.code()
                + ") geaccepteerd door " + o.ontvanger + ", contactpersoon " + contactpersoon);
        return flush(o);
    }

    /** a rejection needs a code and a text and never orphans the zaak: the sender stays owner. */
    @Transactional
    public Overdracht afwijzen(UUID id, Long expectedVersion, AfwijzingReden reden, String toelichting,
                               Aanroeper door) {
        Overdracht o = load(id, expectedVersion);
        magStap(OverdrachtRegels.Stap.AFWIJZING, o, door);
        String actor = door.wie();
        weiger(OverdrachtRegels.afwijzenOfIntrekken(o.status));
        Instant now = Instant.now(clock);
        o.status = OverdrachtStatus.AFGEWEZEN;
        o.afwijzingReden = reden;
        o.afwijzingToelichting = toelichting;
        o.afgehandeldDoor = actor;
        o.afgehandeldOp = now;
        gebeurd(zaken.get(o.zaakId), o, CaseworkEvents.OVERDRACHT_AFGEWEZEN, reden.code(), now, "Overdracht ("
                + o.soort.code() + ") afgewezen door " + o.ontvanger + ": " + reden.code());
        return flush(o);
    }

    @Transactional
    public Overdracht intrekken(UUID id, Long expectedVersion, Aanroeper door) {
        Overdracht o = load(id, expectedVersion);
        Zaak zaak = magStap(OverdrachtRegels.Stap.INTREKKING, o, door);
        String actor = door.wie();
        weiger(OverdrachtRegels.afwijzenOfIntrekken(o.status));
        o.status = OverdrachtStatus.INGETROKKEN;
        o.afgehandeldDoor = actor;
        o.afgehandeldOp = Instant.now(clock);
        TijdlijnItem.casework(o.zaakId, o.afgehandeldOp, "overdracht-ingetrokken", "Overdracht (" + o.soort.code()
                + ") aan " + o.ontvanger + " ingetrokken");
        werk.markeer(zaak.klant.klantId); // the offer is no one's work any more; no event (docs/contracts/werkitems.md)
        return flush(o);
    }

    /**
     * Expires every open overdracht whose term passed on {@code vandaag} and gives the teamleider of the zaak's team
     * an escalation task, once (T04). Returns how many expired.
     */
    @Transactional
    public int verloop(LocalDate vandaag) {
        List<Overdracht> verlopen = Overdracht.<Overdracht>list("status in ?1 and antwoordUiterlijk < ?2",
                OverdrachtStatus.OPEN, vandaag).stream()
                .filter(o -> OverdrachtRegels.verlopen(o.status, o.antwoordUiterlijk, vandaag)).toList();
        Instant now = Instant.now(clock);
        for (Overdracht o : verlopen) {
            Zaak zaak = zaken.get(o.zaakId);
            o.status = OverdrachtStatus.VERLOPEN;
            o.afgehandeldOp = now;
            Taak.open(zaak, "overdracht-verlopen", o.id, Werkdagen.ATW.plusWerkdagen(vandaag, 1), Roles.TEAMLEIDER,
                    "Overdracht (" + o.soort.code() + ") aan " + o.ontvanger + " niet beantwoord voor "
                    + o.antwoordUiterlijk + "; de zaak blijft bij " + (zaak.regisseur == null ? zaak.team
                    : zaak.regisseur) + ". Escaleren of opnieuw aanbieden.", now);
            gebeurd(zaak, o, CaseworkEvents.OVERDRACHT_VERLOPEN, null, now, "Overdracht (" + o.soort.code()
                    + ") aan " + o.ontvanger + " verlopen; geëscaleerd naar de teamleider van " + zaak.team);
        }
        return verlopen.size();
    }

    @Scheduled(every = "${trede.casework.overdracht.controle-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void verloopVandaag() {
        int n = verloop(NlTime.vandaag(clock));
        if (n > 0) {
            LOG.infof("%d overdracht(en) expired and escalated", n);
        }
    }

    private Overdracht load(UUID id, Long expectedVersion) {
        Overdracht o = Overdracht.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Overdracht " + id);
        }
        IfMatch.vereis(expectedVersion, o.version, "overdracht");
        return o;
    }

    /** 403 unless the caller takes this step on this offer ({@link OverdrachtRegels#magStap}); its zaak. */
    private Zaak magStap(OverdrachtRegels.Stap stap, Overdracht o, Aanroeper door) {
        Zaak zaak = zaken.get(o.zaakId);
        weiger(OverdrachtRegels.magStap(stap, door.inzage(), door.teamleider(), o.soort, o.ontvanger,
                o.aangebodenDoor, zaak.regisseur));
        return zaak;
    }

    /** The zaak's overdrachten, oldest first; 404 for a zaak that does not exist. */
    @Transactional
    public List<Overdracht> vanZaak(UUID zaakId) {
        zaken.get(zaakId);
        return Overdracht.vanZaak(zaakId);
    }

    /** The zaak's deviations from the standard route; 404 for a zaak that does not exist. */
    @Transactional
    public List<Afwijking> afwijkingenVanZaak(UUID zaakId) {
        zaken.get(zaakId);
        return Afwijking.vanZaak(zaakId);
    }

    /** One overdracht; 404 when it does not exist. */
    @Transactional
    public Overdracht get(UUID id) {
        return load(id, null);
    }

    /** The overdrachten the caller may see, by status and receiver, earliest term first. */
    @Transactional
    public Paginering.Resultaat<Overdracht> lijst(OverdrachtStatus status, String ontvanger, ZaakInzage inzage,
                                                  Paginering paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        if (ontvanger != null) {
            q.append(" and ontvanger = :ontvanger");
            params.put("ontvanger", ontvanger);
        }
        if (!inzage.volledig()) {
            // What ZaakInzage.magOverdrachtZien decides per record, as a query: the zaak is visible, or it is offered
            // to the caller.
            params.put("mijn", inzage.ontvangers());
            q.append(" and (ontvanger in :mijn or ").append(ToegangService.zichtbaar("zaakId", inzage, params))
                    .append(")");
        }
        return PanachePagina.van(Overdracht.<Overdracht>find(q + " order by antwoordUiterlijk, id", params), paging);
    }

    private static Overdracht flush(Overdracht o) {
        Overdracht.flush();
        return o;
    }

    private static void weiger(Optional<OverdrachtRegels.Overtreding> overtreding) {
        overtreding.ifPresent(v -> {
            if (v.status() == 403) {
                throw new ProblemException(403, "forbidden", "Forbidden", "Refused: " + v.uitleg() + ".", null, null);
            }
            throw new ProblemException(v.status(), v.status() == 400 ? "regel-" + v.regel().toLowerCase()
                    : "overdracht-" + v.regel(), v.status() == 400 ? "Invalid input" : "Conflict",
                    "Refused (" + v.regel() + "): " + v.uitleg() + ".", null, null);
        });
    }

    private void gebeurd(Zaak zaak, Overdracht o, String type, String reden, Instant op, String samenvatting) {
        TijdlijnItem.casework(zaak.id, op, type.substring(CaseworkEvents.TYPE_PREFIX.length()), samenvatting);
        zaken.publish(zaak, type, new CaseworkEvents.OverdrachtGewijzigd(o.id, zaak.id, o.soort.code(),
                o.ontvangerSoort.code(), o.ontvanger, o.status.code(), reden));
    }
}
