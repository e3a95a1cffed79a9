package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.casework.domain.TijdlijnItem;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakStatus;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.inbox.PoisonEventException;

/**
 * Another service's events on the zaak's timeline (requirement "Timeline": every event of the zaak across services, in
 * order): on the zaak the event names, else on every open zaak of the klant (the subject). Exactly once per zaak: the
 * platform inbox, and a unique (zaak, event) row. Subclasses say which events and how to summarise them, without
 * personal data.
 */
public abstract class TijdlijnHandler extends JsonEventHandler {

    private final String prefix;
    private final String bron;
    private final Clock clock;

    protected TijdlijnHandler(String topic, String prefix, String bron, ObjectMapper mapper, Clock clock) {
        super(topic, prefix, Set.of(), mapper, null);
        this.clock = clock;
        this.prefix = prefix;
        this.bron = bron;
    }

    /** A short summary of the event for the klantmanager's screen: codes, numbers and dates only. */
    protected abstract String samenvatting(String soort, JsonNode data);

    /** What else the event means for the zaak, in the same transaction (nothing by default). */
    protected void gevolgen(Zaak zaak, String soort, JsonNode data, Instant op) {
    }

    /** The types of the producer this subclass puts on the timeline. */
    @Override
    public abstract Set<String> handledTypes();

    @Override
    public void handle(CloudEvent event) {
        UUID klantId = klantId(event);
        JsonNode data = json(event);
        if (data == null || !data.isObject()) {
            throw new PoisonEventException(bron + " event without data");
        }
        String soort = event.getType().substring(prefix.length());
        String samenvatting = samenvatting(soort, data);
        Instant op = event.getTime() == null ? Instant.now(clock) : event.getTime().toInstant();
        for (Zaak zaak : zaken(klantId, data)) {
            if (TijdlijnItem.count("zaakId = ?1 and bronEventId = ?2", zaak.id, event.getId()) > 0) {
                continue;
            }
            TijdlijnItem item = new TijdlijnItem();
            item.zaakId = zaak.id;
            item.op = op;
            item.bron = bron;
            item.soort = soort;
            item.samenvatting = samenvatting;
            item.bronEventId = event.getId();
            item.persist();
            gevolgen(zaak, soort, data, op);
        }
    }

    private static List<Zaak> zaken(UUID klantId, JsonNode data) {
        if (data.hasNonNull("zaakId")) {
            UUID zaakId;
            try {
                zaakId = UUID.fromString(data.get("zaakId").asText());
            } catch (IllegalArgumentException e) {
                throw new PoisonEventException("zaakId is not a UUID");
            }
            List<Zaak> genoemd = Zaak.list("id = ?1 and klant.klantId = ?2", zaakId, klantId);
            if (!genoemd.isEmpty()) {
                return genoemd;
            }
        }
        return Zaak.list("klant.klantId = ?1 and status = ?2", klantId, ZaakStatus.OPEN);
    }

    /** A field as text, or "?" when absent. */
    protected static String tekst(JsonNode d, String veld) {
        return d.hasNonNull(veld) ? d.get(veld).asText() : "?";
    }
}
