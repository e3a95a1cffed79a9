package nl.trede.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail for the event consumer. DOWN only when the consumer thread died (a bug): a broker outage
 * leaves it polling and reconnecting, the REST API keeps serving, and events are picked up afterwards.
 */
@Readiness
@ApplicationScoped
public class EventConsumerHealthCheck implements HealthCheck {

    private final EventConsumer consumer;

    public EventConsumerHealthCheck(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("event-consumer");
        if (!consumer.active()) {
            return builder.up().withData("state", "no handlers").build();
        }
        builder.status(consumer.threadAlive()).withData("state", consumer.state());
        if (consumer.lastError() != null) {
            builder.withData("lastError", consumer.lastError());
        }
        return builder.build();
    }
}
