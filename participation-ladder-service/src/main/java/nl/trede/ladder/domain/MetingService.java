package nl.trede.ladder.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.Geldigheid;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.toegang.KlantInzage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records metingen (immutable; a correction is a new meting), keeps the klant's positions per scheme
 * ({@code ladder_positie}) in the same transaction, and publishes the ladder events through the outbox.
 */
@ApplicationScoped
public class MetingService {

    public static final String PATH = "/api/ladder/v1/metingen";
    /** The due list's {@code WITH verwacht AS (...)}; the caller selects from it. */
    private static final String VERWACHT_SQL = RapportageService.sql("/verwacht/verwachte-metingen.sql");

    private final EntityManager em;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;
    private final Clock clock;
    private final String topic;
    private final int nulmetingVenster;

    public MetingService(EntityManager em, Outbox outbox, IdempotencyKeys idempotency, Clock clock,
                         @ConfigProperty(name = "trede.topics.ladder") String topic,
                         @ConfigProperty(name = "trede.ladder.traject.nulmeting-venster-dagen") int nulmetingVenster) {
        this.nulmetingVenster = nulmetingVenster;
        this.em = em;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.topic = topic;
    }

    /** Records a meting; with an Idempotency-Key a retry returns the first one. Nothing is written on a 400/409. */
    @Transactional
    public Registratie registreer(NieuweMeting request, String idempotencyKey, String caller) {
        IdempotencyKeys.Result result = idempotency.create("ladder.metingen:" + caller, idempotencyKey, request,
                () -> create(request, caller));
        return new Registratie(get(result.id()), result.created());
    }

    /** A recorded meting; {@code nieuw} is false when an Idempotency-Key retry returned the first one. */
    public record Registratie(Meting meting, boolean nieuw) {
    }

