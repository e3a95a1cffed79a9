package nl.trede.ladder.api;

import java.util.List;
import nl.trede.ladder.domain.LadderService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Treden")
public record TredenResponse(LadderModelResponse model, List<TredeResponse> treden) {

    public static TredenResponse of(LadderService.ModelMetTreden m) {
        return new TredenResponse(LadderModelResponse.of(m.model(), m.vandaag()),
                m.treden().stream().map(TredeResponse::of).toList());
    }
}
