package nl.trede.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where this service's events come from (NL GOV CloudEvents profile, sources L2.2/L2.5). */
@ConfigMapping(prefix = "trede.events")
public interface EventsConfig {

    /** OIN of the municipality running Trede (20 digits); goes into {@code source}. */
    @WithDefault("00000000000000000000")
    String oin();

    /** System name, e.g. {@code trede-intake}; {@code source} = {@code urn:nld:oin:<oin>:systeem:<system>}. */
    String system();

    /** Public base URL of the gateway; {@code dataref} = base URL + the resource path. */
    @WithDefault("http://localhost:8080")
    String apiBaseUrl();
}
