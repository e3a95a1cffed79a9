package nl.trede.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens this service has verified, kept for the rest of their lifetime so that a client's next request with the
 * same token costs a SHA-256 hash instead of an RSA signature check. Plain Java (no CDI): {@link CachingJwtParser}
 * puts it in front of smallrye-jwt's parser; the reasoning is in platform/README.md "Verified tokens".
 *
 * <ul>
 *   <li>The key is the SHA-256 hash of the raw token: only the exact bytes that were verified hit.</li>
 *   <li>Only what the verifier accepted is stored: a forged, expired or otherwise rejected token throws and leaves
 *       nothing behind.</li>
 *   <li>An entry lives until the token's {@code exp}, never longer than {@code maxAge}; a hit is checked against
 *       {@code exp} again.</li>
 *   <li>At most {@code maxSize} entries (least recently/frequently used are evicted first).</li>
 * </ul>
 */
public final class VerifiedTokens {

    /** Verification of a raw token (smallrye-jwt's parser: signature, issuer, audience, expiry). */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String rawToken) throws ParseException;
    }

    private final Verifier verifier;
    private final Clock clock;
    private final long maxAgeNanos;
    private final Cache<String, JsonWebToken> cache;
    private final LongAdder hits = new LongAdder();
    private final LongAdder verifications = new LongAdder();

    public VerifiedTokens(Verifier verifier, long maxSize, Duration maxAge) {
        this(verifier, maxSize, maxAge, Clock.systemUTC(), Ticker.systemTicker());
    }

    /** With an explicit wall clock (for {@code exp}) and ticker (for the cache's own timing), for tests. */
    public VerifiedTokens(Verifier verifier, long maxSize, Duration maxAge, Clock clock, Ticker ticker) {
        if (maxSize < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the token cache needs a size of at least 1 and a positive maximum age");
        }
        this.verifier = verifier;
        this.clock = clock;
        this.maxAgeNanos = maxAge.toNanos();
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new UntilExpiry())
                .ticker(ticker)
                // Eviction work on the calling thread: cheap, and no background task outlives the request.
                .executor(Runnable::run)
                .build();
    }

    /** The verified token: from the cache when this exact token was verified before and has not expired. */
    public JsonWebToken verify(String rawToken) throws ParseException {
        String key = sha256(rawToken);
        JsonWebToken known = cache.getIfPresent(key);
        if (known != null) {
            if (remainingNanos(known) > 0) {
                hits.increment();
                return known;
            }
            cache.invalidate(key);
        }
        verifications.increment();
        JsonWebToken verified = verifier.verify(rawToken);
        if (remainingNanos(verified) > 0) {
            cache.put(key, verified);
        }
        return verified;
    }

    /** Requests answered from the cache. */
    public long hits() {
        return hits.sum();
    }

    /** Tokens handed to the verifier (accepted or not). */
    public long verifications() {
        return verifications.sum();
    }

    /** Entries held now (after pending evictions), for tests and metrics. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Nanoseconds until the token's {@code exp}, capped at the maximum age; 0 or less: do not keep it. */
    private long remainingNanos(JsonWebToken token) {
        long expSeconds = token.getExpirationTime();
        if (expSeconds <= 0) {
            return 0; // no exp: never cached (the verifier requires one anyway)
        }
        long millis = expSeconds * 1000 - clock.millis();
        if (millis <= 0) {
            return 0;
        }
        return Math.min(maxAgeNanos, Duration.ofMillis(millis).toNanos());
    }

    static String sha256(String rawToken) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(rawToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** Each entry expires at its token's {@code exp} (at most the maximum age), reads do not extend it. */
    private final class UntilExpiry implements Expiry<String, JsonWebToken> {
        @Override
        public long expireAfterCreate(String key, JsonWebToken token, long currentTime) {
            return Math.max(0, remainingNanos(token));
        }

        @Override
        public long expireAfterUpdate(String key, JsonWebToken token, long currentTime, long currentDuration) {
            return Math.max(0, remainingNanos(token));
        }

        @Override
        public long expireAfterRead(String key, JsonWebToken token, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
