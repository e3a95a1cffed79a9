package nl.trede.worklist.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.inbox.EventData;
import nl.trede.platform.inbox.PoisonEventException;
import nl.trede.worklist.domain.Bron;
import nl.trede.worklist.domain.Werkvoorraad;
import nl.trede.worklist.domain.Zorg;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * enforcement's werkitems-bijgewerkt snapshots, and its {@code maatregel-voorgesteld} → the signalering to the
 * regisseur of a zaak with active zorg ({@link Zorg#maatregelVoorgesteld}).
 */
@Singleton
public class EnforcementWerkitemsHandler extends WerkitemsHandler {

    static final String MAATREGEL_VOORGESTELD = "nl.trede.enforcement.maatregel-voorgesteld";

    /** The fields of enforcement's {@code MaatregelVoorgesteld} used here; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MaatregelVoorgesteld(@NotNull UUID maatregelId, @NotNull UUID gedragingId, UUID zaakId,
                                       LocalDate ingangsdatum) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;
    private final Zorg zorg;

    public EnforcementWerkitemsHandler(@ConfigProperty(name = "trede.topics.enforcement") String topic,
                                       ObjectMapper mapper, Validator validator, Werkvoorraad werkvoorraad,
                                       Clock clock, Zorg zorg) {
        super(topic, Bron.ENFORCEMENT, mapper, validator, werkvoorraad, clock);
        this.mapper = mapper;
        this.validator = validator;
        this.zorg = zorg;
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(type(), MAATREGEL_VOORGESTELD);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!MAATREGEL_VOORGESTELD.equals(event.getType())) {
            super.handle(event);
            return;
        }
        UUID klantId;
        try {
            klantId = UUID.fromString(event.getSubject());
        } catch (RuntimeException e) {
            throw new PoisonEventException(event.getType() + " without a klant id as subject");
        }
        MaatregelVoorgesteld d = EventData.read(mapper, validator, event, MaatregelVoorgesteld.class);
        if (d.zaakId() != null) {
            zorg.maatregelVoorgesteld(klantId, d.zaakId(), d.maatregelId(), d.gedragingId(), d.ingangsdatum());
        }
    }
}
