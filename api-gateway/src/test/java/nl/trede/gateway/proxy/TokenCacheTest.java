package nl.trede.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;
import nl.trede.gateway.UpstreamStubs;
import nl.trede.platform.security.CachingJwtParser;
import nl.trede.platform.security.Roles;
import nl.trede.platform.security.VerifiedTokens;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestKeys;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway (and every service: the same platform bean) checks a bearer token's signature once and answers the
 * token's next requests from the verified-token cache; a forged token is checked, refused and never kept.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class TokenCacheTest {

    @Inject
    JWTParser parser;

    /**
     * The cache's own counters (the meters of the same names may belong to an earlier application of this test JVM:
     * Quarkus restarts between test classes with other test resources).
     */
    private double counter(String name) {
        VerifiedTokens cache = ((CachingJwtParser) parser).cache();
        return name.endsWith("hits") ? cache.hits() : cache.verifications();
    }

    @Test
    void quarkusAuthenticatesThroughTheCachingParser() {
        assertInstanceOf(CachingJwtParser.class, parser);
    }

    @Test
    void aTokensSecondRequestIsNotVerifiedAgain() {
        String bearer = "Bearer " + TestTokens.token(Roles.INTAKE_MEDEWERKER, "token-cache-test");
        double verifications = counter("trede.security.token.verifications");
        double hits = counter("trede.security.token.cache.hits");

        for (int i = 0; i < 3; i++) {
            given().header("Authorization", bearer).get("/api/intake/v1/echo").then().statusCode(200);
        }

        assertEquals(verifications + 1, counter("trede.security.token.verifications"));
        assertEquals(hits + 2, counter("trede.security.token.cache.hits"));
    }

    @Test
    void aForgedTokenIsVerifiedEveryTimeAndRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Instant now = Instant.now();
        String forged = Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject("mallory").upn("mallory")
                .groups(Set.of(Roles.TEAMLEIDER)).issuedAt(now).expiresAt(now.plusSeconds(600))
                .sign(generator.generateKeyPair().getPrivate());
        double verifications = counter("trede.security.token.verifications");
        double hits = counter("trede.security.token.cache.hits");

        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + forged).get("/api/intake/v1/echo").then().statusCode(401);
        }

        assertEquals(verifications + 2, counter("trede.security.token.verifications"));
        assertEquals(hits, counter("trede.security.token.cache.hits"));
    }
}
