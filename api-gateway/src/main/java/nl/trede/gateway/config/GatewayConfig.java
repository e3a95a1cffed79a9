package nl.trede.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code trede.gateway.*}: where the services run and how long the gateway waits for them. */
@ConfigMapping(prefix = "trede.gateway")
public interface GatewayConfig {

    UpstreamsConfig upstreams();

    /** Connect timeout, and the longest the gateway waits for the next byte of an upstream response (then 504). */
    @WithDefault("10s")
    Duration timeout();

    OpenApiConfig openapi();

    RateLimitConfig rateLimit();

    /** Per-upstream limit of concurrent calls (bulkhead); above it the gateway answers 503 upstream-overloaded. */
    @WithDefault("256")
    int maxInFlight();

    RolesConfig roles();

    /**
     * The largest request header section (all header lines) the gateway accepts; above it 431 problem+json. Netty's
     * own limit ({@code quarkus.http.limits.max-header-size}) is set higher, as a hard ceiling.
     */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** The longest request URI (path and query) the gateway accepts; above it 414 problem+json. */
    @WithDefault("4096")
    int maxUriLength();

    CorsConfig cors();

    /**
     * Token bucket per client ({@code azp} or {@code client_id} claim, else {@code sub}); callers without a valid
     * token get one bucket per remote address. Above it: 429 too-many-requests with Retry-After.
     */
    interface RateLimitConfig {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make per {@link #period()} on average (the refill rate). */
        @WithDefault("200")
        long rate();

        /** The period of {@link #rate()}. */
        @WithDefault("1s")
        Duration period();

        /** The most requests a client may make at once (the bucket's capacity). */
        @WithDefault("400")
        long burst();

        /** A client's bucket is forgotten after this long without requests (a full bucket by then anyway). */
        @WithDefault("10m")
        Duration idleExpiry();

        /** The most buckets kept at once (bounded memory); the least recently used go first. */
        @WithDefault("100000")
        long maxClients();
    }

    /**
     * Coarse role check at the gateway: the roles that may call anything under {@code /api/<service>/}. The services
     * check every operation again. Defaults: the union of the roles in the service's {@code @RolesAllowed}
     * annotations (without {@code trede-service}, which never calls through the gateway) plus
     * {@code privacy-officer} (the audit log of every service).
     */
    interface RolesConfig {
        @WithDefault("intake-medewerker,klantmanager,teamleider,ketenpartner,beleidsmedewerker,functioneel-beheerder,privacy-officer")
        Set<String> intake();

        @WithDefault("intake-medewerker,klantmanager,teamleider,ketenpartner,beleidsmedewerker,functioneel-beheerder,privacy-officer")
        Set<String> casework();

        @WithDefault("handhaver,klantmanager,teamleider,functioneel-beheerder,gws-koppeling,beleidsmedewerker,privacy-officer")
        Set<String> enforcement();

        @WithDefault("intake-medewerker,klantmanager,teamleider,handhaver,beleidsmedewerker,ketenpartner,gws-koppeling,functioneel-beheerder,privacy-officer")
        Set<String> ladder();

        /** The werkvoorraad has no audit log (no personal data): no privacy-officer. */
        @WithDefault("intake-medewerker,klantmanager,teamleider,handhaver")
        Set<String> werkvoorraad();
    }

    /**
     * CORS for browser front-ends: an allowlist of origins (echoed, with credentials). The public OpenAPI documents
     * keep {@code Access-Control-Allow-Origin: *}.
     */
    interface CorsConfig {
        /** Allowed origins, e.g. {@code https://trede.gemeente.nl}; none by default (no cross-origin calls). */
        Optional<List<String>> origins();

        @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS")
        List<String> methods();

        @WithDefault("Authorization,Content-Type,Accept,Accept-Language,Idempotency-Key,If-Match,If-None-Match,X-Request-ID,traceparent,tracestate")
        List<String> headers();

        @WithDefault("API-Version,ETag,Location,Link,X-Request-ID,Retry-After,Content-Location")
        List<String> exposedHeaders();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

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

        @WithDefault("http://127.0.0.1:8085")
        URI werkvoorraad();
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