    private UUID create(NieuweMeting request, String caller) {
        LocalDate vandaag = NlTime.vandaag(clock);
        List<InvalidParam> fouten = new ArrayList<>();
        // Requirement "Dates in the future ... → 400". A meting records an assessment that took place.
        if (request.meetdatum().isAfter(vandaag)) {
            fouten.add(new InvalidParam("meetdatum", "must not lie in the future (today is " + vandaag + ")"));
        }
        if (request.corrigeert() != null && isBlank(request.correctiereden())) {
            fouten.add(new InvalidParam("correctiereden", "is required when corrigeert is given"));
        }
        if (request.corrigeert() == null && !isBlank(request.correctiereden())) {
            fouten.add(new InvalidParam("corrigeert", "is required when correctiereden is given"));
        }
        LadderModel model = kiesModel(request, fouten);
        Trede trede = null;
        SubTrede geplaatst = null;
        if (model != null) {
            trede = Trede.van(model, request.trede()).orElse(null);
            if (trede == null) {
                fouten.add(new InvalidParam("trede", "ladder model " + model.code + " version " + model.versie
                        + " has no trede " + request.trede() + "; its treden are " + LadderRegels.LAAGSTE_TREDE
                        + " to " + LadderRegels.HOOGSTE_TREDE));
            } else {
                geplaatst = subTreden(request, trede, fouten);
            }
        }
        Meting gecorrigeerd = null;
        if (request.corrigeert() != null) {
            gecorrigeerd = Meting.findById(request.corrigeert());
            if (gecorrigeerd == null || !gecorrigeerd.klantId.equals(request.klantId())) {
                // One answer for "no such meting" and "another klant's meting": the caller may not see the other
                // klant, so the answer must not confirm that the id exists.
                fouten.add(new InvalidParam("corrigeert", "this klant has no meting with this id"));
            } else if (!gecorrigeerd.model.code.equals(request.model().code().strip())) {
                // A correction stays on the scheme of the corrected meting: histories and reports are per scheme.
                fouten.add(new InvalidParam("corrigeert", "the meting was scored on ladder model "
                        + gecorrigeerd.model.code + "; a correction is scored on the same model"));
            }
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        // One klant's metingen are serialised: the correction check and the projection need a stable history.
        lock("meting:" + request.klantId());
        if (gecorrigeerd != null) {
            Optional<Meting> correctie = Meting.find("corrigeert", gecorrigeerd.id).firstResultOptional();
            if (correctie.isPresent()) {
                throw ProblemException.conflict("meting-al-gecorrigeerd", "This meting was already corrected; "
                        + "correct the correcting meting instead.", PATH + "/" + correctie.get().id);
            }
        }
        Optional<Positie> voor = huidigePositie(request.klantId(), model.code);

        Meting meting = new Meting();
        meting.id = UUID.randomUUID();
        meting.klantId = request.klantId();
        meting.model = model;
        meting.trede = trede;
        meting.subTrede = geplaatst;
        meting.meetdatum = request.meetdatum();
        meting.bron = request.bron();
        meting.aanleiding = request.aanleiding();
        meting.beoordelaar = isBlank(request.beoordelaar()) ? caller : request.beoordelaar().strip();
        meting.toelichting = isBlank(request.toelichting()) ? null : request.toelichting().strip();
        meting.zaakId = request.zaakId();
        meting.trajectId = request.trajectId();
        meting.corrigeert = request.corrigeert();
        meting.correctiereden = isBlank(request.correctiereden()) ? null : request.correctiereden().strip();
        meting.geregistreerdOp = clock.instant();
        meting.geregistreerdDoor = caller;
        meting.leefgebieden = request.leefgebieden() == null || request.leefgebieden().isEmpty()
                ? EnumSet.noneOf(Leefgebied.class) : EnumSet.copyOf(request.leefgebieden());
        meting.actieveSubTreden = request.subTreden() == null ? new TreeSet<>()
                : request.subTreden().stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        meting.persist();
        em.flush();

        Tijdlijn.Huidig na = projecteer(meting.klantId, model.code, vandaag).orElseThrow();
        publish(meting, meting.corrigeert == null ? LadderEvents.METING_VASTGESTELD : LadderEvents.METING_GECORRIGEERD,
                new LadderEvents.MetingData(meting.id, meting.corrigeert, model.code, model.versie, trede.nummer,
                        geplaatst == null ? null : geplaatst.code, meting.meetdatum, meting.bron.code(),
                        meting.aanleiding.code(), meting.zaakId, meting.trajectId));
        if (voor.isPresent()) {
            Tijdlijn.Richting richting = Tijdlijn.Richting.van(voor.get(), na.positie());
            if (richting != Tijdlijn.Richting.GELIJK) {
                publish(meting, richting == Tijdlijn.Richting.GESTEGEN ? LadderEvents.TREDE_GESTEGEN
                        : LadderEvents.TREDE_GEDAALD, new LadderEvents.PositieGewijzigd(meting.id, model.code,
                        voor.get().trede(), voor.get().subTrede(), na.positie().trede(), na.positie().subTrede(),
                        meting.meetdatum));
            }
        }
        return meting.id;
    }

    private LadderModel kiesModel(NieuweMeting request, List<InvalidParam> fouten) {
        String code = request.model().code().strip();
        List<LadderModel> versies = LadderModel.versies(code);
        if (versies.isEmpty()) {
            fouten.add(new InvalidParam("model.code", "must be one of: " + String.join(", ", LadderModel.codes())));
            return null;
        }
        if (!isBlank(request.model().versie())) {
            String versie = request.model().versie().strip();
            Optional<LadderModel> gekozen = versies.stream().filter(v -> v.versie.equals(versie)).findFirst();
            if (gekozen.isEmpty()) {
                fouten.add(new InvalidParam("model.versie", "ladder model " + code + " has versions "
                        + versies.stream().map(v -> v.versie).toList()));
                return null;
            }
            if (!gekozen.get().geldigheid().omvat(request.meetdatum())) {
                fouten.add(new InvalidParam("model.versie", "version " + versie + " is not valid on the meetdatum ("
                        + gekozen.get().geldigVanaf + " to " + (gekozen.get().geldigTot == null ? "open"
                        : gekozen.get().geldigTot) + ")"));
                return null;
            }
            return gekozen.get();
        }
        Optional<LadderModel> geldig = Geldigheid.geldigOp(versies, LadderModel::geldigheid, request.meetdatum());
        if (geldig.isEmpty()) {
            fouten.add(new InvalidParam("meetdatum", "no version of ladder model " + code + " is valid on this date"));
            return null;
        }
        return geldig.get();
    }

    /**
     * Every active sub-trede must be one of the trede's own (the ladder requirements: "sub-treden that do not belong to
     * their trede → 400"); the klant is placed on the highest (sources H2.5).
     */
    private static SubTrede subTreden(NieuweMeting request, Trede trede, List<InvalidParam> fouten) {
        if (request.subTreden() == null || request.subTreden().isEmpty()) {
            return null;
        }
        List<Positie> actief = new ArrayList<>();
        Map<String, SubTrede> perCode = new HashMap<>();
        for (int i = 0; i < request.subTreden().size(); i++) {
            String code = request.subTreden().get(i).strip();
            String veld = "subTreden[" + i + "]";
            Optional<String> fout = LadderRegels.subTredeFout(trede.nummer, code);
            if (fout.isPresent()) {
                fouten.add(new InvalidParam(veld, fout.get()));
                continue;
            }
            Optional<SubTrede> sub = trede.subTrede(code);
            if (sub.isEmpty()) {
                fouten.add(new InvalidParam(veld, "ladder model " + trede.model.code + " version "
                        + trede.model.versie + " has no sub-trede " + code + (trede.subTreden.isEmpty() ? "" :
                        "; trede " + trede.nummer + " has " + trede.subTreden.stream().map(s -> s.code).toList())));
                continue;
            }
            perCode.put(code, sub.get());
            actief.add(new Positie(trede.nummer, code));
        }
        return Positie.hoogste(actief).map(p -> perCode.get(p.subTrede())).orElse(null);
    }

    /** Rebuilds the klant's periods on the scheme from the valid metingen and returns the current position. */
    private Optional<Tijdlijn.Huidig> projecteer(UUID klantId, String modelCode, LocalDate vandaag) {
        List<Tijdlijn.Feit> feiten = feiten(klantId, modelCode);
        em.createNativeQuery("DELETE FROM ladder_positie WHERE klant_id = ?1 AND model_code = ?2")
                .setParameter(1, klantId).setParameter(2, modelCode).executeUpdate();
        for (Tijdlijn.Periode p : Tijdlijn.perioden(feiten)) {
            em.createNativeQuery("INSERT INTO ladder_positie (meting_id, klant_id, model_code, model_id, trede, "
                            + "sub_trede, van, tot, herbeoordeling_op, klantgroep, trede_sinds, positie_sinds, "
                            + "trede_einde, positie_einde) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                            + "(SELECT g.klantgroep FROM klant_klantgroep g WHERE g.klant_id = ?2), ?10, ?11, ?12, ?13)")
                    .setParameter(1, p.metingId()).setParameter(2, klantId).setParameter(3, modelCode)
                    .setParameter(4, p.modelId()).setParameter(5, p.positie().trede())
                    .setParameter(6, p.positie().subTrede()).setParameter(7, p.van())
                    .setParameter(8, p.tot()).setParameter(9, p.herbeoordelingOp())
                    .setParameter(10, p.verblijf().tredeSinds()).setParameter(11, p.verblijf().positieSinds())
                    .setParameter(12, p.verblijf().tredeEinde()).setParameter(13, p.verblijf().positieEinde())
                    .executeUpdate();
        }
        return Tijdlijn.huidig(feiten, vandaag);
    }

    private Optional<Positie> huidigePositie(UUID klantId, String modelCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT trede, sub_trede FROM ladder_positie "
                        + "WHERE klant_id = ?1 AND model_code = ?2 AND tot IS NULL")
                .setParameter(1, klantId).setParameter(2, modelCode).getResultList();
        return rows.stream().findFirst().map(r -> new Positie(((Number) r[0]).intValue(), (String) r[1]));
    }

