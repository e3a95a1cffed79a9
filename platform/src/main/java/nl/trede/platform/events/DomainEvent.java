package nl.trede.platform.events;

import java.util.Objects;
import java.util.UUID;

/**
 * A domain event as a service hands it to the outbox.
 *
 * @param topic        Kafka topic, e.g. {@code trede.intake.v1}
 * @param type         reverse-DNS CloudEvents type, e.g. {@code nl.trede.intake.melding-doorgezet}
 * @param klantId      pseudonymous klant id: CloudEvents {@code subject} and Kafka key (one klant's events stay
 *                     in order)
 * @param resourcePath API path of the resource, e.g. {@code /api/intake/v1/meldingen/<id>}; becomes
 *                     {@code dataref}
 * @param data         the payload, serialised as JSON: ids, codes, dates and amounts only, never personal data
 */
public record DomainEvent(String topic, String type, UUID klantId, String resourcePath, Object data) {
    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(klantId, "klantId");
        Objects.requireNonNull(data, "data");
    }
}
