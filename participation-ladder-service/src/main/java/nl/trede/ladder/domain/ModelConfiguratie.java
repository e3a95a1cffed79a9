package nl.trede.ladder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.trede.platform.time.Geldigheid;

/**
 * What a working set of ladder model versions is, checked on every version of one model code as it would be after a
 * change ({@code POST /ladder-modellen}, {@code POST /ladder-modellen/{code}/versies/{versie}/beeindiging}) before
 * anything is written. A meting is scored on the version of its model valid on its meetdatum (one version per date:
 * {@link Geldigheid#geldigOp}; overlapping versions are refused before this check), so:
 * <ol>
 *   <li><b>no gap</b> ({@code geldigheid-gat}): between the first and the last version of a model every day has a
 *       version — a meting dated in a gap could not be registered, while the model is in use before and after it (the
 *       klant's position and the due metingen are kept per model; schemes and their versions are kept apart, never
 *       mixed: each trede means what its version defines);</li>
 *   <li><b>the default model is in force on every date from today on</b> ({@code standaardmodel-loopt-af}): the model
 *       of {@code trede.ladder.default-model} is the one {@code GET /treden} and the reports use when no model is
 *       named, and every meting of today or a later day must find a version of it — ending its only version in
 *       force is refused; it is succeeded by loading the next version, which ends it the day before.</li>
 * </ol>
 * Another model may be retired by ending its last version (metingen after that day are refused anyway).
 */
public final class ModelConfiguratie {

    /** A rule the versions would break: a stable code and what would break. */
    public record Breuk(String code, String detail) {
    }

    private ModelConfiguratie() {
    }

    /** Every rule the versions {@code na} of model {@code code} would break. */
    public static List<Breuk> toets(String code, List<Geldigheid> na, LocalDate vandaag, boolean standaardModel) {
        List<Breuk> breuken = new ArrayList<>();
        for (Geldigheid gat : Geldigheid.gaten(na)) {
            breuken.add(new Breuk("geldigheid-gat", "No version of ladder model " + code + " would be valid from "
                    + gat.vanaf() + " to " + gat.tot() + ": a meting dated then could not be registered."));
        }
        if (standaardModel) {
            Geldigheid.eersteOngedekteDag(na, vandaag).ifPresent(dag -> breuken.add(new Breuk(
                    "standaardmodel-loopt-af", "Ladder model " + code + " is the default model, but no version of it "
                    + "would be valid on " + dag + "; it must have a version in force on every date from today ("
                    + vandaag + ") on. Load its successor instead: that ends the current version the day before.")));
        }
        return breuken;
    }
}
