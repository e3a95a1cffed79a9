package nl.trede.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail for the outbox and the Kafka link it depends on. A Kafka outage alone does not make the
 * service unready: requests keep being served and events wait in the outbox (README.md#events: "Kafka being down never
 * fails a user request"). Only a backlog beyond {@code trede.outbox.readiness-max-backlog} turns it DOWN.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        long pending = relay.pendingCount();
        String error = relay.lastError();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox")
                .status(pending <= config.readinessMaxBacklog())
                .withData("pending", pending)
                .withData("oldestPendingSeconds", relay.oldestPendingAgeSeconds())
                .withData("kafka", error != null ? "unreachable" : relay.lastSuccess() != null ? "reachable" : "idle")
                .withData("relay", config.relayEnabled() ? "running" : "disabled");
        if (error != null) {
            builder.withData("lastError", error);
        }
        if (relay.lastSuccess() != null) {
            builder.withData("lastPublished", relay.lastSuccess().toString());
        }
        return builder.build();
    }
}
