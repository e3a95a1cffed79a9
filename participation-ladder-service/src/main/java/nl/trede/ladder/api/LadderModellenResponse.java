package nl.trede.ladder.api;

import java.util.List;
import nl.trede.ladder.domain.LadderService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LadderModellen")
public record LadderModellenResponse(List<LadderModelResponse> ladderModellen) {

    public static LadderModellenResponse of(LadderService.Modellen m) {
        return new LadderModellenResponse(m.modellen().stream()
                .map(model -> LadderModelResponse.of(model, m.vandaag())).toList());
    }
}
