package nl.trede.ladder.api;

import java.util.List;
import nl.trede.ladder.domain.SubTrede;
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
        @Schema(description = "Months after a meting on this trede until the next is due", example = "12")
        int herbeoordelingMaanden,
        @Schema(description = "Municipal sub-treden, lowest first; empty in the VNG/Divosa model")
        List<SubTredeResponse> subTreden,
        LadderModelRef model) {

    @Schema(name = "SubTrede")
    public record SubTredeResponse(
            @Schema(example = "2.4") String code,
            @Schema(example = "Vrijwilligerswerk (op dit moment) maximaal haalbaar") String naam,
            @Schema(example = "Cliënt doet aan vrijwilligerswerk, nog niet beschikbaar voor 'gewoon' werk")
            String definitie,
            String voorbeeld,
            String bron,
            @Schema(example = "12") int herbeoordelingMaanden) {

        static SubTredeResponse of(SubTrede s) {
            return new SubTredeResponse(s.code, s.naam, s.definitie, s.voorbeeld, s.bron, s.herbeoordelingMaanden);
        }
    }

    public static TredeResponse of(Trede t) {
        return new TredeResponse(t.nummer, t.naam, t.definitie, t.voorbeeld, t.bron, t.herbeoordelingMaanden,
                t.subTreden.stream().map(SubTredeResponse::of).toList(), LadderModelRef.of(t.model));
    }
}