    private static List<Tijdlijn.Feit> feiten(UUID klantId, String modelCode) {
        return Meting.<Meting>list("klantId = ?1 and model.code = ?2", klantId, modelCode).stream()
                .map(MetingService::feit).toList();
    }

    static Tijdlijn.Feit feit(Meting m) {
        return new Tijdlijn.Feit(m.id, m.corrigeert, m.meetdatum, m.geregistreerdOp, m.model.id, m.positie(),
                m.herbeoordelingMaanden());
    }

    @Transactional
    public Meting get(UUID id) {
        Meting meting = Meting.findById(id);
        if (meting == null) {
            throw ProblemException.notFound("Meting " + id);
        }
        return meting;
    }

    /** The klant of a meting, for the per-record access check; empty when there is no such meting. */
    @Transactional
    public Optional<UUID> klantVan(UUID metingId) {
        return Meting.<Meting>findByIdOptional(metingId).map(m -> m.klantId);
    }

    /** The id of the meting that corrects {@code id}, if any. */
    @Transactional
    public Optional<UUID> gecorrigeerdDoor(UUID id) {
        return Meting.<Meting>find("corrigeert", id).firstResultOptional().map(m -> m.id);
    }

    public record Historie(List<Meting> metingen, Map<UUID, UUID> gecorrigeerdDoor, long total) {
    }

    /**
     * The klant's complete history, oldest first (meetdatum, then registration), corrected metingen included and
     * marked; optionally one scheme only.
     */
    @Transactional
    public Historie historie(UUID klantId, String modelCode, int page, int pageSize) {
        String query = modelCode == null ? "klantId = ?1" : "klantId = ?1 and model.code = ?2";
        Object[] params = modelCode == null ? new Object[] {klantId} : new Object[] {klantId, modelCode};
        var find = Meting.<Meting>find(query, Sort.by("meetdatum").and("geregistreerdOp").and("id"), params);
        Map<UUID, UUID> gecorrigeerdDoor = new HashMap<>();
        Meting.<Meting>list("klantId = ?1 and corrigeert is not null", klantId)
                .forEach(m -> gecorrigeerdDoor.put(m.corrigeert, m.id));
        return new Historie(find.page(Page.of(page - 1, pageSize)).list(), gecorrigeerdDoor, find.count());
    }

