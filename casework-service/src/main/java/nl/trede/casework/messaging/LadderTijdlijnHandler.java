package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ladder's trede events on the zaak's timeline (requirement "the ladder's trede events appear on the timeline").
 */
@Singleton
public class LadderTijdlijnHandler extends TijdlijnHandler {

    static final String PREFIX = "nl.trede.ladder.";

    public LadderTijdlijnHandler(@ConfigProperty(name = "trede.topics.ladder") String topic, ObjectMapper mapper,
                                 Clock clock) {
        super(topic, PREFIX, "ladder", mapper, clock);
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(PREFIX + "meting-vastgesteld", PREFIX + "meting-gecorrigeerd", PREFIX + "trede-gestegen",
                PREFIX + "trede-gedaald");
    }

    @Override
    protected String samenvatting(String soort, JsonNode d) {
        String waar = " (" + tekst(d, "model") + ", " + tekst(d, "meetdatum") + ")";
        return switch (soort) {
            case "trede-gestegen", "trede-gedaald" -> "Trede " + ("trede-gestegen".equals(soort) ? "gestegen"
                    : "gedaald") + " van " + positie(d, "vanTrede", "vanSubTrede") + " naar "
                    + positie(d, "naarTrede", "naarSubTrede") + waar;
            case "meting-gecorrigeerd" -> "Meting gecorrigeerd: trede " + positie(d, "trede", "subTrede") + waar;
            default -> "Trede " + positie(d, "trede", "subTrede") + " gemeten" + waar;
        };
    }

    private static String positie(JsonNode d, String trede, String subTrede) {
        return d.hasNonNull(subTrede) ? d.get(subTrede).asText() : tekst(d, trede);
    }
}
