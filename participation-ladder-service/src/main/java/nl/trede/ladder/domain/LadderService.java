package nl.trede.ladder.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
                        + "treden are numbered " + LadderRules.LAAGSTE_TREDE + " to " + LadderRules.HOOGSTE_TREDE + ".",
                null, null));
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
