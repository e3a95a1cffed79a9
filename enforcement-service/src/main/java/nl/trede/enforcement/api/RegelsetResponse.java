package nl.trede.enforcement.api;

import java.time.LocalDate;
import java.util.List;
import nl.trede.enforcement.domain.Recidivestap;
import nl.trede.enforcement.domain.Regelset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Regelset")
public record RegelsetResponse(
        @Schema(example = "pw-art-18-lid-4") String code,
        String naam,
        @Schema(format = "date") LocalDate geldigVanaf,
        @Schema(format = "date", description = "Last day (inclusive); null: until further notice") LocalDate geldigTot,
        String bron,
        List<RecidivestapResponse> recidivestappen) {

    public static RegelsetResponse of(Regelset r, List<Recidivestap> stappen) {
        return new RegelsetResponse(r.code, r.naam, r.geldigVanaf, r.geldigTot, r.bron,
                stappen.stream().map(RecidivestapResponse::of).toList());
    }
}
