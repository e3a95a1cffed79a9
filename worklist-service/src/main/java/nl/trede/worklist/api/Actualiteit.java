package nl.trede.worklist.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.trede.worklist.domain.Bron;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How fresh the read model is per bron: the time of the newest snapshot applied (null: none received yet). */
@Schema(name = "Actualiteit", description = "Staleness per bron: the read model holds that bron's work as of "
        + "bijgewerktTot (the time of the newest snapshot it applied); null: nothing received from it yet. A bron whose "
        + "service is down keeps its last known work here.")
public record Actualiteit(@Schema(enumeration = {"intake", "casework", "enforcement", "ladder"}, example = "casework")
                          String bron,
                          @Schema(description = "UTC", example = "2026-12-07T08:59:58Z") Instant bijgewerktTot) {

    static List<Actualiteit> van(Map<Bron, Instant> stand) {
        return Arrays.stream(Bron.values()).map(b -> new Actualiteit(b.code(), stand.get(b))).toList();
    }
}
