package nl.trede.ladder.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.Geldigheid;
import nl.trede.platform.time.NlTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the ladder models and their treden. */
@ApplicationScoped
public class LadderService {

    public static final String TREDEN_PATH = "/api/ladder/v1/treden";
    public static final String MODELLEN_PATH = "/api/ladder/v1/ladder-modellen";

    private final Clock clock;
    private final String defaultModel;

    public LadderService(Clock clock, @ConfigProperty(name = "trede.ladder.default-model") String defaultModel) {
        this.clock = clock;
        this.defaultModel = defaultModel;
    }

    /** The model version valid on {@code vandaag}, with its treden ordered by nummer. */
    public record ModelMetTreden(LadderModel model, LocalDate vandaag, List<Trede> treden) {
    }

    /** Every version of every model, and the day used to tell which ones are current. */
    public record Modellen(LocalDate vandaag, List<LadderModel> modellen) {
    }

    /** The treden of the version of {@code modelCode} (null: the default model) valid today. */
    @Transactional
    public ModelMetTreden treden(String modelCode) {
        LadderModel model = huidigeVersie(modelCode);
        return new ModelMetTreden(model, NlTime.vandaag(clock), Trede.van(model));
    }

    /** One trede of the version of {@code modelCode} (null: the default model) valid today; 404 if there is none. */
    @Transactional
    public Trede trede(String modelCode, int nummer) {
        LadderModel model = huidigeVersie(modelCode);
        return Trede.van(model, nummer).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "Ladder model " + model.code + " version " + model.versie + " has no trede with this number; its "
                        + "treden are numbered " + LadderRegels.LAAGSTE_TREDE + " to " + LadderRegels.HOOGSTE_TREDE + ".",
                null, null));
    }

    /** One version of a model with its treden (404 when the code has no such version). */
    @Transactional
    public ModelMetTreden versie(String code, String versie) {
        LadderModel model = LadderModel.versie(code, versie)
                .orElseThrow(() -> ProblemException.notFound("Ladder model " + code + " version " + versie));
        return new ModelMetTreden(model, NlTime.vandaag(clock), Trede.van(model));
    }

    /**
     * Adds a version of a ladder model (functioneel beheerder). Its validity must not overlap another version of the
     * same code (409 naming that version), because a meting and a report must find exactly one version on a date
     * ({@link Geldigheid#geldigOp}) — except an open-ended version that started earlier: the new version succeeds it,
     * and it ends the day before the new one starts, unless metingen were scored on it on or after that day (409).
     * Then every version of the code as it would be afterwards is checked ({@link ModelConfiguratie}, 409). Versions of
     * one code are serialised by an advisory lock on the code.
     */
    @Transactional
    public LadderModel nieuweVersie(ModelDefinitie definitie) {
        List<nl.trede.platform.problem.InvalidParam> fouten = definitie.fouten();
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        lock(definitie.code());
        Geldigheid nieuw = new Geldigheid(definitie.geldigVanaf(), definitie.geldigTot());
        List<LadderModel> versies = LadderModel.versies(definitie.code());
        LadderModel opgevolgd = null;
        for (LadderModel bestaand : versies) {
            if (bestaand.versie.equals(definitie.versie())) {
                throw ProblemException.conflict("versie-bestaat", "Ladder model " + bestaand.code + " already has "
                        + "version " + bestaand.versie + "; versions are immutable.", pad(bestaand));
            }
        }
        for (LadderModel bestaand : versies) {
            if (!bestaand.geldigheid().overlaptMet(nieuw)) {
                continue;
            }
            if (bestaand.geldigTot == null && bestaand.geldigVanaf.isBefore(definitie.geldigVanaf())) {
                Optional<LocalDate> laatsteMeting = laatsteMetingNa(bestaand, definitie.geldigVanaf().minusDays(1));
                if (laatsteMeting.isPresent()) {
                    throw ProblemException.conflict("metingen-na-einddatum", "Metingen were scored on version "
                            + bestaand.versie + " on or after " + definitie.geldigVanaf() + " (the latest on "
                            + laatsteMeting.get() + "); its successor cannot start before them.", pad(bestaand));
                }
                opgevolgd = bestaand;
                continue;
            }
            throw ProblemException.conflict("geldigheid-overlapt", "The validity overlaps version "
                    + bestaand.versie + " (" + bestaand.geldigVanaf + " to "
                    + (bestaand.geldigTot == null ? "until further notice" : bestaand.geldigTot)
                    + "); choose other dates.", pad(bestaand));
        }
        LadderModel eindigt = opgevolgd;
        List<Geldigheid> na = new java.util.ArrayList<>(versies.stream().map(v -> v == eindigt
                ? new Geldigheid(v.geldigVanaf, definitie.geldigVanaf().minusDays(1)) : v.geldigheid()).toList());
        na.add(nieuw);
        toets(definitie.code(), na);
        if (opgevolgd != null) {
            zetEinde(opgevolgd, definitie.geldigVanaf().minusDays(1));
            LadderModel.getEntityManager().refresh(opgevolgd);
        }
        LadderModel model = new LadderModel();
        model.code = definitie.code();
        model.naam = definitie.naam().strip();
        model.versie = definitie.versie().strip();
        model.geldigVanaf = definitie.geldigVanaf();
        model.geldigTot = definitie.geldigTot();
        model.bron = definitie.bron().strip();
        model.persist();
        for (ModelDefinitie.TredeDefinitie t : definitie.treden()) {
            Trede trede = new Trede();
            trede.model = model;
            trede.nummer = t.nummer();
            trede.naam = t.naam().strip();
            trede.definitie = t.definitie().strip();
            trede.voorbeeld = t.voorbeeld();
            trede.bron = t.bron().strip();
            trede.herbeoordelingMaanden = t.herbeoordelingMaanden() == null
                    ? LadderRegels.STANDAARD_HERBEOORDELING_MAANDEN : t.herbeoordelingMaanden();
            trede.persist();
            for (ModelDefinitie.SubTredeDefinitie s : t.subTreden() == null
                    ? List.<ModelDefinitie.SubTredeDefinitie>of() : t.subTreden()) {
                SubTrede sub = new SubTrede();
                sub.trede = trede;
                sub.code = s.code();
                sub.rang = LadderRegels.subTredeRang(s.code());
                sub.naam = s.naam().strip();
                sub.definitie = s.definitie().strip();
                sub.voorbeeld = s.voorbeeld();
                sub.bron = s.bron().strip();
                sub.herbeoordelingMaanden = s.herbeoordelingMaanden() == null
                        ? trede.herbeoordelingMaanden : s.herbeoordelingMaanden();
                sub.persist();
                trede.subTreden.add(sub);
            }
        }
        return model;
    }

    /**
     * Ends an open (or later-ending) version on {@code geldigTot}: retires a model that is not the default one. The
     * version's content stays as it is; a version cannot end before its start, not before metingen scored on it, and
     * not so that the versions stop working ({@link ModelConfiguratie}: a gap before a later version, or the default
     * model without a version in force; 409). A successor is loaded with {@link #nieuweVersie}, which ends the current
     * version itself.
     */
    @Transactional
    public LadderModel beeindigen(String code, String versie, LocalDate geldigTot) {
        lock(code);
        LadderModel model = LadderModel.versie(code, versie)
                .orElseThrow(() -> ProblemException.notFound("Ladder model " + code + " version " + versie));
        if (geldigTot.isBefore(model.geldigVanaf)) {
            throw ProblemException.invalid("geldigTot", "must not lie before geldigVanaf " + model.geldigVanaf);
        }
        if (model.geldigTot != null && !geldigTot.isBefore(model.geldigTot)) {
            throw ProblemException.conflict("geldigheid-alleen-inkorten", "Version " + versie + " already ends on "
                    + model.geldigTot + "; a version can only be shortened.", pad(model));
        }
        Optional<LocalDate> laatsteMeting = laatsteMetingNa(model, geldigTot);
        if (laatsteMeting.isPresent()) {
            throw ProblemException.conflict("metingen-na-einddatum", "Metingen were scored on version " + versie
                    + " after " + geldigTot + " (the latest on " + laatsteMeting.get() + ").", pad(model));
        }
        toets(code, LadderModel.versies(code).stream().map(v -> v.id.equals(model.id)
                ? new Geldigheid(v.geldigVanaf, geldigTot) : v.geldigheid()).toList());
        zetEinde(model, geldigTot);
        LadderModel.getEntityManager().refresh(model);
        return model;
    }

    /** 409 naming every rule the versions {@code na} of {@code code} would break ({@link ModelConfiguratie}). */
    private void toets(String code, List<Geldigheid> na) {
        List<ModelConfiguratie.Breuk> breuken = ModelConfiguratie.toets(code, na, NlTime.vandaag(clock),
                code.equals(defaultModel));
        if (!breuken.isEmpty()) {
            throw ProblemException.conflict(breuken.get(0).code(), breuken.stream().map(ModelConfiguratie.Breuk::detail)
                    .collect(java.util.stream.Collectors.joining(" ")), null);
        }
    }

    private static void zetEinde(LadderModel model, LocalDate geldigTot) {
        LadderModel.getEntityManager().createNativeQuery("UPDATE ladder_model SET geldig_tot = ?1 WHERE id = ?2")
                .setParameter(1, geldigTot).setParameter(2, model.id).executeUpdate();
    }

    /** The latest meetdatum of a meting scored on {@code model} after {@code datum}, if any. */
    private static Optional<LocalDate> laatsteMetingNa(LadderModel model, LocalDate datum) {
        return Optional.ofNullable(Meting.getEntityManager().createQuery(
                        "select max(m.meetdatum) from Meting m where m.model = ?1 and m.meetdatum > ?2", LocalDate.class)
                .setParameter(1, model).setParameter(2, datum).getSingleResult());
    }

    /** The documented mapping rows from any version of {@code van} to any version of {@code naar}. */
    @Transactional
    public List<ModelKoppeling> koppelingen(String van, String naar) {
        return ModelKoppeling.tussen(van, naar);
    }

    /**
     * Adds the documented mapping from one model version to another (functioneel beheerder). 400 for an unknown
     * version or a sub-trede the van version does not have; 409 when a mapping between the two versions exists
     * (mapping rows are data with a source each; they are not edited in place).
     */
    @Transactional
    public List<ModelKoppeling> nieuweKoppeling(KoppelingDefinitie definitie) {
        List<nl.trede.platform.problem.InvalidParam> fouten = new java.util.ArrayList<>(definitie.fouten());
        Optional<LadderModel> van = LadderModel.versie(definitie.van().code(), definitie.van().versie());
        Optional<LadderModel> naar = LadderModel.versie(definitie.naar().code(), definitie.naar().versie());
        if (van.isEmpty()) {
            fouten.add(new nl.trede.platform.problem.InvalidParam("van", "no such ladder model version"));
        }
        if (naar.isEmpty()) {
            fouten.add(new nl.trede.platform.problem.InvalidParam("naar", "no such ladder model version"));
        }
        if (van.isPresent()) {
            List<Trede> treden = Trede.van(van.get());
            for (int i = 0; i < definitie.rijen().size(); i++) {
                KoppelingDefinitie.Rij r = definitie.rijen().get(i);
                if (r.vanSubTrede() == null || LadderRegels.subTredeFout(r.vanTrede(), r.vanSubTrede()).isPresent()) {
                    continue;
                }
                boolean bestaat = treden.stream().anyMatch(t -> t.nummer == r.vanTrede()
                        && t.subTrede(r.vanSubTrede()).isPresent());
                if (!bestaat) {
                    fouten.add(new nl.trede.platform.problem.InvalidParam("rijen[" + i + "].vanSubTrede",
                            "ladder model " + van.get().code + " version " + van.get().versie + " has no sub-trede "
                                    + r.vanSubTrede()));
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        LocalDate vandaag = NlTime.vandaag(clock);
        if (naar.get().geldigTot != null && naar.get().geldigTot.isBefore(vandaag)) {
            // Reports map metingen into the naar version to read them in that model as it applies; a version that
            // ended is no longer the model's meaning (metingen of the past keep their own version, van may be old).
            throw ProblemException.conflict("koppeling-naar-beeindigde-versie", "Ladder model " + naar.get().code
                    + " version " + naar.get().versie + " ended on " + naar.get().geldigTot + "; map to the version "
                    + "in force instead.", pad(naar.get()));
        }
        lock("koppeling:" + van.get().id + ">" + naar.get().id);
        if (ModelKoppeling.count("vanModel = ?1 and naarModel = ?2", van.get(), naar.get()) > 0) {
            throw ProblemException.conflict("koppeling-bestaat", "A mapping from " + van.get().code + " "
                    + van.get().versie + " to " + naar.get().code + " " + naar.get().versie + " exists.",
                    MODELLEN_PATH + "/koppelingen?van=" + van.get().code + "&naar=" + naar.get().code);
        }
        List<ModelKoppeling> rijen = new java.util.ArrayList<>();
        for (KoppelingDefinitie.Rij r : definitie.rijen()) {
            ModelKoppeling k = new ModelKoppeling();
            k.vanModel = van.get();
            k.vanTrede = r.vanTrede();
            k.vanSubTrede = r.vanSubTrede();
            k.naarModel = naar.get();
            k.naarTrede = r.naarTrede();
            k.bron = r.bron().strip();
            k.persist();
            rijen.add(k);
        }
        return rijen;
    }

    public static String pad(LadderModel model) {
        return MODELLEN_PATH + "/" + model.code + "/versies/" + model.versie;
    }

    private static void lock(String code) {
        LadderModel.getEntityManager()
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS l")
                .setParameter(1, "ladder_model:" + code).getSingleResult();
    }

    @Transactional
    public Modellen modellen() {
        return new Modellen(NlTime.vandaag(clock), LadderModel.alle());
    }

    private LadderModel huidigeVersie(String modelCode) {
        String code = modelCode == null || modelCode.isBlank() ? defaultModel : modelCode.strip();
        List<LadderModel> versies = LadderModel.versies(code);
        if (versies.isEmpty()) {
            throw ProblemException.invalid("model", "must be one of: " + String.join(", ", LadderModel.codes()));
        }
        LocalDate vandaag = NlTime.vandaag(clock);
        return Geldigheid.geldigOp(versies, LadderModel::geldigheid, vandaag).orElseThrow(() -> new ProblemException(
                404, "no-current-version", "Not found", "No version of ladder model " + code + " is valid on "
                        + vandaag + "; see " + MODELLEN_PATH + ".", null, null));
    }
}
