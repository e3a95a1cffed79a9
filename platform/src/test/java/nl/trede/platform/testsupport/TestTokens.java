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

    /**
     * A user's token. Like {@code deploy/local/token.sh}, a klantmanager or teamleider is in the team
     * {@code team-werk} (the casework default team) unless teams are given.
     */
    public static String token(String role, String subject, String... teams) {
        Instant now = Instant.now();
        Set<String> teamClaim = teams.length > 0 ? Set.of(teams)
                : "klantmanager".equals(role) || "teamleider".equals(role) ? Set.of("team-werk") : Set.of();
        return Jwt.issuer(TestKeys.ISSUER)
                .audience(TestKeys.AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("teams", teamClaim)
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
