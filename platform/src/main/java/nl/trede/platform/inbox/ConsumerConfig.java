package nl.trede.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "trede.consumer")
public interface ConsumerConfig {

    /** Kafka consumer group; required when the service has {@link EventHandler}s. */
    Optional<String> groupId();

    @WithDefault("true")
    boolean enabled();

    /** Attempts for an event whose handler fails with a non-infrastructure error, before it goes to the DLQ. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("250ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** Suffix of the dead-letter topic: {@code <topic><suffix>}. */
    @WithDefault(".dlq")
    String dlqSuffix();
}
