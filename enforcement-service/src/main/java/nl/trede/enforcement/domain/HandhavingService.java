package nl.trede.enforcement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.trede.enforcement.domain.MaatregelBerekening.Beoordeling;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorgaand;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorstel;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.time.Werkdagen;
import nl.trede.platform.werk.WerkMarkering;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The maatregel procedure: every step checks the state ({@link GedragingWorkflow}) and writes its event. */
@ApplicationScoped
public class HandhavingService {

    public static final String PATH = "/api/enforcement/v1/gedragingen";

    private final Clock clock;
    private final Outbox outbox;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final RegelsetService regelsets;
    private final String topic;
    private final String standaardRegelset;
    private final Werkdagen werkdagen = Werkdagen.ATW;
    private final IdempotencyKeys idempotency;
    private final OnderzoekService onderzoeken;

    private final WerkMarkering werk;

    public HandhavingService(Clock clock, Outbox outbox, EntityManager em, ObjectMapper mapper,
                             RegelsetService regelsets, IdempotencyKeys idempotency, OnderzoekService onderzoeken,
                             @ConfigProperty(name = "trede.topics.enforcement") String topic,
                             @ConfigProperty(name = "trede.enforcement.regelset", defaultValue = "deventer-maatregelen")
                             String standaardRegelset, WerkMarkering werk) {
        this.werk = werk;
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.mapper = mapper;
        this.regelsets = regelsets;
        this.idempotency = idempotency;
        this.onderzoeken = onderzoeken;
        this.topic = topic;
        this.standaardRegelset = standaardRegelset;
    }

    /** A handhaver's registration; a retried POST with the same Idempotency-Key returns the first gedraging. */
    @Transactional
    public IdempotencyKeys.Result registreer(HandhavingCommando.Registratie r, String idempotencyKey, String actor) {
        return idempotency.create("gedragingen:" + actor, idempotencyKey, r,
                () -> registreer(r, "handhaver", null, actor).id);
    }

    /**
     * Registers a gedraging, judged later by the regelset version valid on its date. A casework report that was
     * registered before ({@code bron}/{@code bronId}) is returned, not duplicated.
     */
    @Transactional
    public Gedraging registreer(HandhavingCommando.Registratie r, String bron, UUID bronId, String actor) {
        if (bronId != null) {
            Optional<Gedraging> bestaand = Gedraging.find("bron = ?1 and bronId = ?2", bron, bronId)
                    .firstResultOptional();
            if (bestaand.isPresent()) {
                return bestaand.get();
            }
        }
        String code = regelsetCode(r);
        ProblemException weigering = toets(r, code);
        if (weigering != null) {
            throw weigering;
        }
        Regelset set = Regelset.versies(code).stream().filter(v -> v.geldigheid().omvat(r.datum())).findFirst()
                .orElseThrow();
        Klantgroep klantgroep = Klantgroep.van(r.klantgroep()).orElse(null);
        Gedraging g = new Gedraging();
        g.id = UUID.randomUUID();
        g.klantId = r.klantId();
        g.zaakId = r.zaakId();
        g.categorie = r.categorie();
        g.regelset = set;
        g.datum = r.datum();
        g.referentiedatum = r.referentiedatum();
        g.bron = bron;
        g.bronId = bronId;
        g.actieveZorg = Boolean.TRUE.equals(r.actieveZorg());
        g.klantgroep = klantgroep == null ? null : klantgroep.code();
        g.status = GedragingStatus.GEREGISTREERD;
        g.geregistreerdDoor = actor;
        g.geregistreerdOp = Instant.now(clock);
        g.persist();
        publiceer(g, EnforcementEvents.GEDRAGING_GEREGISTREERD, new EnforcementEvents.GedragingGeregistreerd(g.id,
                g.zaakId, g.categorie, g.datum, set.code, set.geldigVanaf, bron, g.klantgroep));
        return g;
    }

    /** Whether the report {@code bronId} of {@code bron} was registered before. */
    public boolean alGemeld(String bron, UUID bronId) {
        return Gedraging.count("bron = ?1 and bronId = ?2", bron, bronId) > 0;
    }

    private String regelsetCode(HandhavingCommando.Registratie r) {
        return r.regelset() == null || r.regelset().isBlank() ? standaardRegelset : r.regelset().strip();
    }

    /**
     * Why a registration would be refused (400), or null: checked before anything is written. Without a transaction of
     * its own, so the consumer of casework's report can answer a refusal with an event instead of a rollback.
     */
    public ProblemException weigering(HandhavingCommando.Registratie r) {
        return toets(r, regelsetCode(r));
    }

    private ProblemException toets(HandhavingCommando.Registratie r, String code) {
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate vandaag = NlTime.vandaag(clock);
        if (r.datum().isAfter(vandaag)) {
            fouten.add(new InvalidParam("datum", "must not lie in the future"));
        }
        Regelset set = Regelset.versies(code).stream().filter(v -> v.geldigheid().omvat(r.datum())).findFirst()
                .orElse(null);
        Sanctieregel regel = null;
        if (set == null) {
            fouten.add(new InvalidParam(Regelset.versies(code).isEmpty() ? "regelset" : "datum",
                    "no version of regelset " + code + " is valid on this date"));
        } else {
            Map<String, Sanctieregel> regels = regelsets.regels(code, r.datum()).perCategorie();
            regel = regels.get(r.categorie());
            if (regel == null) {
                fouten.add(new InvalidParam("categorie", "must be one of: " + String.join(", ", regels.keySet())));
            } else if (regel.soort() == RegelSoort.TAALEIS_EENMALIG && r.referentiedatum() == null) {
                fouten.add(new InvalidParam("referentiedatum", "the kennisgeving date is required for "
                        + r.categorie()));
            }
        }
        if (!fouten.isEmpty()) {
            return ProblemException.invalid(fouten);
        }
        Klantgroep klantgroep = Klantgroep.van(r.klantgroep()).orElse(null);
        if (klantgroep != null && klantgroep.zonderArbeidsverplichting() && regel.arbeidsverplichting()) {
            return geenArbeidsverplichting(klantgroep, regel);
        }
        return null;
    }

