package nl.trede.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.trede.gateway.UpstreamStubs;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestKeys;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Rate limiting (429) and the per-service bulkhead (503), with limits small enough to reach in a test. */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class LimitsTest {

    static final int BURST = 3;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // No refill to speak of while a test runs: 1 request per minute after the burst.
                    "trede.gateway.rate-limit.rate", "1",
                    "trede.gateway.rate-limit.period", "1m",
                    "trede.gateway.rate-limit.burst", Integer.toString(BURST),
                    "trede.gateway.max-in-flight", "2");
        }
    }

    /** A user of its own, so that every test starts with a full bucket. */
    private static String freshUser() {
        return "Bearer " + TestTokens.token(Roles.KLANTMANAGER, "user-" + UUID.randomUUID());
    }

    private static String clientToken(String clientClaim, String clientId, String subject) {
        Instant now = Instant.now();
        return "Bearer " + Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject(subject).upn(subject)
                .claim(clientClaim, clientId).groups(Set.of(Roles.KLANTMANAGER)).issuedAt(now)
                .expiresAt(now.plusSeconds(600)).sign(TestKeys.privateKey());
    }

    private static void assertTooManyRequests(Response response) {
        response.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("API-Version", "1.0.0")
                .header("X-Request-ID", matchesPattern(".+"))
                .body("status", is(429))
                .body("code", is("too-many-requests"))
                .body("type", is("urn:trede:problem:too-many-requests"));
    }

    @Test
    void aClientAboveItsBurstGets429WithRetryAfterAndOthersAreNotAffected() {
        String user = freshUser();
        for (int i = 0; i < BURST; i++) {
            given().header("Authorization", user).get("/api/casework/v1/zaken").then().statusCode(200);
        }
        assertTooManyRequests(given().header("Authorization", user).get("/api/casework/v1/zaken"));
        given().header("Authorization", freshUser()).get("/api/casework/v1/zaken").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("trede_gateway_rate_limit_total{key=\"client\",outcome=\"limited\"}"))
                .body(containsString("trede_gateway_rate_limit_total{key=\"client\",outcome=\"allowed\"}"));
    }

    @Test
    void theOAuthClientIsTheKeyWhenTheTokenNamesOne() {
        for (String claim : List.of("azp", "client_id")) {
            String client = "front-end-" + UUID.randomUUID();
            // Different users of one client application share its bucket.
            for (int i = 0; i < BURST; i++) {
                given().header("Authorization", clientToken(claim, client, "user-" + i))
                        .get("/api/ladder/v1/metingen").then().statusCode(200);
            }
            assertTooManyRequests(given().header("Authorization", clientToken(claim, client, "user-x"))
                    .get("/api/ladder/v1/metingen"));
        }
    }

    @Test
    void callsWithoutAValidTokenAreLimitedPerAddress() {
        List<Integer> statuses = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < BURST + 2 && (last == null || last.statusCode() != 429); i++) {
            last = given().header("Authorization", i % 2 == 0 ? "Bearer not-a-jwt" : "")
                    .get("/api/intake/v1/meldingen");
            statuses.add(last.statusCode());
        }
        assertTooManyRequests(last);
        assertTrue(statuses.get(0) == 401 || statuses.get(0) == 429, statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses.toString());
        // A caller with a valid token has a bucket of its own.
        given().header("Authorization", freshUser()).get("/api/casework/v1/zaken").then().statusCode(200);
    }

    @Test
    void aServiceWithTooManyCallsInProgressIs503WithRetryAfter() throws Exception {
        // Two calls hang in the slow stub (until the gateway's 1.5 s timeout): the bulkhead of 2 is full.
        List<CompletableFuture<Integer>> slow = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String user = freshUser();
            slow.add(CompletableFuture.supplyAsync(() -> given().header("Authorization", user)
                    .get("/api/intake/v1/slow").statusCode()));
        }
        awaitInFlight("intake", 2);
        given().header("Authorization", freshUser())
                .get("/api/intake/v1/echo")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .header("API-Version", "1.0.0")
                .body("code", is("upstream-overloaded"))
                .body("detail", containsString("intake"));
        // Other services are not affected.
        given().header("Authorization", freshUser()).get("/api/casework/v1/zaken").then().statusCode(200);
        for (CompletableFuture<Integer> call : slow) {
            assertEquals(504, call.get());
        }
        // Once they are done the service takes calls again.
        given().header("Authorization", freshUser()).get("/api/intake/v1/echo").then().statusCode(200);
    }

    private static void awaitInFlight(String service, int calls) throws InterruptedException {
        String gauge = "trede_gateway_upstream_in_flight{service=\"" + service + "\"} " + calls + ".0";
        Instant deadline = Instant.now().plusSeconds(30); // a generous wait, not a timing check
        while (!given().get("/q/metrics").asString().contains(gauge)) {
            assertTrue(Instant.now().isBefore(deadline), "never " + calls + " calls in flight to " + service);
            Thread.sleep(20);
        }
    }
}