    public record HuidigePositie(String modelCode, Tijdlijn.Huidig huidig, Meting meting) {
    }

    /** The current position of the klant on every scheme it was measured on (requirement "Current position"). */
    @Transactional
    public List<HuidigePositie> huidigePosities(UUID klantId) {
        LocalDate vandaag = NlTime.vandaag(clock);
        List<String> codes = em.createQuery("select distinct m.model.code from Meting m where m.klantId = ?1 "
                + "order by m.model.code", String.class).setParameter(1, klantId).getResultList();
        List<HuidigePositie> posities = new ArrayList<>();
        for (String code : codes) {
            Tijdlijn.huidig(feiten(klantId, code), vandaag).ifPresent(h ->
                    posities.add(new HuidigePositie(code, h, Meting.findById(h.metingId()))));
        }
        return posities;
    }

    /**
     * A row of the due list. {@code periodiek}: the klant's current position on a model ({@code modelCode},
     * {@code metingId}, {@code trede}, {@code subTrede}, {@code laatsteMeetdatum}) and when its review is due;
     * {@code traject-start} / {@code traject-einde}: a meting due for a traject ({@code trajectId}, {@code zaakId};
     * the position fields are null: a traject meting is not bound to a model).
     */
    public record Verwacht(String reden, UUID klantId, String modelCode, UUID metingId, Integer trede,
                           String subTrede, LocalDate laatsteMeetdatum, LocalDate verwachtOp, UUID trajectId,
                           UUID zaakId) {
    }

    public record VerwachtPagina(List<Verwacht> items, long total) {
    }

    /**
     * Metingen due on or before {@code peildatum}, earliest first (requirement "metingen due (at traject start and end,
     * and periodically as configured)"): the current position's review date has passed (interval per
     * trede/sub-trede, sources H2.6), and a meting at traject start and at traject end
     * (sources L5.3; {@code verwacht/verwachte-metingen.sql}). With a model only that model's periodic rows.
     */
    @Transactional
    public VerwachtPagina verwacht(LocalDate peildatum, String modelCode, int page, int pageSize,
                                   KlantInzage inzage) {
        String model = modelCode == null ? "" : modelCode;
        // Per record (README "Tokens and roles"): only the klanten the caller may see, filtered in the query so the
        // page and the total count the same rows.
        Map<String, Object> params = new HashMap<>();
        String zichtbaar = " WHERE " + inzage.sql("klant_id", params);
        Query rowsQuery = em.createNativeQuery(VERWACHT_SQL + "SELECT reden, klant_id, model_code, meting_id, "
                + "trede, sub_trede, laatste, verwacht_op, traject_id, zaak_id FROM verwacht" + zichtbaar
                + " ORDER BY verwacht_op, klant_id, reden, model_code, traject_id");
        Query countQuery = em.createNativeQuery(VERWACHT_SQL + "SELECT count(*) FROM verwacht" + zichtbaar);
        for (Query q : List.of(rowsQuery, countQuery)) {
            q.setParameter("peildatum", peildatum).setParameter("model", model)
                    .setParameter("venster", nulmetingVenster);
            params.forEach(q::setParameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = rowsQuery.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize)
                .getResultList();
        long total = ((Number) countQuery.getSingleResult()).longValue();
        List<Verwacht> items = rows.stream().map(r -> new Verwacht((String) r[0], (UUID) r[1], (String) r[2],
                (UUID) r[3], r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], datum(r[6]),
                datum(r[7]), (UUID) r[8], (UUID) r[9])).toList();
        return new VerwachtPagina(items, total);
    }

    /**
     * Every meting due for the klant, whenever (the due list without its peildatum): the ladder's open work for the
     * werkvoorraad ({@link LadderWerkitems}).
     */
    public List<Verwacht> verwachtVan(UUID klantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VERWACHT_SQL + "SELECT reden, klant_id, model_code, meting_id, "
                        + "trede, sub_trede, laatste, verwacht_op, traject_id, zaak_id FROM verwacht "
                        + "WHERE klant_id = :klant")
                .setParameter("peildatum", LocalDate.of(9999, 12, 31)).setParameter("model", "")
                .setParameter("venster", nulmetingVenster).setParameter("klant", klantId).getResultList();
        return rows.stream().map(r -> new Verwacht((String) r[0], (UUID) r[1], (String) r[2], (UUID) r[3],
                r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], datum(r[6]), datum(r[7]),
                (UUID) r[8], (UUID) r[9])).toList();
    }

    private static LocalDate datum(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private void publish(Meting meting, String type, Object data) {
        outbox.publish(new DomainEvent(topic, type, meting.klantId, PATH + "/" + meting.id, data));
    }

    private void lock(String key) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS l")
                .setParameter(1, key).getSingleResult();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
