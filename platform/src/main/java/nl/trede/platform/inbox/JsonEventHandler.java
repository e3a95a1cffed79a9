package nl.trede.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;

/**
 * The base of every {@link EventHandler} of a JSON topic: it keeps the topic, the producer's type prefix and the handled
 * types, and reads what every handler reads the same way — the klant in the CloudEvents subject
 * ({@link #klantId}), the data as a validated record ({@link #data}, {@link EventData#read}) or as a JSON tree
 * ({@link #json}) — turning anything unreadable into a {@link PoisonEventException} (the DLQ at once). Exactly-once,
 * retries and dead-lettering stay the {@link EventConsumer}'s and the {@link Inbox}'s.
 *
 * <p>A subclass is a {@code @Singleton} bean (it has no no-args constructor for a client proxy) that passes its topic
 * (from configuration), prefix and types, and implements {@link #handle}.
 */
public abstract class JsonEventHandler implements EventHandler {

    private final String topic;
    private final String typePrefix;
    private final Set<String> handledTypes;
    private final ObjectMapper mapper;
    private final Validator validator;

    protected JsonEventHandler(String topic, String typePrefix, Set<String> handledTypes, ObjectMapper mapper,
                               Validator validator) {
        this.topic = topic;
        this.typePrefix = typePrefix;
        this.handledTypes = Set.copyOf(handledTypes);
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String typePrefix() {
        return typePrefix;
    }

    @Override
    public Set<String> handledTypes() {
        return handledTypes;
    }

    /** The klant the event is about: its subject, a klant id; anything else is poison. */
    protected static UUID klantId(CloudEvent event) {
        try {
            return UUID.fromString(event.getSubject());
        } catch (RuntimeException e) {
            throw new PoisonEventException(event.getType() + ": subject is not a klantId");
        }
    }

    /** The event's data as {@code type}, validated; missing, unreadable or invalid data is poison. */
    protected <T> T data(CloudEvent event, Class<T> type) {
        if (validator == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " reads records: it needs a Validator");
        }
        return EventData.read(mapper, validator, event, type);
    }

    /**
     * The event's data as a JSON tree (a missing node when there is none: the handler decides what that means);
     * data that is not JSON is poison.
     */
    protected JsonNode json(CloudEvent event) {
        try {
            return mapper.readTree(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException e) {
            throw new PoisonEventException(event.getType() + " data is not JSON: " + e.getClass().getSimpleName());
        }
    }
}
