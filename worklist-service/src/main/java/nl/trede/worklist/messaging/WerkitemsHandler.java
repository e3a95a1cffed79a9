package nl.trede.worklist.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.inbox.EventData;
import nl.trede.platform.inbox.EventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import nl.trede.worklist.domain.Bron;
import nl.trede.worklist.domain.Snapshot;
import nl.trede.worklist.domain.Werkitem;
import nl.trede.worklist.domain.Werkvoorraad;

/**
 * {@code nl.trede.<bron>.werkitems-bijgewerkt} from one service's topic → the werkvoorraad (docs/contracts/werkitems.md),
 * exactly once through the platform inbox. A snapshot that breaks the contract (no klantId subject, a subject other than
 * its klantId, another bron than the topic's, an item without a required field or with an id twice) is poison: DLQ.
 */
public abstract class WerkitemsHandler implements EventHandler {

    /** The contract's {@code data}; fields a newer producer adds are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WerkitemsBijgewerkt(@NotBlank String bron, @NotNull UUID klantId, @NotNull Long volgnummer,
                                      @NotNull List<@NotNull @Valid Item> werkitems) {
    }

    /** A work item as the contract defines it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(@NotBlank @Size(max = 200) String id,
                       @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+")
                       String soort,
                       @NotBlank @Size(max = 500) String omschrijving, UUID zaakId, @NotNull LocalDate vervaldatum,
                       @Size(max = 200) String grondslag,
                       @NotNull @Pattern(regexp = "open|bewaken") String status,
                       @NotBlank @Size(max = 60) String rol, @Size(max = 100) String team,
                       @Size(max = 200) String toegewezenAan, @Size(max = 60) String klantgroep,
                       @NotBlank @Size(max = 500) String pad) {
    }

    private final String topic;
    private final Bron bron;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final Werkvoorraad werkvoorraad;
    private final Clock clock;

    protected WerkitemsHandler(String topic, Bron bron, ObjectMapper mapper, Validator validator,
                               Werkvoorraad werkvoorraad, Clock clock) {
        this.topic = topic;
        this.bron = bron;
        this.mapper = mapper;
        this.validator = validator;
        this.werkvoorraad = werkvoorraad;
        this.clock = clock;
    }

    public String type() {
        return typePrefix() + "werkitems-bijgewerkt";
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String typePrefix() {
        return "nl.trede." + bron.code() + ".";
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(type());
    }

    @Override
    public void handle(CloudEvent event) {
        werkvoorraad.verwerk(snapshot(event));
    }

    Snapshot snapshot(CloudEvent event) {
        UUID klantId;
        try {
            klantId = UUID.fromString(event.getSubject());
        } catch (RuntimeException e) {
            throw new PoisonEventException(event.getType() + " without a klant id as subject");
        }
        WerkitemsBijgewerkt d = EventData.read(mapper, validator, event, WerkitemsBijgewerkt.class);
        if (!bron.code().equals(d.bron())) {
            throw new PoisonEventException("bron " + d.bron() + " on the topic of " + bron.code());
        }
        if (!klantId.equals(d.klantId())) {
            throw new PoisonEventException("klantId differs from the subject");
        }
        Set<String> ids = new HashSet<>();
        for (Item i : d.werkitems()) {
            if (!ids.add(i.id())) {
                throw new PoisonEventException("a werkitem id twice in one snapshot");
            }
        }
        Instant tijd = event.getTime() == null ? Instant.now(clock) : event.getTime().toInstant();
        return new Snapshot(bron, klantId, d.volgnummer(), tijd, d.werkitems().stream().map(i -> new Werkitem(bron,
                klantId, i.id(), i.soort(), i.omschrijving(), i.zaakId(), i.vervaldatum(), i.grondslag(), i.status(),
                i.rol(), leeg(i.team()), leeg(i.toegewezenAan()), leeg(i.klantgroep()), i.pad())).toList());
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
