package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.casework.domain.TijdlijnItem;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakStatus;
import nl.trede.platform.inbox.EventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ladder's trede events on the zaak's timeline (issue 4 "the ladder's trede events appear on the zaak's
 * timeline"): on the zaak the meting names, else on every open zaak of the klant. Exactly once per zaak (the platform
 * inbox, and a unique (zaak, event) row).
 */
@ApplicationScoped
public class LadderTijdlijnHandler implements EventHandler {

    static final String PREFIX = "nl.trede.ladder.";
    static final String METING_VASTGESTELD = PREFIX + "meting-vastgesteld";
    static final String METING_GECORRIGEERD = PREFIX + "meting-gecorrigeerd";
    static final String TREDE_GESTEGEN = PREFIX + "trede-gestegen";
    static final String TREDE_GEDAALD = PREFIX + "trede-gedaald";

    private final String topic;
    private final ObjectMapper mapper;

    public LadderTijdlijnHandler(@ConfigProperty(name = "trede.topics.ladder") String topic, ObjectMapper mapper) {
        this.topic = topic;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String typePrefix() {
        return PREFIX;
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(METING_VASTGESTELD, METING_GECORRIGEERD, TREDE_GESTEGEN, TREDE_GEDAALD);
    }

    @Override
    public void handle(CloudEvent event) {
        UUID klantId;
        JsonNode data;
        try {
            klantId = UUID.fromString(event.getSubject());
            data = mapper.readTree(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException | RuntimeException e) {
            throw new PoisonEventException("unreadable ladder event: " + e.getClass().getSimpleName());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonEventException("ladder event without data");
        }
        String soort = event.getType().substring(PREFIX.length());
        String samenvatting = samenvatting(event.getType(), data);
        Instant op = event.getTime() == null ? Instant.now() : event.getTime().toInstant();
        for (Zaak zaak : zaken(klantId, data)) {
            if (TijdlijnItem.count("zaakId = ?1 and bronEventId = ?2", zaak.id, event.getId()) > 0) {
                continue;
            }
            TijdlijnItem item = new TijdlijnItem();
            item.zaakId = zaak.id;
            item.op = op;
            item.bron = "ladder";
            item.soort = soort;
            item.samenvatting = samenvatting;
            item.bronEventId = event.getId();
            item.persist();
        }
    }

    private static List<Zaak> zaken(UUID klantId, JsonNode data) {
        if (data.hasNonNull("zaakId")) {
            try {
                UUID zaakId = UUID.fromString(data.get("zaakId").asText());
                List<Zaak> genoemd = Zaak.list("id = ?1 and klant.klantId = ?2", zaakId, klantId);
                if (!genoemd.isEmpty()) {
                    return genoemd;
                }
            } catch (IllegalArgumentException e) {
                throw new PoisonEventException("zaakId is not a UUID");
            }
        }
        return Zaak.list("klant.klantId = ?1 and status = ?2", klantId, ZaakStatus.OPEN);
    }

    private static String samenvatting(String type, JsonNode d) {
        String model = d.path("model").asText("?");
        return switch (type) {
            case TREDE_GESTEGEN, TREDE_GEDAALD -> "Trede " + (TREDE_GESTEGEN.equals(type) ? "gestegen" : "gedaald")
                    + " van " + positie(d, "van") + " naar " + positie(d, "naar") + " (" + model + ", "
                    + d.path("meetdatum").asText("?") + ")";
            case METING_GECORRIGEERD -> "Meting gecorrigeerd: trede " + positie(d, "") + " (" + model + ", "
                    + d.path("meetdatum").asText("?") + ")";
            default -> "Trede " + positie(d, "") + " gemeten (" + model + ", " + d.path("meetdatum").asText("?")
                    + ")";
        };
    }

    private static String positie(JsonNode d, String prefix) {
        String tredeVeld = prefix.isEmpty() ? "trede" : prefix + "Trede";
        String subVeld = prefix.isEmpty() ? "subTrede" : prefix + "SubTrede";
        return d.hasNonNull(subVeld) ? d.get(subVeld).asText() : d.path(tredeVeld).asText("?");
    }
}