    /**
     * casework's report refused (the reason of {@link #weigering}): back to casework as {@code gedraging-geweigerd}
     * with a reason code and the generated rule text (no personal data), instead of only a DLQ entry casework never
     * sees. Nothing else is written.
     */
    @Transactional
    public void weigeren(UUID klantId, UUID meldingId, UUID zaakId, String categorie, LocalDate datum,
                         ProblemException p) {
        outbox.publish(new DomainEvent(topic, EnforcementEvents.GEDRAGING_GEWEIGERD, klantId, PATH,
                new EnforcementEvents.GedragingGeweigerd(meldingId, zaakId, categorie, datum, redenCode(p),
                        p.invalidParams() == null || p.invalidParams().isEmpty() ? p.getMessage()
                                : String.join("; ", p.invalidParams().stream().map(i -> i.name() + " " + i.reason())
                                .toList()))));
    }

    /** The reason codes of gedraging-geweigerd (the contract with casework, enforcement-service/README.md). */
    static String redenCode(ProblemException p) {
        if ("geen-arbeidsverplichting".equals(p.code())) {
            return "geen-arbeidsverplichting";
        }
        InvalidParam eerste = p.invalidParams() == null || p.invalidParams().isEmpty() ? null
                : p.invalidParams().get(0);
        if (eerste == null) {
            return "niet-te-beoordelen";
        }
        return switch (eerste.name()) {
            case "categorie" -> "categorie-onbekend";
            case "referentiedatum" -> "referentiedatum-ontbreekt";
            case "regelset" -> "geen-regelset";
            case "datum" -> eerste.reason().startsWith("must not lie in the future") ? "datum-in-de-toekomst"
                    : "geen-regelset-op-datum";
            default -> "niet-te-beoordelen";
        };
    }

    /**
     * 400 (invalid input, never 422: ADR /core/error-handling/invalid-input): Faciliteren and Zorg have no
     * arbeidsverplichting (sources D4.1; PB §1.2 „geen arbeidsverplichting"), so a category enforcing one cannot be
     * imposed on them.
     */
    static ProblemException geenArbeidsverplichting(Klantgroep klantgroep, Sanctieregel regel) {
        return new ProblemException(400, "geen-arbeidsverplichting", "Geen arbeidsverplichting", "Klantgroep "
                + klantgroep.code() + " has no arbeidsverplichting (PB §1.2 \"geen arbeidsverplichting\", sources "
                + "D4.1): category " + regel.categorie() + " (" + regel.artikel() + ") cannot be imposed.",
                List.of(new InvalidParam("categorie", "enforces an arbeidsverplichting, which klantgroep "
                        + klantgroep.code() + " does not have")), null);
    }

