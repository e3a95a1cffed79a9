package nl.trede.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and validates an event's JSON data; anything unreadable or invalid is a poison event. */
public final class EventData {

    private EventData() {
    }

    public static <T> T read(ObjectMapper mapper, Validator validator, CloudEvent event, Class<T> type) {
        CloudEventData data = event.getData();
        if (data == null) {
            throw new PoisonEventException(event.getType() + " without data");
        }
        T value;
        try {
            value = mapper.readValue(data.toBytes(), type);
        } catch (IOException e) {
            throw new PoisonEventException(event.getType() + " data is not valid " + type.getSimpleName() + " JSON");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new PoisonEventException(event.getType() + " data is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining(", ")));
        }
        return value;
    }
}
