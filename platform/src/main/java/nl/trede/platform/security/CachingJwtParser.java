package nl.trede.platform.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * smallrye-jwt's {@link JWTParser} with {@link VerifiedTokens} in front of the one call Quarkus' bearer-token
 * authentication makes, {@link #parse(String)} with the configured key, issuer and audience. The extension's
 * {@code MpJwtValidator} injects a {@code JWTParser}: this alternative is that bean, and delegates to the extension's
 * own {@link DefaultJWTParser} (so the verification itself stays the library's). The other methods (explicit keys,
 * decryption) are passed through uncached.
 *
 * <p>Configuration: {@code trede.security.token-cache.enabled} (default true), {@code .max-size} (tokens, default
 * 10000), {@code .max-age} (default 5m). Metrics: {@code trede_security_token_cache_hits_total},
 * {@code trede_security_token_verifications_total}, {@code trede_security_token_cache_size}. Why this is safe: platform/README.md "Verified tokens".
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser delegate;
    private final VerifiedTokens verified;

    public CachingJwtParser(DefaultJWTParser delegate,
                            @ConfigProperty(name = "trede.security.token-cache.enabled", defaultValue = "true")
                            boolean enabled,
                            @ConfigProperty(name = "trede.security.token-cache.max-size", defaultValue = "10000")
                            long maxSize,
                            @ConfigProperty(name = "trede.security.token-cache.max-age", defaultValue = "5m")
                            Duration maxAge,
                            MeterRegistry registry) {
        this.delegate = delegate;
        this.verified = enabled ? new VerifiedTokens(delegate::parse, maxSize, maxAge) : null;
        if (verified != null) {
            FunctionCounter.builder("trede.security.token.cache.hits", verified, VerifiedTokens::hits)
                    .description("Bearer tokens accepted from the verified-token cache (no signature check)")
                    .register(registry);
            FunctionCounter.builder("trede.security.token.verifications", verified, VerifiedTokens::verifications)
                    .description("Bearer tokens handed to the JWT verifier (signature, issuer, audience, expiry)")
                    .register(registry);
            Gauge.builder("trede.security.token.cache.size", verified, VerifiedTokens::size)
                    .description("Verified tokens held until their expiry")
                    .register(registry);
        }
    }

    /** The cache, when enabled (its counters, for tests). */
    public VerifiedTokens cache() {
        return verified;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified == null ? delegate.parse(token) : verified.verify(token);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
