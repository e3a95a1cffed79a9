package nl.trede.platform.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.Set;

/** Signed JWTs for tests, as the local token command and an OIDC provider would issue them. */
public final class TestTokens {

    private TestTokens() {
    }

    /** {@code Authorization} header value for a user with one role. */
    public static String bearer(String role) {
        return "Bearer " + token(role, "test-" + role);
    }

    public static String token(String role, String subject) {
        Instant now = Instant.now();
        return Jwt.issuer(TestKeys.ISSUER)
                .audience(TestKeys.AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .sign(TestKeys.privateKey());
    }

    /** A token that is expired. */
    public static String expired(String role) {
        Instant past = Instant.now().minusSeconds(3600);
        return Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject("test").upn("test")
                .groups(Set.of(role)).issuedAt(past.minusSeconds(600)).expiresAt(past).sign(TestKeys.privateKey());
    }
}
