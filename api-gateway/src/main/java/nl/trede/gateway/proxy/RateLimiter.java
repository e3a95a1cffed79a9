package nl.trede.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.trede.gateway.config.GatewayConfig;

/**
 * Per-client token buckets (Bucket4j, in memory): {@code rate} requests per {@code period} on average,
 * {@code burst} at once. The buckets live in a Caffeine cache that forgets a client after {@code idle-expiry} without requests and
 * keeps at most {@code max-clients}, so memory stays bounded whatever the number of callers. A forgotten client
 * starts again with a full bucket, which it would have had anyway once idle for {@code burst / rate} periods;
 * the expiry is never shorter than that.
 */
@ApplicationScoped
public class RateLimiter {

    /** Whose bucket a request takes a token from: a client (from the token) or a remote address (no valid token). */
    public enum Kind {
        CLIENT, ADDRESS
    }

    /** The outcome: allowed, or limited with the whole seconds to wait (at least 1) for Retry-After. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }

    private final boolean enabled;
    private final long rate;
    private final Duration period;
    private final long burst;
    private final Cache<String, Bucket> buckets;
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(GatewayConfig config, MeterRegistry registry) {
        this(config.rateLimit().enabled(), config.rateLimit().rate(), config.rateLimit().period(),
                config.rateLimit().burst(), config.rateLimit().idleExpiry(), config.rateLimit().maxClients(), registry);
    }

    RateLimiter(boolean enabled, long rate, Duration period, long burst, Duration idleExpiry, long maxClients,
                MeterRegistry registry) {
        if (rate < 1 || burst < 1 || period.isNegative() || period.isZero() || maxClients < 1) {
            throw new IllegalArgumentException("trede.gateway.rate-limit: rate, burst and max-clients must be at "
                    + "least 1 and the period positive");
        }
        this.enabled = enabled;
        this.rate = rate;
        this.period = period;
        this.burst = burst;
        this.registry = registry;
        // The time an empty bucket takes to fill up completely.
        Duration refillAll = period.multipliedBy(burst).dividedBy(rate).plusMillis(1);
        Duration idle = idleExpiry.compareTo(refillAll) < 0 ? refillAll : idleExpiry;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(idle)
                .maximumSize(maxClients)
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Takes one token from the bucket of {@code key}; the outcome is counted per kind. */
    public Decision take(Kind kind, String key) {
        if (!enabled) {
            return Decision.ALLOWED;
        }
        Bucket bucket = buckets.get(kind.name() + ':' + key, k -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Decision decision = probe.isConsumed() ? Decision.ALLOWED
                : new Decision(false, retryAfterSeconds(probe.getNanosToWaitForRefill()));
        count(kind, decision.allowed() ? "allowed" : "limited");
        return decision;
    }

    static long retryAfterSeconds(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return Math.max(1, seconds);
    }

    /** The number of buckets held now (for tests and diagnostics). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        // Refilled greedily (tokens trickle in continuously), capacity = burst.
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(rate, period))
                .build();
    }

    private void count(Kind kind, String outcome) {
        counters.computeIfAbsent(kind.name() + outcome, k -> Counter.builder("trede.gateway.rate.limit")
                .description("Requests checked against the per-client rate limit, by kind of key and outcome")
                .tag("key", kind == Kind.CLIENT ? "client" : "address")
                .tag("outcome", outcome)
                .register(registry)).increment();
    }
}
