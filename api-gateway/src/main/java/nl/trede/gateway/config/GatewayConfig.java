package nl.trede.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** {@code trede.gateway.*}: where the services run and how long the gateway waits for them. */
@ConfigMapping(prefix = "trede.gateway")
public interface GatewayConfig {

    UpstreamsConfig upstreams();

    /** Connect timeout, and the longest the gateway waits for the next byte of an upstream response (then 504). */
    @WithDefault("10s")
    Duration timeout();

    OpenApiConfig openapi();

    /** Base URLs of the services (scheme, host, port; no path). */
    interface UpstreamsConfig {
        @WithDefault("http://127.0.0.1:8081")
        URI intake();

        @WithDefault("http://127.0.0.1:8082")
        URI casework();

        @WithDefault("http://127.0.0.1:8083")
        URI enforcement();

        @WithDefault("http://127.0.0.1:8084")
        URI ladder();
    }

    interface OpenApiConfig {
        /** How long a service's OpenAPI document is reused for the aggregated document. */
        @WithDefault("60s")
        Duration cacheTtl();

        @WithDefault("Trede API")
        String title();

        @WithDefault("All Trede APIs behind the gateway.")
        String description();

        @WithDefault("Trede")
        String contactName();

        @WithDefault("https://github.com/trede")
        String contactUrl();

        @WithDefault("developers@trede.example")
        String contactEmail();
    }
}
