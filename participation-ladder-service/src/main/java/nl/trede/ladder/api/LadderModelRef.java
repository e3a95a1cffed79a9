package nl.trede.ladder.api;

import nl.trede.ladder.domain.LadderModel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which version of which ladder model a trede belongs to (what a meting will refer to). */
@Schema(name = "LadderModelVersie")
public record LadderModelRef(@Schema(example = "divosa") String code, @Schema(example = "2008") String versie) {

    public static LadderModelRef of(LadderModel m) {
        return new LadderModelRef(m.code, m.versie);
    }
}
