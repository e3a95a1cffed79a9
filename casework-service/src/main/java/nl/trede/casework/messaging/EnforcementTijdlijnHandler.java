package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.trede.casework.domain.Gedraging;
import nl.trede.casework.domain.Taak;
import nl.trede.casework.domain.Zaak;
import nl.trede.platform.inbox.PoisonEventException;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.WerkMarkering;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Enforcement's maatregel events on the zaak's timeline (requirement "enforcement's maatregel events appear on the
 * zaak's timeline"). */
@Singleton
public class EnforcementTijdlijnHandler extends TijdlijnHandler {

    static final String PREFIX = "nl.trede.enforcement.";
    /** A report of this zaak that enforcement refused (the contract, casework-service/README.md). */
    static final String GEWEIGERD = "gedraging-geweigerd";

    private final WerkMarkering werk;

    public EnforcementTijdlijnHandler(@ConfigProperty(name = "trede.topics.enforcement") String topic,
                                      ObjectMapper mapper, Clock clock, WerkMarkering werk) {
        super(topic, PREFIX, "enforcement", mapper, clock);
        this.werk = werk;
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(PREFIX + "gedraging-geregistreerd", PREFIX + "maatregel-voorgesteld",
                PREFIX + "maatregel-opgelegd", PREFIX + "maatregel-afgezien", PREFIX + "maatregel-herzien",
                PREFIX + "uitkering-geblokkeerd", PREFIX + "uitkering-gedeblokkeerd", PREFIX + "uitkering-stopgezet",
                PREFIX + GEWEIGERD);
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
            case "uitkering-geblokkeerd" -> "Uitkering geblokkeerd na herhaalde " + tekst(d, "categorie") + " ("
                    + tekst(d, "klantgroep") + ", " + tekst(d, "artikel") + "); rechtmatigheidsonderzoek gestart";
            case "uitkering-gedeblokkeerd" -> "Blokkering opgeheven per " + tekst(d, "gedeblokkeerdPer") + " ("
                    + tekst(d, "artikel") + ")";
            case "uitkering-stopgezet" -> "Uitkering stopgezet per " + tekst(d, "stopgezetPer") + " na blokkering en "
                    + "hersteltermijn tot " + tekst(d, "hersteltermijnTot") + " (" + tekst(d, "artikel") + ")";
            case GEWEIGERD -> "Gedraging " + tekst(d, "categorie") + " van " + tekst(d, "datum")
                    + " geweigerd door handhaving: " + tekst(d, "redenCode") + " (" + tekst(d, "reden") + ")";
            default -> "Maatregel herzien per " + tekst(d, "herzienPer") + " (" + tekst(d, "artikel") + ")";
        };
    }

    /**
     * A maatregel proposed for a klant with active zorg: the regisseur gets a task to align with the zorg before it
     * takes effect (requirement "Signals"; enforcement itself requires the joint consultation before the besluit).
     */
    @Override
    protected void gevolgen(Zaak zaak, String soort, JsonNode d, Instant op) {
        if (GEWEIGERD.equals(soort)) {
            geweigerd(zaak, d, op);
            return;
        }
        if (!"maatregel-voorgesteld".equals(soort) || !zaak.actieveZorg || !d.hasNonNull("maatregelId")
                || zaak.status == nl.trede.casework.domain.ZaakStatus.AFGESLOTEN) {
            // A closed zaak takes no task (Taak.open refuses it); the event is still on its timeline.
            return;
        }
        UUID maatregelId = UUID.fromString(d.get("maatregelId").asText());
        if (Taak.count("soort = ?1 and bronId = ?2", "zorg-afstemming", maatregelId) > 0) {
            return;
        }
        Taak.open(zaak, "zorg-afstemming", maatregelId, NlTime.datum(op), Roles.KLANTMANAGER,
                "Maatregel voorgesteld (" + tekst(d, "categorie") + ") bij actieve zorg"
                + (zaak.zorgSoort == null ? "" : " (" + zaak.zorgSoort + ")") + ": stem met de zorg af voordat het "
                + "besluit ingaat" + (zaak.regisseur == null ? "" : "; regisseur " + zaak.regisseur) + ".", op);
        werk.markeer(zaak.klant.klantId); // a task without an event of casework's own (docs/contracts/werkitems.md)
    }

    /** The refused report is marked as such (its status in GET /zaken/{id}/gedragingen/{gid}). */
    private static void geweigerd(Zaak zaak, JsonNode d, Instant op) {
        UUID meldingId;
        try {
            meldingId = UUID.fromString(d.path("meldingId").asText());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("gedraging-geweigerd without a meldingId");
        }
        Gedraging g = Gedraging.findById(meldingId);
        if (g != null && g.zaakId.equals(zaak.id) && !Gedraging.GEWEIGERD.equals(g.status)) {
            g.status = Gedraging.GEWEIGERD;
            g.weigeringCode = d.hasNonNull("redenCode") ? d.get("redenCode").asText() : "niet-te-beoordelen";
            g.weigeringReden = d.hasNonNull("reden") ? d.get("reden").asText() : null;
            g.geweigerdOp = op;
        }
    }

    private static String hoogte(JsonNode d) {
        if (d.hasNonNull("bedragEenmalig")) {
            return "eenmalig EUR " + new java.math.BigDecimal(d.get("bedragEenmalig").asText())
                    .setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return tekst(d, "percentage") + "% van " + tekst(d, "ingangsdatum") + " tot " + tekst(d, "einddatum");
    }
}
