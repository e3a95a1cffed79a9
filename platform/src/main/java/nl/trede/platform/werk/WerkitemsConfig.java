package nl.trede.platform.werk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "trede.werkitems")
public interface WerkitemsConfig {

    /** Run the job that publishes the marked klanten' snapshots in this process (when the service has a bron). */
    @WithDefault("true")
    boolean jobEnabled();

    /**
     * Safety-net poll; the job is woken right after every commit that marked a klant. Small, so a change reaches the
     * werkvoorraad within a second (docs/contracts/werkitems.md "Latency").
     */
    @WithDefault("200ms")
    Duration pollInterval();

    /** A klant whose snapshot could not be computed is tried again after this long (others go on meanwhile). */
    @WithDefault("30s")
    Duration retryAfter();
}