    public Gedraging gedraging(UUID id) {
        return Gedraging.<Gedraging>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Gedraging "
                + id));
    }

    /**
     * The gedraging after a step, with the version it will have once the step commits: flushed first, because the
     * version is incremented at flush — without it an answer named the version before the step, and a client that
     * sent it back as If-Match got 412.
     */
    public Gedraging bijgewerkt(UUID id) {
        em.flush();
        return gedraging(id);
    }

    /** The maatregel of a gedraging, once proposed. */
    public Optional<Maatregel> maatregel(UUID gedragingId) {
        return Maatregel.vanGedraging(gedragingId);
    }

    /** Stap 1: the invitation to be heard (sources D4.4 G5; Awb 4:8). */
    @Transactional
    public Gedraging hoorverzoek(UUID id, Long version, HandhavingCommando.Hoorverzoek r) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (r.verzondenOp().isAfter(NlTime.vandaag(clock))) {
            fouten.add(new InvalidParam("verzondenOp", "must not lie in the future"));
        }
        if (r.gesprekOp().isBefore(r.verzondenOp())) {
            fouten.add(new InvalidParam("gesprekOp", "must not lie before verzondenOp"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        Gedraging g = stap(id, version, GedragingWorkflow.Actie.HOORVERZOEK_VERSTUREN);
        if (r.verzondenOp().isBefore(g.datum)) {
            throw hoorverzoekVoorGedraging(g.datum);
        }
        g.hoorverzoekKanaal = r.kanaal();
        g.hoorverzoekVerzondenOp = r.verzondenOp();
        g.hoorgesprekOp = r.gesprekOp();
        publiceer(g, EnforcementEvents.HOORVERZOEK_VERSTUURD, new EnforcementEvents.HoorverzoekVerstuurd(g.id,
                r.kanaal(), r.verzondenOp(), r.gesprekOp()));
        return g;
    }

    /**
     * 400 (a broken rule, never 422): the klant is heard about a gedraging that happened (Awb 4:8 lid 1: horen before
     * a besluit on the facts of the case; Pw art. 18 lid 2: a verlaging for a gedraging), so the invitation cannot
     * have been sent before the date of the gedraging.
     */
    static ProblemException hoorverzoekVoorGedraging(LocalDate gedragingsdatum) {
        return new ProblemException(400, "hoorverzoek-voor-gedraging", "Hoorverzoek before the gedraging",
                "The invitation to be heard (Awb 4:8) cannot precede the gedraging it is about (" + gedragingsdatum
                        + ").", List.of(new InvalidParam("verzondenOp", "must not lie before the date of the "
                        + "gedraging " + gedragingsdatum + " (rule hoorverzoek-voor-gedraging, Awb 4:8)")), null);
    }

    /** Stap 2: no response → the hersteltermijn, ≥ 5 working days, registered and regular (sources D4.6). */
    @Transactional
    public Gedraging hersteltermijn(UUID id, Long version, HandhavingCommando.Hersteltermijn r) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (r.verzondenOp().isAfter(NlTime.vandaag(clock))) {
            fouten.add(new InvalidParam("verzondenOp", "must not lie in the future"));
        }
        if (!Hersteltermijn.voldoende(werkdagen, r.verzondenOp(), r.gesprekOp())) {
            fouten.add(new InvalidParam("gesprekOp", "at least " + Hersteltermijn.MINIMUM_WERKDAGEN + " working days "
                    + "must lie between sending and the conversation (sources D4.6); the earliest date is "
                    + Hersteltermijn.vroegsteGesprek(werkdagen, r.verzondenOp())));
        }
        if (!r.aangetekend()) {
            fouten.add(new InvalidParam("aangetekend", "the hersteltermijn letter is sent by registered mail"));
        }
        if (!r.regulier()) {
            fouten.add(new InvalidParam("regulier", "the hersteltermijn letter is also sent by ordinary mail"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        Gedraging g = stap(id, version, GedragingWorkflow.Actie.HERSTELTERMIJN_VERSTUREN);
        if (r.verzondenOp().isBefore(g.hoorverzoekVerzondenOp)) {
            throw ProblemException.invalid("verzondenOp", "must not lie before the hoorverzoek was sent");
        }
        g.hersteltermijnVerzondenOp = r.verzondenOp();
        g.hersteltermijnGesprekOp = r.gesprekOp();
        publiceer(g, EnforcementEvents.HERSTELTERMIJN_VERSTUURD, new EnforcementEvents.HersteltermijnVerstuurd(g.id,
                r.verzondenOp(), r.gesprekOp(), Hersteltermijn.werkdagenTussen(werkdagen, r.verzondenOp(),
                r.gesprekOp()), true, true));
        return g;
    }

    @Transactional
    public Gedraging horen(UUID id, Long version, HandhavingCommando.Horen r) {
        Gedraging g = stap(id, version, GedragingWorkflow.Actie.HOREN_VASTLEGGEN);
        if (r.gehoordOp().isBefore(g.hoorverzoekVerzondenOp) || r.gehoordOp().isAfter(NlTime.vandaag(clock))) {
            throw ProblemException.invalid("gehoordOp", "must lie between the invitation and today");
        }
        g.gehoordOp = r.gehoordOp();
        werk.markeer(g.klantId); // no event for horen (docs/contracts/werkitems.md)
        return g;
    }

    /** Stap 3: the proposal computed from the regelset of the gedraging's date (MaatregelBerekening). */
    @Transactional
    public Gedraging voorstellen(UUID id, Long version, HandhavingCommando.Voorstel r, String actor) {
        Gedraging g = stap(id, version, GedragingWorkflow.Actie.VOORSTELLEN);
        // gedragingen merged by an earlier proposal stay merged; samenloopMet adds to them
        List<Gedraging> samen = new ArrayList<>(Gedraging.<Gedraging>list("samengevoegdIn", g.id));
        List<UUID> ids = r.samenloopMet() == null ? List.of() : r.samenloopMet();
        for (int i = 0; i < ids.size(); i++) {
            UUID anderId = ids.get(i);
            if (samen.stream().anyMatch(x -> x.id.equals(anderId))) {
                continue;
            }
            Gedraging ander = Gedraging.findById(anderId);
            if (ander == null || ander.id.equals(g.id) || !ander.klantId.equals(g.klantId)
                    || !GedragingStatus.OPEN.contains(ander.status) || ander.status == GedragingStatus.VOORGESTELD) {
                throw ProblemException.invalid("samenloopMet[" + i + "]", "must be another open gedraging of the "
                        + "same klant without a proposal of its own");
            }
            samen.add(ander);
        }
        Beoordeling b = new Beoordeling(r.verwijtbaar(), r.geenVerwijtbaarheidReden(), r.dringendeRedenen(),
                Boolean.TRUE.equals(r.waarschuwing()));
        Voorstel v = bereken(g, samen, b, r.normPerMaand(), NlTime.vandaag(clock));
        Maatregel m = Maatregel.vanGedraging(g.id).orElseGet(() -> {
            Maatregel nieuw = new Maatregel();
            nieuw.id = UUID.randomUUID();
            nieuw.gedragingId = g.id;
            nieuw.klantId = g.klantId;
            return nieuw;
        });
        m.status = Maatregel.VOORGESTELD;
        m.verwijtbaar = r.verwijtbaar();
        m.geenVerwijtbaarheidReden = r.geenVerwijtbaarheidReden();
        m.dringendeRedenen = r.dringendeRedenen();
        m.waarschuwingGevraagd = b.waarschuwingGevraagd();
        m.normPerMaand = r.normPerMaand();
        m.regelset = g.regelset;
        m.voorgesteldOp = Instant.now(clock);
        m.samenloop = String.join(",", samen.stream().map(s -> s.id.toString()).sorted().toList());
        vul(m, v);
        m.persist();
        for (Gedraging s : samen) {
            s.status = GedragingStatus.SAMENGEVOEGD;
            s.samengevoegdIn = g.id;
        }
        publiceer(g, EnforcementEvents.MAATREGEL_VOORGESTELD, new EnforcementEvents.MaatregelVoorgesteld(m.id, g.id,
                g.zaakId, m.uitkomst, m.afzienReden, m.categorie, m.stap, m.recidive, m.percentage, m.duurMaanden,
                m.bedragEenmalig, m.ingangsdatum, m.einddatum, eersteBedrag(v), m.artikel, v.samenloop()));
        return g;
    }

    /**
     * The besluit: recomputed on the besluit date (the ingangsdatum follows it), with the bezwaartermijn; an opgelegde
     * maatregel also becomes one uitkeringsmutatie in the GWS feed.
     */
    @Transactional
    public Gedraging besluiten(UUID id, Long version, String actor) {
        return besluiten(id, version, null, actor);
    }

    @Transactional
    public Gedraging besluiten(UUID id, Long version, HandhavingCommando.Besluit r, String actor) {
        Gedraging g = stap(id, version, GedragingWorkflow.Actie.BESLUITEN);
        Maatregel m = Maatregel.vanGedraging(g.id).orElseThrow();
        List<Gedraging> samen = Gedraging.list("samengevoegdIn", g.id);
        LocalDate besluitdatum = NlTime.vandaag(clock);
        Voorstel v;
        try {
            v = bereken(g, samen, new Beoordeling(m.verwijtbaar, m.geenVerwijtbaarheidReden, m.dringendeRedenen,
                    m.waarschuwingGevraagd), m.normPerMaand, besluitdatum);
        } catch (ProblemException e) {
            throw ProblemException.conflict("voorstel-verouderd", "The proposal no longer holds on the besluit date ("
                    + e.getMessage() + "); propose again.", null);
        }
        if (v.uitkomst() == MaatregelBerekening.Uitkomst.OPLEGGEN && g.actieveZorg && g.zorgafstemmingSoort == null) {
            throw ProblemException.conflict("zorgafstemming-vereist", "The klant has active zorg: record the joint "
                    + "consultation of regisseur and zorg, or a handhaver's override with a reason, before the "
                    + "maatregel takes effect (POST .../zorgafstemming).", null);
        }
        HandhavingCommando.NieuweAfspraak afspraak = r == null ? null : r.nieuweAfspraak();
        nieuweAfspraak(g, v, afspraak, besluitdatum);
        vul(m, v);
        if (afspraak != null) {
            m.nieuweAfspraakDatum = afspraak.datum();
            m.nieuweAfspraakTijd = afspraak.tijd();
            m.nieuweAfspraakSoort = afspraak.soort();
            m.nieuweAfspraakPlaats = afspraak.plaats().strip();
            m.motivering = (m.motivering == null || m.motivering.isBlank() ? "" : m.motivering.strip() + " ")
                    + afspraakTekst(m);
        }
        m.besluitdatum = besluitdatum;
        m.bezwaarTot = MaatregelBerekening.bezwaartermijnEinde(besluitdatum, werkdagen);
        m.beslotenDoor = actor;
        switch (v.uitkomst()) {
            case OPLEGGEN -> {
                m.status = Maatregel.OPGELEGD;
                g.status = GedragingStatus.OPGELEGD;
                Samenloop.Uitkomst samenloop = samenloop(g, m, v);
                Long volgnummer = null;
                if (samenloop.opgenomenIn() != null) {
                    // taken up in a higher verlaging of the same period: no verlaging, no mutatie of its own
                    m.opgenomenIn = samenloop.opgenomenIn();
                    m.ingangsdatum = null;
                    m.einddatum = null;
                    m.perioden = "[]";
                } else {
                    volgnummer = mutatie(g, m, v);
                }
                publiceer(g, EnforcementEvents.MAATREGEL_OPGELEGD, new EnforcementEvents.MaatregelOpgelegd(m.id, g.id,
                        g.zaakId, m.categorie, m.stap, m.recidive, m.percentage, m.duurMaanden, m.bedragEenmalig,
                        m.ingangsdatum, m.einddatum, m.opgenomenIn == null ? eersteBedrag(v) : null, m.besluitdatum,
                        m.bezwaarTot, m.artikel, volgnummer, m.opgenomenIn, samenloop.beeindigd()));
            }
            case CONTACT_ZOEKEN -> {
                m.status = Maatregel.CONTACT_GEZOCHT;
                g.status = GedragingStatus.CONTACT_GEZOCHT;
                publiceer(g, EnforcementEvents.MAATREGEL_AFGEZIEN, new EnforcementEvents.MaatregelAfgezien(m.id, g.id,
                        g.zaakId, m.uitkomst, m.afzienReden, m.categorie, m.besluitdatum, m.artikel));
            }
            case BLOKKEREN -> {
                m.status = Maatregel.GEBLOKKEERD;
                g.status = GedragingStatus.GEBLOKKEERD;
                List<UUID> noShows = new ArrayList<>();
                noShows.add(g.id);
                samen.forEach(s -> noShows.add(s.id));
                Handhavingsonderzoek o = onderzoeken.start(new OnderzoekCommando.Start(g.klantId, g.zaakId,
                        "recidive", noShows), actor);
                m.onderzoekId = o.id;
                long volgnummer = blokkering(g, m, o);
                publiceer(g, EnforcementEvents.UITKERING_GEBLOKKEERD, new EnforcementEvents.UitkeringGeblokkeerd(m.id,
                        g.id, g.zaakId, m.categorie, m.stap, g.klantgroep, m.besluitdatum, m.bezwaarTot, m.artikel,
                        o.id, volgnummer));
            }
            case AFZIEN, WAARSCHUWING -> {
                boolean waarschuwing = v.uitkomst() == MaatregelBerekening.Uitkomst.WAARSCHUWING;
                m.status = waarschuwing ? Maatregel.GEWAARSCHUWD : Maatregel.AFGEZIEN;
                g.status = waarschuwing ? GedragingStatus.GEWAARSCHUWD : GedragingStatus.AFGEZIEN;
                publiceer(g, EnforcementEvents.MAATREGEL_AFGEZIEN, new EnforcementEvents.MaatregelAfgezien(m.id, g.id,
                        g.zaakId, m.uitkomst, m.afzienReden, m.categorie, m.besluitdatum, m.artikel));
            }
            default -> throw new IllegalStateException();
        }
        return g;
    }

    /**
     * Deventer PB §5.3.1, §5.3.2, §7.2 (Faciliteren: a no-show for the kick-off, the kennismakingsgesprek or a
     * doelmatigheidsgesprek): a one-off € 50 "en in datzelfde besluit ontvangt hij vervolgens een nieuwe afspraak".
     * So that besluit requires the new appointment (400 naming nieuweAfspraak), not before the besluitdatum; any
     * other besluit takes none (400).
     */
    static void nieuweAfspraak(Gedraging g, Voorstel v, HandhavingCommando.NieuweAfspraak afspraak,
                               LocalDate besluitdatum) {
        boolean vereist = vereistNieuweAfspraak(Klantgroep.van(g.klantgroep).orElse(null), v);
        if (vereist && afspraak == null) {
            throw new ProblemException(400, "nieuwe-afspraak-vereist", "Nieuwe afspraak vereist", "The besluit of "
                    + "the € 50 for a Faciliteren no-show gives the klant a new appointment in the same besluit "
                    + "(Deventer PB §5.3.1, §5.3.2, §7.2).", List.of(new InvalidParam("nieuweAfspraak", "is required "
                    + "for the € 50 of a Faciliteren no-show (rule nieuwe-afspraak-vereist, PB §5.3.1, §5.3.2, "
                    + "§7.2)")), null);
        }
        if (!vereist && afspraak != null) {
            throw ProblemException.invalid("nieuweAfspraak", "only the besluit of the € 50 for a Faciliteren no-show "
                    + "carries a new appointment (PB §5.3.1, §5.3.2, §7.2); this besluit is " + v.uitkomst().code()
                    + " for " + v.categorie() + (g.klantgroep == null ? "" : " (" + g.klantgroep + ")"));
        }
        if (afspraak != null && afspraak.datum().isBefore(besluitdatum)) {
            throw ProblemException.invalid("nieuweAfspraak.datum", "must not lie before the besluitdatum "
                    + besluitdatum);
        }
    }

    /** The case of PB §5.3.1/§5.3.2/§7.2: Faciliteren, the no-show's one-off € 50 (the first no-show). */
    static boolean vereistNieuweAfspraak(Klantgroep klantgroep, Voorstel v) {
        return klantgroep == Klantgroep.FACILITEREN && v.uitkomst() == MaatregelBerekening.Uitkomst.OPLEGGEN
                && Sanctieregel.NO_SHOW.equals(v.categorie()) && v.bedragEenmalig() != null;
    }

    /** The sentence of the besluit (its motivering, the letter's summary) that names the new appointment. */
    static String afspraakTekst(Maatregel m) {
        return "In dit besluit ontvangt u een nieuwe afspraak: " + m.nieuweAfspraakSoort + " op "
                + m.nieuweAfspraakDatum + " om " + m.nieuweAfspraakTijd + ", " + m.nieuweAfspraakPlaats + ".";
    }

    /** The blokkering of the gedraging in force, or 409 {@code geen-actieve-blokkering}. */
    private Maatregel actieveBlokkering(Gedraging g) {
        Maatregel m = Maatregel.vanGedraging(g.id).orElse(null);
        if (m == null || !m.blokkeringActief()) {
            throw ProblemException.conflict("geen-actieve-blokkering", "Gedraging " + g.id + " has no blokkering in "
                    + "force" + (m == null ? "" : " (maatregel " + m.status + (m.opgehevenPer != null ? ", lifted per "
                    + m.opgehevenPer : "") + (m.stopgezetPer != null ? ", stopped per " + m.stopgezetPer : "") + ")")
                    + ".", null);
        }
        return m;
    }

    /**
     * Lifts a blokkering (the Faciliteren/Zorg 2nd no-show, PB §5.3.2, §6.3.1, §7.2): GWS pays again from
     * {@code per}. A deblokkering mutatie in the GWS feed and {@code uitkering-gedeblokkeerd}, in one transaction.
     */
    @Transactional
    public Gedraging blokkeringOpheffen(UUID id, Long version, HandhavingCommando.Opheffing r, String actor) {
        Gedraging g = vergrendeld(id);
        IfMatch.vereis(version, g.version, "gedraging");
        Maatregel m = actieveBlokkering(g);
        if (r.per().isBefore(m.besluitdatum)) {
            throw ProblemException.invalid("per", "must not lie before the blokkering of " + m.besluitdatum);
        }
        m.opgehevenPer = r.per();
        m.opheffingReden = r.reden().strip();
        m.opgehevenDoor = actor;
        g.status = GedragingStatus.BLOKKERING_OPGEHEVEN;
        Map<String, Object> data = mutatieData("deblokkering", g, m);
        data.put("gedeblokkeerdPer", m.opgehevenPer);
        data.put("artikel", m.artikel);
        data.put("categorie", m.categorie);
        data.put("onderzoekId", m.onderzoekId);
        long volgnummer = mutatie(g, m, "deblokkering", data);
        publiceer(g, EnforcementEvents.UITKERING_GEDEBLOKKEERD, new EnforcementEvents.UitkeringGedeblokkeerd(m.id, g.id,
                g.zaakId, g.klantgroep, m.opgehevenPer, m.artikel, volgnummer));
        return g;
    }

    /** Deventer PB §6.3.1, §7.2: the ground of stopping a Zorg klant's uitkering. */
    static final String STOPZETTING_ARTIKEL = "PB §6.3.1, §7.2";

    /**
     * Zorg (PB §6.3.1): after the blokkering the klant gets a hersteltermijn (at least 5 working days, as the
     * hersteltermijn of the procedure, sources D4.6) — the precondition of a stopzetting.
     */
    @Transactional
    public Gedraging blokkeringHersteltermijn(UUID id, Long version, HandhavingCommando.BlokkeringHersteltermijn r) {
        Gedraging g = vergrendeld(id);
        IfMatch.vereis(version, g.version, "gedraging");
        Maatregel m = actieveBlokkering(g);
        alleenZorg(g);
        if (m.blokkeringHersteltermijnTot != null) {
            throw ProblemException.conflict("hersteltermijn-al-verstuurd", "The hersteltermijn after this "
                    + "blokkering was sent on " + m.blokkeringHersteltermijnVerzondenOp + " (until "
                    + m.blokkeringHersteltermijnTot + ").", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        if (r.verzondenOp().isAfter(NlTime.vandaag(clock)) || r.verzondenOp().isBefore(m.besluitdatum)) {
            fouten.add(new InvalidParam("verzondenOp", "must lie between the blokkering of " + m.besluitdatum
                    + " and today"));
        }
        if (!Hersteltermijn.voldoende(werkdagen, r.verzondenOp(), r.termijnTot())) {
            fouten.add(new InvalidParam("termijnTot", "at least " + Hersteltermijn.MINIMUM_WERKDAGEN + " working "
                    + "days must lie between sending and the end of the term; the earliest date is "
                    + Hersteltermijn.vroegsteGesprek(werkdagen, r.verzondenOp())));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        m.blokkeringHersteltermijnVerzondenOp = r.verzondenOp();
        m.blokkeringHersteltermijnTot = r.termijnTot();
        em.lock(g, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        publiceer(g, EnforcementEvents.BLOKKERING_HERSTELTERMIJN_VERSTUURD,
                new EnforcementEvents.BlokkeringHersteltermijnVerstuurd(m.id, g.id, g.zaakId, r.verzondenOp(),
                        r.termijnTot()));
        return g;
    }

    /**
     * Zorg (PB §6.3.1, §7.2): „wanneer de klant dan blijft volharden in het niet reageren (ook na het versturen van
     * een hersteltermijn), moet de uitkering worden stopgezet". Only with a blokkering in force (the klant did not
     * react: a reaction lifts it) and a hersteltermijn that ended (409 otherwise); GWS stops the uitkering from
     * {@code per} (a stopzetting mutatie), {@code uitkering-stopgezet}.
     */
    @Transactional
    public Gedraging stopzetten(UUID id, Long version, HandhavingCommando.Stopzetting r, String actor) {
        Gedraging g = vergrendeld(id);
        IfMatch.vereis(version, g.version, "gedraging");
        Maatregel m = actieveBlokkering(g);
        alleenZorg(g);
        if (m.blokkeringHersteltermijnTot == null) {
            throw ProblemException.conflict("hersteltermijn-vereist", "Stopping the uitkering needs a hersteltermijn "
                    + "after the blokkering that ended without reaction (PB §6.3.1): send it first (POST .../"
                    + "blokkering-hersteltermijn).", null);
        }
        LocalDate vandaag = NlTime.vandaag(clock);
        if (!vandaag.isAfter(m.blokkeringHersteltermijnTot)) {
            throw ProblemException.conflict("hersteltermijn-loopt", "The hersteltermijn runs until "
                    + m.blokkeringHersteltermijnTot + "; the uitkering can be stopped from the day after.", null);
        }
        if (!r.per().isAfter(m.blokkeringHersteltermijnTot)) {
            throw ProblemException.invalid("per", "must lie after the hersteltermijn ended on "
                    + m.blokkeringHersteltermijnTot);
        }
        m.stopgezetPer = r.per();
        m.stopzettingReden = r.reden().strip();
        m.stopgezetDoor = actor;
        g.status = GedragingStatus.STOPGEZET;
        Map<String, Object> data = mutatieData("stopzetting", g, m);
        data.put("besluitdatum", vandaag);
        data.put("bezwaarTot", MaatregelBerekening.bezwaartermijnEinde(vandaag, werkdagen));
        data.put("stopgezetPer", m.stopgezetPer);
        data.put("hersteltermijnTot", m.blokkeringHersteltermijnTot);
        data.put("artikel", STOPZETTING_ARTIKEL);
        data.put("categorie", m.categorie);
        data.put("onderzoekId", m.onderzoekId);
        long volgnummer = mutatie(g, m, "stopzetting", data);
        publiceer(g, EnforcementEvents.UITKERING_STOPGEZET, new EnforcementEvents.UitkeringStopgezet(m.id, g.id,
                g.zaakId, g.klantgroep, m.stopgezetPer, m.blokkeringHersteltermijnTot, STOPZETTING_ARTIKEL,
                volgnummer));
        return g;
    }

    /** The head every mutatie of the GWS feed starts with, in this order: soort and the ids it concerns. */
    private static Map<String, Object> mutatieData(String soort, Gedraging g, Maatregel m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("soort", soort);
        data.put("klantId", g.klantId);
        data.put("zaakId", g.zaakId);
        data.put("maatregelId", m.id);
        data.put("gedragingId", g.id);
        return data;
    }

    private static void alleenZorg(Gedraging g) {
        if (Klantgroep.van(g.klantgroep).orElse(null) != Klantgroep.ZORG) {
            throw ProblemException.conflict("stopzetten-niet-mogelijk", "The hersteltermijn after a blokkering and "
                    + "the stopzetting are Deventer's rule for the Zorg klantgroep (PB §6.3.1, §7.2); this gedraging's "
                    + "klantgroep is " + (g.klantgroep == null ? "unknown" : g.klantgroep) + ".", null);
        }
    }

    /**
     * Pw art. 18 lid 11: after a lid 5-8 verlaging the college may, on request, revise it once the klant's attitude and
     * conduct show unambiguously that he meets the lid-4 obligations. The verlaging ends the day before
     * {@code herzienPer}; the GWS feed gets a herziening mutatie; the maatregel still counts for recidive.
     */
    @Transactional
    public Gedraging herzien(UUID id, Long version, HandhavingCommando.Herziening r, String actor) {
        Gedraging g = stap(id, version, GedragingWorkflow.Actie.HERZIEN);
        Maatregel m = Maatregel.vanGedraging(g.id).orElseThrow();
        if (!"pw-art-18-lid-4".equals(m.recidivegroep)) {
            throw ProblemException.conflict("herziening-niet-mogelijk", "Pw art. 18 lid 11 applies to a verlaging "
                    + "under lid 5-8 (the arbeidsverplichtingen of lid 4); this maatregel is " + m.categorie + ".",
                    null);
        }
        if (m.opgenomenIn != null) {
            throw ProblemException.conflict("herziening-niet-mogelijk", "This maatregel has no verlaging of its own: "
                    + "by samenloop it is taken up in maatregel " + m.opgenomenIn + "; revise the gedraging of that "
                    + "one (Pw art. 18 lid 11).", null);
        }
        LocalDate vandaag = NlTime.vandaag(clock);
        if (r.herzienPer().isBefore(vandaag) || m.einddatum == null || !r.herzienPer().isAfter(m.ingangsdatum)
                || r.herzienPer().isAfter(m.einddatum)) {
            throw ProblemException.invalid("herzienPer", "must lie after the ingangsdatum " + m.ingangsdatum
                    + ", not after the einddatum " + m.einddatum + " and not before today");
        }
        m.status = Maatregel.HERZIEN;
        m.herzienPer = r.herzienPer();
        m.herzienReden = r.reden();
        m.herzienDoor = actor;
        m.einddatum = r.herzienPer().minusDays(1);
        Map<String, Object> data = mutatieData("herziening", g, m);
        data.put("herzienPer", m.herzienPer);
        data.put("einddatum", m.einddatum);
        data.put("artikel", "Pw art. 18 lid 11");
        long volgnummer = mutatie(g, m, "herziening", data);
        publiceer(g, EnforcementEvents.MAATREGEL_HERZIEN, new EnforcementEvents.MaatregelHerzien(m.id, g.id, g.zaakId,
                m.herzienPer, m.einddatum, "Pw art. 18 lid 11", volgnummer));
        return g;
    }

    /**
     * Handhaving vs zorg: records the joint consultation or the override on an open gedraging (the version changes,
     * the status does not). An override is for the handhaver only and needs a reason.
     */
    @Transactional
    public Gedraging zorgafstemming(UUID id, Long version, HandhavingCommando.Zorgafstemming r, String actor,
                                    boolean handhaver) {
        List<InvalidParam> fouten = new ArrayList<>();
        boolean override = "override".equals(r.soort());
        if (override && (r.reden() == null || r.reden().isBlank())) {
            fouten.add(new InvalidParam("reden", "an override needs a reason"));
        }
        if (r.datum().isAfter(NlTime.vandaag(clock))) {
            fouten.add(new InvalidParam("datum", "must not lie in the future"));
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        if (override && !handhaver) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only a handhaver can override the "
                    + "zorgafstemming.", null, null);
        }
        Gedraging g = vergrendeld(id);
        IfMatch.vereis(version, g.version, "gedraging");
        if (!GedragingStatus.OPEN.contains(g.status)) {
            throw ProblemException.conflict("illegal-transition", "A gedraging with status " + g.status.code()
                    + " is decided; a zorgafstemming is recorded before the besluit.", null);
        }
        g.zorgafstemmingSoort = r.soort();
        g.zorgafstemmingOp = r.datum();
        g.zorgafstemmingDoor = actor;
        g.zorgafstemmingReden = r.reden();
        return g;
    }

    /** The opgelegd mutatie for the GWS feed. */
    private long mutatie(Gedraging g, Maatregel m, Voorstel v) {
        Map<String, Object> data = mutatieData(m.bedragEenmalig != null ? "eenmalige-verlaging" : "verlaging", g, m);
        data.put("besluitdatum", m.besluitdatum);
        data.put("bezwaarTot", m.bezwaarTot);
        data.put("artikel", m.artikel);
        data.put("categorie", m.categorie);
        data.put("normPerMaand", m.normPerMaand);
        data.put("bedragEenmalig", m.bedragEenmalig);
        data.put("perioden", v.perioden());
        return mutatie(g, m, "opgelegd", data);
    }

    /** The blokkering mutatie for the GWS feed (sources D4.3: „dient de uitkering geblokkeerd te worden"). */
    private long blokkering(Gedraging g, Maatregel m, Handhavingsonderzoek o) {
        Map<String, Object> data = mutatieData("blokkering", g, m);
        data.put("besluitdatum", m.besluitdatum);
        data.put("bezwaarTot", m.bezwaarTot);
        data.put("geblokkeerdPer", m.besluitdatum);
        data.put("artikel", m.artikel);
        data.put("categorie", m.categorie);
        data.put("onderzoekId", o.id);
        return mutatie(g, m, "blokkering", data);
    }

    /** A mutatie for the GWS feed; the advisory lock makes volgnummers visible in commit order. */
    private long mutatie(Gedraging g, Maatregel m, String soort, Map<String, Object> velden) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('uitkeringsmutatie'))").getSingleResult();
        Uitkeringsmutatie u = new Uitkeringsmutatie();
        u.id = UUID.randomUUID();
        u.maatregelId = m.id;
        u.klantId = g.klantId;
        u.soort = soort;
        u.aangemaaktOp = Instant.now(clock);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mutatieId", u.id);
        data.putAll(velden);
        u.data = json(data);
        u.persist();
        em.flush();
        return u.volgnummer;
    }

    private Voorstel bereken(Gedraging g, List<Gedraging> samen, Beoordeling b, BigDecimal norm,
                             LocalDate besluitdatum) {
        RegelsetService.Regels set = regelsets.regels(g.regelset.code, g.datum);
        Map<String, Sanctieregel> regels = set.perCategorie();
        eerdereEerst(g, samen, regels, set.recidive());
        List<MaatregelBerekening.Gedraging> gedragingen = new ArrayList<>();
        gedragingen.add(new MaatregelBerekening.Gedraging(g.categorie, g.datum, g.referentiedatum));
        for (Gedraging s : samen) {
            gedragingen.add(new MaatregelBerekening.Gedraging(s.categorie, s.datum, s.referentiedatum));
        }
        List<Voorgaand> voorgaand = Maatregel.besloten(g.klantId).stream()
                .map(m -> new Voorgaand(m.recidivegroep, m.stap, m.besluitdatum,
                        Maatregel.GEWAARSCHUWD.equals(m.status), gedragingsdatum(m))).toList();
        try {
            return MaatregelBerekening.bereken(regels, gedragingen, voorgaand, b, besluitdatum, norm,
                    Klantgroep.van(g.klantgroep).orElse(null), set.recidive());
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            int colon = msg.indexOf(':');
            throw ProblemException.invalid(colon > 0 ? msg.substring(0, colon) : "voorstel",
                    colon > 0 ? msg.substring(colon + 1).strip() : msg);
        }
    }

    private static LocalDate gedragingsdatum(Maatregel m) {
        Gedraging g = Gedraging.findById(m.gedragingId);
        return g == null ? null : g.datum;
    }

    /**
     * A regelset that counts recidive from the earlier gedraging ({@link RecidiveRegel.Vanaf#GEDRAGINGSDATUM}) makes
     * the step of this gedraging depend on how the earlier ones of its group were decided; those are decided first
     * (409 {@code eerdere-gedraging-open} naming it), so the order of the besluiten cannot change the outcome.
     */
    private void eerdereEerst(Gedraging g, List<Gedraging> samen, Map<String, Sanctieregel> regels,
                              RecidiveRegel recidive) {
        if (recidive.vanaf() != RecidiveRegel.Vanaf.GEDRAGINGSDATUM || !regels.containsKey(g.categorie)) {
            return;
        }
        String groep = regels.get(g.categorie).groep();
        for (Gedraging ander : Gedraging.<Gedraging>list("klantId = ?1 and datum < ?2 and status in ?3", g.klantId,
                g.datum, GedragingStatus.OPEN)) {
            boolean erbij = samen.stream().anyMatch(x -> x.id.equals(ander.id));
            if (erbij || ander.id.equals(g.id) || ander.status == GedragingStatus.SAMENGEVOEGD) {
                continue;
            }
            // its own group and those of the gedragingen merged into it: its maatregel may take any of them
            List<String> groepen = new ArrayList<>();
            groepen.add(ander.categorie);
            Gedraging.<Gedraging>list("samengevoegdIn", ander.id).forEach(x -> groepen.add(x.categorie));
            if (groepen.stream().map(regels::get).anyMatch(r -> r != null && groep.equals(r.groep()))) {
                throw ProblemException.conflict("eerdere-gedraging-open", "Regelset " + g.regelset.code + " counts "
                        + "recidive from the earlier gedraging (recidiveVanaf gedragingsdatum): decide gedraging "
                        + ander.id + " of " + ander.datum + " (group " + groep + ") first.",
                        PATH + "/" + ander.id);
            }
        }
    }

    /**
     * Samenloop from the klant's history (the {@link Samenloop} rule): the new verlaging against the klant's
     * verlagingen in force of the same period or overlapping months. Either it is taken up in a higher one (no
     * verlaging and no mutatie of its own), or the lower ones end the day before it starts; each of those gets a
     * mutatie in the GWS feed ({@code vervallen} when it had not started, else {@code herziening}).
     */
    private Samenloop.Uitkomst samenloop(Gedraging g, Maatregel m, Voorstel v) {
        if (v.perioden().isEmpty() || v.einddatum() == null) {
            return new Samenloop.Uitkomst(null, List.of());
        }
        Map<UUID, Maatregel> perId = new LinkedHashMap<>();
        Samenloop.Verlaging nieuw = new Samenloop.Verlaging(m.id, g.datum, m.besluitdatum, v.ingangsdatum(),
                v.einddatum(), Samenloop.zwaarte(v.percentage(), v.duurMaanden(), v.bedragEenmalig(), m.normPerMaand));
        Samenloop.Uitkomst uitkomst = Samenloop.bepaal(nieuw, bestaandeVerlagingen(g, m.id, perId));
        for (UUID id : uitkomst.beeindigd()) {
            Maatregel e = perId.get(id);
            boolean vervalt = !e.ingangsdatum.isBefore(nieuw.ingangsdatum());
            e.einddatum = nieuw.ingangsdatum().minusDays(1);
            e.vervangenDoor = m.id;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("soort", vervalt ? "vervallen" : "herziening");
            data.put("klantId", g.klantId);
            data.put("maatregelId", e.id);
            data.put("gedragingId", e.gedragingId);
            if (!vervalt) {
                data.put("herzienPer", nieuw.ingangsdatum());
                data.put("einddatum", e.einddatum);
            }
            data.put("vervangenDoor", m.id);
            data.put("artikel", SAMENLOOP_ARTIKEL);
            mutatie(g, e, "samenloop", data);
        }
        return uitkomst;
    }

    /** The klant's verlagingen in force other than {@code maatregelId}, as {@link Samenloop} reads them. */
    private List<Samenloop.Verlaging> bestaandeVerlagingen(Gedraging g, UUID maatregelId, Map<UUID, Maatregel> perId) {
        List<Samenloop.Verlaging> bestaand = new ArrayList<>();
        for (Maatregel e : Maatregel.verlagingen(g.klantId)) {
            LocalDate datum = gedragingsdatum(e);
            if (e.id.equals(maatregelId) || datum == null || e.besluitdatum == null) {
                continue;
            }
            perId.put(e.id, e);
            bestaand.add(new Samenloop.Verlaging(e.id, datum, e.besluitdatum, e.ingangsdatum, e.einddatum,
                    Samenloop.zwaarte(e.percentage, e.duurMaanden, e.bedragEenmalig, e.normPerMaand)));
        }
        return bestaand;
    }

    /**
     * The samenloop a proposed verlaging will meet when it is decided today, computed by the same rule as the besluit
     * ({@link Samenloop#bepaal}) without changing anything: empty when the proposal is no verlaging with a bounded
     * period. The besluit recomputes it on its own date.
     */
    public Optional<Samenloop.Uitkomst> samenloopVoorbeeld(Gedraging g, Maatregel m) {
        if (!Maatregel.VOORGESTELD.equals(m.status) || !MaatregelBerekening.Uitkomst.OPLEGGEN.code().equals(m.uitkomst)
                || m.ingangsdatum == null || m.einddatum == null) {
            return Optional.empty();
        }
        Samenloop.Verlaging nieuw = new Samenloop.Verlaging(m.id, g.datum, NlTime.vandaag(clock), m.ingangsdatum,
                m.einddatum, Samenloop.zwaarte(m.percentage, m.duurMaanden, m.bedragEenmalig, m.normPerMaand));
        return Optional.of(Samenloop.bepaal(nieuw, bestaandeVerlagingen(g, m.id, new LinkedHashMap<>())));
    }

    /** The ground of samenloop: Pw art. 18 lid 2 (verlaging "overeenkomstig de verordening") and its samenloop rule. */
    static final String SAMENLOOP_ARTIKEL = "Pw art. 18 lid 2; verordening: samenloop van gedragingen";

    private void vul(Maatregel m, Voorstel v) {
        m.uitkomst = v.uitkomst().code();
        m.afzienReden = v.afzienReden() == null ? null : v.afzienReden().code();
        m.motivering = v.motivering();
        m.categorie = v.categorie();
        m.recidivegroep = v.recidivegroep();
        m.stap = v.stap();
        m.recidive = v.recidive();
        m.percentage = v.percentage();
        m.duurMaanden = v.duurMaanden();
        m.bedragEenmalig = v.bedragEenmalig();
        m.ingangsdatum = v.ingangsdatum();
        m.einddatum = v.einddatum();
        m.perioden = json(v.perioden());
        m.artikel = v.artikel();
        m.bron = v.bron();
    }

    private static BigDecimal eersteBedrag(Voorstel v) {
        return v.perioden().isEmpty() ? null : v.perioden().get(0).bedragPerMaand();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gedraging at the If-Match version, after checking the step is allowed now (409 naming the state). */
    private Gedraging stap(UUID id, Long version, GedragingWorkflow.Actie actie) {
        Gedraging g = vergrendeld(id);
        IfMatch.vereis(version, g.version, "gedraging");
        if (!GedragingWorkflow.toegestaan(g.status, actie)) {
            throw ProblemException.conflict("illegal-transition", "A gedraging with status " + g.status.code()
                    + " does not allow " + actie.code() + "; allowed now: " + GedragingWorkflow.toegestaan(g.status)
                    .stream().map(GedragingWorkflow.Actie::code).sorted().toList() + ".", null);
        }
        GedragingWorkflow.naar(actie).ifPresent(s -> g.status = s);
        return g;
    }

    /**
     * The gedraging, locked before anything is read that a change decides on: first the klant (a transaction-scoped
     * advisory lock, because the proposal and the besluit read the klant's whole history: recidive and samenloop),
     * then the gedraging's row (SELECT … FOR UPDATE), re-read after the lock so a concurrent change that committed
     * first is seen. Of concurrent changes exactly one wins; the others then find a newer version (412) or a status
     * that no longer allows the step (409). Every path takes the locks in this order, so they cannot deadlock.
     */
    private Gedraging vergrendeld(UUID id) {
        List<UUID> klant = em.createQuery("select g.klantId from Gedraging g where g.id = :id", UUID.class)
                .setParameter("id", id).getResultList();
        if (klant.isEmpty()) {
            throw ProblemException.notFound("Gedraging " + id);
        }
        vergrendelKlant(klant.get(0));
        Gedraging g = gedraging(id);
        em.refresh(g, LockModeType.PESSIMISTIC_WRITE);
        return g;
    }

    /** Serialises the changes that read one klant's gedragingen and maatregelen (until the transaction ends). */
    private void vergrendelKlant(UUID klantId) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:sleutel))")
                .setParameter("sleutel", "enforcement-klant:" + klantId).getSingleResult();
    }

    private void publiceer(Gedraging g, String type, Object data) {
        outbox.publish(new DomainEvent(topic, type, g.klantId, PATH + "/" + g.id, data));
    }
}
