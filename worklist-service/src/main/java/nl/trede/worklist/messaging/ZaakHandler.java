package nl.trede.worklist.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.inbox.EventData;
import nl.trede.platform.toegang.ZaakToegangProjectie;
import nl.trede.worklist.domain.Zorg;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * casework's zaak events: zaak-aangemaakt, regisseur-toegewezen and zaak-afgesloten → the {@code zaak_toegang}
 * projection (the platform's, order-independent: who holds a klant's zaak, for access and recipients); and the zaak's
 * zorg for the maatregel-voorgesteld signalering — the klantgroep from zaak-aangemaakt and klantgroep-gewijzigd, and
 * casework's {@code actieveZorg} flag from gedraging-gemeld.
 */
@Singleton
public class ZaakHandler extends ZaakToegangProjectie {

    static final String KLANTGROEP_GEWIJZIGD = PREFIX + "klantgroep-gewijzigd";
    static final String GEDRAGING_GEMELD = PREFIX + "gedraging-gemeld";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Aangemaakt(@NotNull UUID zaakId, @Size(max = 60) String klantgroep) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KlantgroepGewijzigd(@NotNull UUID zaakId, @NotNull @Size(max = 60) String naar) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GedragingGemeld(@NotNull UUID zaakId, boolean actieveZorg) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;
    private final Zorg zorg;
    private final Clock clock;

    public ZaakHandler(@ConfigProperty(name = "trede.topics.casework") String topic, ObjectMapper mapper,
                       Validator validator, EntityManager em, Clock clock, Zorg zorg) {
        super(topic, mapper, validator, em, clock);
        this.mapper = mapper;
        this.validator = validator;
        this.zorg = zorg;
        this.clock = clock;
    }

    @Override
    public Set<String> handledTypes() {
        Set<String> types = new HashSet<>(super.handledTypes());
        types.add(KLANTGROEP_GEWIJZIGD);
        types.add(GEDRAGING_GEMELD);
        return Set.copyOf(types);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.getType()) {
            case KLANTGROEP_GEWIJZIGD -> {
                KlantgroepGewijzigd d = EventData.read(mapper, validator, event, KlantgroepGewijzigd.class);
                Instant op = event.getTime() == null ? Instant.now(clock) : event.getTime().toInstant();
                zorg.klantgroepGewijzigd(d.zaakId(), d.naar().strip(), op);
            }
            case GEDRAGING_GEMELD -> {
                GedragingGemeld d = EventData.read(mapper, validator, event, GedragingGemeld.class);
                zorg.actieveZorg(d.zaakId(), d.actieveZorg());
            }
            default -> {
                super.handle(event);
                if (ZAAK_AANGEMAAKT.equals(event.getType())) {
                    Aangemaakt d = EventData.read(mapper, validator, event, Aangemaakt.class);
                    zorg.klantgroepBijAanmaken(d.zaakId(), d.klantgroep() == null || d.klantgroep().isBlank()
                            ? null : d.klantgroep().strip());
                }
            }
        }
    }
}
