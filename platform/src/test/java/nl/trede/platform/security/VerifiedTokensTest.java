package nl.trede.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.trede.platform.testsupport.TestKeys;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache in front of smallrye-jwt's real verifier (signature, issuer, audience, expiry with the test
 * key pair): a hit skips the verifier, an entry ends at the token's exp or the maximum age, a rejected token is never
 * kept, and the size is bounded. Reasoning: platform/README.md "Verified tokens".
 */
class VerifiedTokensTest {

    private final FakeTime time = new FakeTime();
    private final AtomicInteger verifications = new AtomicInteger();
    private final DefaultJWTParser library = new DefaultJWTParser(context());

    private VerifiedTokens cache(long maxSize, Duration maxAge) {
        return new VerifiedTokens(raw -> {
            verifications.incrementAndGet();
            return library.parse(raw);
        }, maxSize, maxAge, time, time);
    }

    private static JWTAuthContextInfo context() {
        JWTAuthContextInfo context = new JWTAuthContextInfo(TestKeys.pair().getPublic(), TestKeys.ISSUER);
        context.setExpectedAudience(Set.of(TestKeys.AUDIENCE));
        return context;
    }

    private static String token(String subject, Instant expires, PrivateKey key) {
        return Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject(subject).upn(subject)
                .groups(Set.of("klantmanager")).issuedAt(Instant.now().minusSeconds(5)).expiresAt(expires).sign(key);
    }

    private static String token(String subject, Duration valid) {
        return token(subject, Instant.now().plus(valid), TestKeys.privateKey());
    }

    @Test
    void aSecondRequestWithTheSameTokenIsNotVerifiedAgain() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String raw = token("km-1", Duration.ofMinutes(10));

        JsonWebToken first = tokens.verify(raw);
        JsonWebToken second = tokens.verify(raw);

        assertEquals(1, verifications.get());
        assertSame(first, second);
        assertEquals("km-1", second.getSubject());
        assertEquals(Set.of("klantmanager"), second.getGroups());
    }

    @Test
    void anotherTokenOfTheSameUserIsVerifiedOnItsOwn() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        tokens.verify(token("km-1", Duration.ofMinutes(10)));
        tokens.verify(token("km-1", Duration.ofMinutes(11)));

        assertEquals(2, verifications.get());
    }

    @Test
    void anEntryEndsAtTheTokensExpiry() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String raw = token("km-1", Duration.ofSeconds(90));
        tokens.verify(raw);

        time.advance(Duration.ofSeconds(80));
        tokens.verify(raw);
        assertEquals(1, verifications.get(), "still inside exp: a hit");

        time.advance(Duration.ofSeconds(15));
        tokens.verify(raw); // the real verifier still accepts it (real time), but the cache no longer answers
        assertEquals(2, verifications.get(), "past exp: verified again, not served from the cache");
    }

    @Test
    void anEntryNeverOutlivesTheMaximumAge() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(1));
        String raw = token("km-1", Duration.ofMinutes(10));
        tokens.verify(raw);

        time.advance(Duration.ofSeconds(61));
        tokens.verify(raw);

        assertEquals(2, verifications.get());
    }

    @Test
    void aForgedTokenIsRejectedAndNeverCached() throws Exception {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String forged = token("km-1", Instant.now().plusSeconds(600), otherKey());

        assertThrows(ParseException.class, () -> tokens.verify(forged));
        assertThrows(ParseException.class, () -> tokens.verify(forged));

        assertEquals(2, verifications.get(), "each attempt goes to the verifier");
        assertEquals(0, tokens.size());
    }

    @Test
    void aTamperedCopyOfAVerifiedTokenMissesTheCacheAndIsRejected() throws ParseException {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String raw = token("km-1", Duration.ofMinutes(10));
        tokens.verify(raw);
        String[] parts = raw.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("klantmanager", "privacy-officer");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThrows(ParseException.class, () -> tokens.verify(tampered));
        assertEquals(2, verifications.get());
        assertEquals(1, tokens.size());
    }

    @Test
    void anExpiredTokenIsRejectedAndNeverCached() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String expired = token("km-1", Instant.now().minusSeconds(3600), TestKeys.privateKey());

        assertThrows(ParseException.class, () -> tokens.verify(expired));
        assertEquals(0, tokens.size());
    }

    @Test
    void theCacheHoldsAtMostItsMaximumSize() throws ParseException {
        VerifiedTokens tokens = cache(3, Duration.ofMinutes(5));
        for (int i = 0; i < 20; i++) {
            tokens.verify(token("km-" + i, Duration.ofMinutes(10)));
        }

        assertTrue(tokens.size() <= 3, "size " + tokens.size());
        assertEquals(20, verifications.get());
    }

    @Test
    void theKeyIsTheSha256OfTheRawToken() {
        // FIPS 180-4 test vector: SHA-256("abc").
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", VerifiedTokens.sha256("abc"));
    }

    @Test
    void anEmptyOrAgelessCacheIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> cache(0, Duration.ofMinutes(5)));
        assertThrows(IllegalArgumentException.class, () -> cache(10, Duration.ZERO));
    }

    private static PrivateKey otherKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPrivate();
    }

    /** A wall clock and a cache ticker that move together, only when the test says so. */
    private static final class FakeTime extends Clock implements Ticker {
        private final Instant start = Instant.now();
        private final AtomicLong nanos = new AtomicLong();

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }

        @Override
        public long read() {
            return nanos.get();
        }

        @Override
        public Instant instant() {
            return start.plusNanos(nanos.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
