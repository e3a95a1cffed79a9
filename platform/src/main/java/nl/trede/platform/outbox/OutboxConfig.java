package nl.trede.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "trede.outbox")
public interface OutboxConfig {

    /** Run the relay in this process. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** Safety-net poll; the relay is woken right after every commit that wrote to the outbox. */
    @WithDefault("1s")
    Duration pollInterval();

    /** First back-off after a failed publish; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** Published rows are deleted after this long. */
    @WithDefault("7d")
    Duration retention();

    /** Readiness turns DOWN when more rows than this are pending (Kafka unreachable for a long time). */
    @WithDefault("100000")
    long readinessMaxBacklog();
}
