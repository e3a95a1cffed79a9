package nl.trede.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimiter limiter(long rate, long burst) {
        return new RateLimiter(true, rate, Duration.ofSeconds(1), burst, Duration.ofMinutes(10), 1000,
                new SimpleMeterRegistry());
    }

    @Test
    void burstThenLimitedWithRetryAfterOfAtLeastOneSecond() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RateLimiter limiter = new RateLimiter(true, 10, Duration.ofSeconds(1), 5, Duration.ofMinutes(10), 1000,
                registry);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.take(RateLimiter.Kind.CLIENT, "a").allowed());
        }
        RateLimiter.Decision limited = limiter.take(RateLimiter.Kind.CLIENT, "a");
        assertFalse(limited.allowed());
        assertEquals(1, limited.retryAfterSeconds());
        // Keys and kinds have buckets of their own.
        assertTrue(limiter.take(RateLimiter.Kind.CLIENT, "b").allowed());
        assertTrue(limiter.take(RateLimiter.Kind.ADDRESS, "a").allowed());
        assertEquals(5 + 2, registry.get("trede.gateway.rate.limit").tag("outcome", "allowed").counters()
                .stream().mapToDouble(c -> c.count()).sum());
        assertEquals(1, registry.get("trede.gateway.rate.limit").tag("outcome", "limited").counter().count());
    }

    @Test
    void theBucketRefills() throws InterruptedException {
        RateLimiter limiter = limiter(2, 1);
        assertTrue(limiter.take(RateLimiter.Kind.CLIENT, "a").allowed());
        assertFalse(limiter.take(RateLimiter.Kind.CLIENT, "a").allowed());
        Thread.sleep(600);
        assertTrue(limiter.take(RateLimiter.Kind.CLIENT, "a").allowed());
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        assertEquals(1, RateLimiter.retryAfterSeconds(0));
        assertEquals(1, RateLimiter.retryAfterSeconds(1));
        assertEquals(1, RateLimiter.retryAfterSeconds(1_000_000_000L));
        assertEquals(2, RateLimiter.retryAfterSeconds(1_000_000_001L));
        RateLimiter perMinute = new RateLimiter(true, 1, Duration.ofMinutes(1), 1, Duration.ofMinutes(10), 10,
                new SimpleMeterRegistry());
        assertTrue(perMinute.take(RateLimiter.Kind.CLIENT, "a").allowed());
        long wait = perMinute.take(RateLimiter.Kind.CLIENT, "a").retryAfterSeconds();
        assertTrue(wait > 55 && wait <= 60, "Retry-After " + wait);
    }

    @Test
    void memoryIsBoundedByMaxClients() {
        RateLimiter limiter = new RateLimiter(true, 200, Duration.ofSeconds(1), 400, Duration.ofMinutes(10), 50,
                new SimpleMeterRegistry());
        for (int i = 0; i < 5_000; i++) {
            limiter.take(RateLimiter.Kind.ADDRESS, "10.0." + i / 256 + "." + i % 256);
        }
        assertTrue(limiter.size() <= 50, "buckets held: " + limiter.size());
    }

    @Test
    void idleBucketsExpire() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(true, 1000, Duration.ofSeconds(1), 1, Duration.ofMillis(50), 10,
                new SimpleMeterRegistry());
        limiter.take(RateLimiter.Kind.CLIENT, "a");
        assertEquals(1, limiter.size());
        Thread.sleep(200);
        assertEquals(0, limiter.size());
    }

    @Test
    void switchedOffEverythingPasses() {
        RateLimiter limiter = new RateLimiter(false, 1, Duration.ofSeconds(1), 1, Duration.ofMinutes(10), 10,
                new SimpleMeterRegistry());
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.take(RateLimiter.Kind.CLIENT, "a").allowed());
        }
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> limiter(0, 1));
        assertThrows(IllegalArgumentException.class, () -> limiter(1, 0));
    }
}
