package nl.trede.ladder.api;

import java.time.LocalDate;
import nl.trede.ladder.domain.LadderModel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LadderModel")
public record LadderModelResponse(
        @Schema(description = "Code of the ladder scheme; its versions share it", example = "divosa") String code,
        String naam,
        @Schema(example = "2008") String versie,
        @Schema(format = "date", description = "First day the version applies") LocalDate geldigVanaf,
        @Schema(format = "date", description = "Last day the version applies (inclusive); null: until further notice")
        LocalDate geldigTot,
        @Schema(description = "Sources of the model: documents and sections") String bron,
        @Schema(description = "True when this version is valid today (Europe/Amsterdam)") boolean actueel) {

    public static LadderModelResponse of(LadderModel m, LocalDate vandaag) {
        return new LadderModelResponse(m.code, m.naam, m.versie, m.geldigVanaf, m.geldigTot, m.bron,
                m.geldigheid().omvat(vandaag));
    }
}
