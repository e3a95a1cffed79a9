package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Enforcement's maatregel events on the zaak's timeline (issue 4 "enforcement's maatregel events appear on the
 * zaak's timeline"). */
@Singleton
public class EnforcementTijdlijnHandler extends TijdlijnHandler {

    static final String PREFIX = "nl.trede.enforcement.";

    public EnforcementTijdlijnHandler(@ConfigProperty(name = "trede.topics.enforcement") String topic,
                                      ObjectMapper mapper) {
        super(topic, PREFIX, "enforcement", mapper);
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(PREFIX + "gedraging-geregistreerd", PREFIX + "maatregel-voorgesteld",
                PREFIX + "maatregel-opgelegd", PREFIX + "maatregel-afgezien", PREFIX + "maatregel-herzien");
    }

    @Override
    protected String samenvatting(String soort, JsonNode d) {
        return switch (soort) {
            case "gedraging-geregistreerd" -> "Gedraging " + tekst(d, "categorie") + " van " + tekst(d, "datum")
                    + " geregistreerd bij handhaving";
            case "maatregel-voorgesteld" -> "Maatregel voorgesteld: " + tekst(d, "uitkomst") + " (" + tekst(d,
                    "categorie") + ")";
            case "maatregel-opgelegd" -> "Maatregel opgelegd: " + tekst(d, "categorie") + ", " + hoogte(d)
                    + " (" + tekst(d, "artikel") + "), bezwaar tot " + tekst(d, "bezwaarTot");
            case "maatregel-afgezien" -> "Maatregel: " + tekst(d, "uitkomst") + " (" + tekst(d, "categorie") + ")";
            default -> "Maatregel herzien per " + tekst(d, "herzienPer") + " (" + tekst(d, "artikel") + ")";
        };
    }

    private static String hoogte(JsonNode d) {
        if (d.hasNonNull("bedragEenmalig")) {
            return "eenmalig EUR " + new java.math.BigDecimal(d.get("bedragEenmalig").asText())
                    .setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return tekst(d, "percentage") + "% van " + tekst(d, "ingangsdatum") + " tot " + tekst(d, "einddatum");
    }
}
