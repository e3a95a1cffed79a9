package nl.trede.ladder.api;

import nl.trede.ladder.domain.Trede;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Trede")
public record TredeResponse(
        @Schema(description = "1 (lowest participation) to 6 (highest)", minimum = "1", maximum = "6", example = "4")
        int nummer,
        @Schema(example = "Onbetaald werk") String naam,
        String definitie,
        @Schema(description = "A typical situation, verbatim (Dutch) from the source; null when it gives none")
        String voorbeeld,
        @Schema(description = "Sources of the row: documents and sections") String bron,
        LadderModelRef model) {

    public static TredeResponse of(Trede t) {
        return new TredeResponse(t.nummer, t.naam, t.definitie, t.voorbeeld, t.bron, LadderModelRef.of(t.model));
    }
}
