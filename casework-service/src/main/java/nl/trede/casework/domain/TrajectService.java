package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.problem.ProblemException;

/**
 * Trajecten from the voorzieningen catalogue (the casework requirements): eligibility checked when a traject is added
 * ({@link VoorzieningRegels}: 400 naming every broken rule with its source); its end date brings a review task for the
 * regisseur (continue / scale down / close with reason: a zaak never closes silently).
 */
@ApplicationScoped
public class TrajectService {

    private final ZaakService zaken;
    private final Clock clock;

    public TrajectService(ZaakService zaken, Clock clock) {
        this.zaken = zaken;
        this.clock = clock;
    }

    /** What the regisseur asks for. */
    public record Aanvraag(String voorziening, LocalDate startdatum, LocalDate einddatum, Integer urenPerWeek,
                           BigDecimal kosten, String uitvoerder, String maatwerkOmschrijving, String financieringsbron) {
    }

    /** The catalogue code of a tailored provision outside the standard catalogue (sources A3 R-14). */
    public static final String MAATWERK = "maatwerk";

    @Transactional
    public Traject starten(UUID zaakId, Aanvraag a, String actor, boolean teamleider) {
        Zaak zaak = zaken.get(zaakId);
        // The zaak's row lock orders this start against a concurrent closing: whichever comes second sees the other.
        Zaak.getEntityManager().lock(zaak, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        zaak.vereisOpen();
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "starts a traject");
        if (a.uitvoerder() != null) {
            zaken.vereisScheidingRegieUitvoering(zaak, zaak.regisseur, List.of(a.uitvoerder()), "uitvoerder");
        }
        if (a.einddatum().isBefore(a.startdatum())) {
            throw ProblemException.invalid("einddatum", "must not lie before the startdatum");
        }
        Voorziening v = Voorziening.geldig(a.voorziening(), a.startdatum()).orElseThrow(() -> ProblemException.invalid(
                "voorziening", "no voorziening '" + a.voorziening() + "' is valid on " + a.startdatum()
                        + "; valid then: " + String.join(", ", Voorziening.geldigOp(a.startdatum()).stream()
                        .map(x -> x.code).toList())));
        List<VoorzieningRegels.Overtreding> fouten = VoorzieningRegels.toets(v.voorwaarden(),
                new VoorzieningRegels.Aanvraag(zaak.klantgroep, zaak.klant.geboortedatum, zaak.inDoelgroepregister,
                        a.startdatum(), a.einddatum(), a.urenPerWeek(), a.kosten()));
        if (!fouten.isEmpty()) {
            throw new ProblemException(400, "voorziening-voorwaarden", "Invalid input", "The traject does "
                    + "not meet the conditions of " + v.code + ".", fouten.stream()
                    .map(f -> new InvalidParam(f.regel(), f.uitleg())).toList(), null);
        }
        if (MAATWERK.equals(v.code)) {
            // a maatwerkbesluit records what it is, its funding source and its approver (a teamleider).
            if (!teamleider) {
                throw new ProblemException(403, "forbidden", "Forbidden", "Maatwerk outside the catalogue is approved "
                        + "by a teamleider (sources A3 R-14).", null, null);
            }
            List<InvalidParam> ontbreekt = new java.util.ArrayList<>();
            if (a.maatwerkOmschrijving() == null || a.maatwerkOmschrijving().isBlank()) {
                ontbreekt.add(new InvalidParam("maatwerkOmschrijving", "is required for maatwerk (R-14)"));
            }
            if (a.financieringsbron() == null || a.financieringsbron().isBlank()) {
                ontbreekt.add(new InvalidParam("financieringsbron", "is required for maatwerk (R-14)"));
            }
            if (!ontbreekt.isEmpty()) {
                throw ProblemException.invalid(ontbreekt);
            }
        }
        Instant now = Instant.now(clock);
        Traject t = new Traject();
        t.id = UUID.randomUUID();
        t.zaakId = zaak.id;
        t.voorzieningId = v.id;
        t.voorzieningCode = v.code;
        t.startdatum = a.startdatum();
        t.einddatum = a.einddatum();
        t.urenPerWeek = a.urenPerWeek();
        t.kosten = a.kosten();
        t.uitvoerder = a.uitvoerder();
        if (MAATWERK.equals(v.code)) {
            t.maatwerkOmschrijving = a.maatwerkOmschrijving().strip();
            t.financieringsbron = a.financieringsbron().strip();
            t.goedgekeurdDoor = actor;
        }
        t.status = TrajectStatus.LOPEND;
        t.gestartDoor = actor;
        t.gestartOp = now;
        t.persist();
        // The end date is a review moment (requirement "Reviews and follow-up").
        zaken.reviewPlannen(zaak, "traject-review", t.id, a.einddatum(),
                "Einde traject " + v.code + ": voortzetten, afschalen naar nazorg of afsluiten met reden.", now);
        TijdlijnItem.casework(zaak.id, now, "traject-gestart", "Traject " + v.code + " van " + a.startdatum()
                + " tot " + a.einddatum() + (a.uitvoerder() == null ? "" : ", uitgevoerd door " + a.uitvoerder()));
        zaken.publish(zaak, CaseworkEvents.TRAJECT_GESTART, new CaseworkEvents.TrajectGestart(t.id, zaak.id, v.code,
                a.startdatum(), a.einddatum()));
        return t;
    }

    /** One traject; 404 when it does not exist. */
    @Transactional
    public Traject get(UUID id) {
        Traject t = Traject.findById(id);
        if (t == null) {
            throw ProblemException.notFound("Traject " + id);
        }
        return t;
    }

    /** Ends a traject with its outcome; its review task is done. */
    @Transactional
    public Traject beeindigen(UUID trajectId, Long expectedVersion, String resultaat, String toelichting, String actor,
                              boolean teamleider) {
        Traject t = Traject.findById(trajectId);
        if (t == null) {
            throw ProblemException.notFound("Traject " + trajectId);
        }
        IfMatch.vereis(expectedVersion, t.version, "traject");
        if (t.status != TrajectStatus.LOPEND) {
            throw ProblemException.conflict("traject-beeindigd", "Traject " + trajectId + " has ended already.", null);
        }
        Zaak zaak = zaken.get(t.zaakId);
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "ends a traject");
        Instant now = Instant.now(clock);
        t.status = TrajectStatus.BEEINDIGD;
        t.resultaat = resultaat;
        t.toelichting = toelichting;
        t.beeindigdOp = now;
        Taak.afhandelen("traject-review", "bronId", t.id, now);
        TijdlijnItem.casework(zaak.id, now, "traject-beeindigd", "Traject " + t.voorzieningCode + " beëindigd: "
                + resultaat);
        zaken.publish(zaak, CaseworkEvents.TRAJECT_BEEINDIGD, new CaseworkEvents.TrajectBeeindigd(t.id, zaak.id,
                t.voorzieningCode, resultaat));
        Traject.flush();
        return t;
    }

    /** The zaak's trajecten, by start date; 404 for a zaak that does not exist. */
    @Transactional
    public List<Traject> vanZaak(UUID zaakId) {
        zaken.get(zaakId);
        return Traject.vanZaak(zaakId);
    }

    /** The voorzieningen catalogue valid on {@code dag}. */
    @Transactional
    public List<Voorziening> catalogus(LocalDate dag) {
        return Voorziening.geldigOp(dag);
    }
}
