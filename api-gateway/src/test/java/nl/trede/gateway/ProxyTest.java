package nl.trede.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestKeys;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class ProxyTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL gateway;

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String PROBLEM = "application/problem+json";

    private static String bearer() {
        return TestTokens.bearer(Roles.INTAKE_MEDEWERKER);
    }

    private static void assertUnauthorized(Response response, String path) {
        response.then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .header("X-Request-ID", matchesPattern(UUID_PATTERN))
                .body("status", is(401))
                .body("code", is("unauthorized"))
                .body("type", is("urn:trede:problem:unauthorized"))
                .body("instance", is(path));
    }

    @Test
    void noTokenIs401Problem() {
        assertUnauthorized(given().get("/api/intake/v1/meldingen"), "/api/intake/v1/meldingen");
        assertUnauthorized(given().body("{}").contentType("application/json").post("/api/casework/v1/zaken"),
                "/api/casework/v1/zaken");
    }

    @Test
    void expiredTokenIs401() {
        assertUnauthorized(given().header("Authorization", "Bearer " + TestTokens.expired(Roles.KLANTMANAGER))
                .get("/api/intake/v1/meldingen"), "/api/intake/v1/meldingen");
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        Instant now = Instant.now();
        String forged = Jwt.issuer(TestKeys.ISSUER).audience(TestKeys.AUDIENCE).subject("mallory").upn("mallory")
                .groups(Set.of(Roles.TEAMLEIDER)).issuedAt(now).expiresAt(now.plusSeconds(600)).sign(otherKey);
        assertUnauthorized(given().header("Authorization", "Bearer " + forged).get("/api/intake/v1/meldingen"),
                "/api/intake/v1/meldingen");
    }

    @Test
    void garbageTokenIs401() {
        assertUnauthorized(given().header("Authorization", "Bearer not-a-jwt").get("/api/ladder/v1/metingen"),
                "/api/ladder/v1/metingen");
    }

    @Test
    void tokenWithoutTredeRoleIs403Problem() {
        given().header("Authorization", TestTokens.bearer("some-other-app-role"))
                .get("/api/intake/v1/meldingen")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("code", is("forbidden"));
    }

    @Test
    void postPassesThroughBothWays() {
        String token = bearer();
        String body = "{\"bsn\":\"999993653\",\"type\":\"aanvraag\"}";
        Response response = given()
                .urlEncodingEnabled(false)
                .header("Authorization", token)
                .header("Idempotency-Key", "key-1")
                .header("X-Custom", "one")
                .header("Accept", "application/json")
                .contentType("application/json")
                .body(body)
                .post("/api/intake/v1/created?page=2&q=a%20b&tag=x&tag=y");
        response.then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", "/api/intake/v1/meldingen/42")
                .header("ETag", "\"7\"")
                .header("API-Version", "1.2.3")
                .header("X-Upstream", "kept")
                .header("Keep-Alive", nullValue())
                .header("Proxy-Authenticate", nullValue())
                // CORS is the gateway's own, not the service's.
                .header("Access-Control-Allow-Origin", nullValue())
                .body("service", is("intake"))
                .body("method", is("POST"))
                .body("path", is("/api/intake/v1/created"))
                .body("query", is("page=2&q=a%20b&tag=x&tag=y"))
                .body("body", is(body))
                .body("headers.authorization[0]", is(token))
                .body("headers.idempotency-key[0]", is("key-1"))
                .body("headers.x-custom[0]", is("one"))
                .body("headers.content-type[0]", startsWith("application/json"))
                .body("headers.content-length[0]", is(String.valueOf(body.length())))
                .body("headers.x-forwarded-proto[0]", is("http"))
                .body("headers.x-forwarded-for[0]", notNullValue());
    }

    @Test
    void locationPointingAtTheUpstreamIsRebasedOnTheGateway() {
        given().header("Authorization", bearer())
                .post("/api/intake/v1/created-absolute")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern("http://localhost:\\d+/api/intake/v1/meldingen/43\\?x=1"))
                .header("Content-Location", "https://elsewhere.example/a");
        given().header("Authorization", bearer())
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "trede.gemeente.example")
                .post("/api/intake/v1/created-absolute")
                .then()
                .statusCode(201)
                .header("Location", "https://trede.gemeente.example/api/intake/v1/meldingen/43?x=1");
    }

    @Test
    void upstreamProblemPassesThroughUntouched() {
        given().header("Authorization", bearer())
                .get("/api/intake/v1/invalid")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .header("API-Version", "1.2.3")
                .body(equalTo(UpstreamStubs.PROBLEM_BODY));
    }

    @Test
    void noContentPassesThrough() {
        given().header("Authorization", bearer())
                .delete("/api/intake/v1/empty")
                .then()
                .statusCode(204)
                .header("X-Echo-Method", "DELETE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE"})
    void everyMethodReachesTheUpstream(String method) {
        given().header("Authorization", bearer())
                .contentType("application/json")
                .body(method.equals("GET") || method.equals("DELETE") ? "" : "{\"a\":1}")
                .request(method, "/api/casework/v1/zaken/123")
                .then()
                .statusCode(200)
                .header("X-Echo-Method", method)
                .body("service", is("casework"))
                .body("method", is(method))
                .body("path", is("/api/casework/v1/zaken/123"));
    }

    @Test
    void headReachesTheUpstream() {
        given().header("Authorization", bearer())
                .head("/api/ladder/v1/metingen")
                .then()
                .statusCode(200)
                .header("X-Echo-Method", "HEAD")
                .header("Content-Length", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void requestIdIsAddedWhenMissing() {
        Response response = given().header("Authorization", bearer()).get("/api/intake/v1/echo");
        response.then().statusCode(200).header("X-Request-ID", matchesPattern(UUID_PATTERN));
        assertEquals(response.header("X-Request-ID"), response.jsonPath().getString("headers.x-request-id[0]"));
    }

    @Test
    void requestIdIsPreservedWhenGiven() {
        given().header("Authorization", bearer())
                .header("X-Request-ID", "client-chosen-id-1")
                .get("/api/intake/v1/echo")
                .then()
                .statusCode(200)
                .header("X-Request-ID", "client-chosen-id-1")
                .body("headers.x-request-id", equalTo(java.util.List.of("client-chosen-id-1")));
    }

    @Test
    void hopByHopHeadersAreNotForwarded() {
        given().header("Authorization", bearer())
                .header("Connection", "keep-alive, X-Hop-Secret")
                .header("X-Hop-Secret", "private to this hop")
                .header("Keep-Alive", "timeout=5")
                .header("TE", "trailers")
                .header("Trailer", "X-Checksum")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("Proxy-Foo", "bar")
                .header("X-End-To-End", "kept")
                .get("/api/intake/v1/echo")
                .then()
                .statusCode(200)
                .body("headers", not(hasKey("x-hop-secret")))
                .body("headers", not(hasKey("keep-alive")))
                .body("headers", not(hasKey("te")))
                .body("headers", not(hasKey("trailer")))
                .body("headers", not(hasKey("proxy-authorization")))
                .body("headers", not(hasKey("proxy-foo")))
                .body("headers", not(hasKey("transfer-encoding")))
                .body("headers.x-end-to-end[0]", is("kept"))
                // Host is the upstream's own, the caller's goes in X-Forwarded-Host.
                .body("headers.host[0]", startsWith("127.0.0.1:"))
                .body("headers.x-forwarded-host[0]", startsWith("localhost:"));
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        given().header("Authorization", bearer())
                .contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(70 * 1024) + "\"}")
                .post("/api/intake/v1/echo")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("code", is("content-too-large"));
    }

    @Test
    void upstreamDownIs502Problem() {
        given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER))
                .get("/api/enforcement/v1/gedragingen")
                .then()
                .statusCode(502)
                .contentType(PROBLEM)
                .header("X-Request-ID", matchesPattern(UUID_PATTERN))
                .header("API-Version", "1.0.0")
                .body("status", is(502))
                .body("code", is("upstream-unavailable"))
                .body("instance", is("/api/enforcement/v1/gedragingen"));
    }

    @Test
    void upstreamTimeoutIs504Problem() {
        given().header("Authorization", bearer())
                .get("/api/intake/v1/slow")
                .then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("status", is(504))
                .body("code", is("upstream-timeout"));
    }

    @Test
    void unknownServiceIs404Problem() {
        given().header("Authorization", bearer())
                .get("/api/unknown/v1/x")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", is(404))
                .body("code", is("not-found"))
                .body("instance", is("/api/unknown/v1/x"));
        assertUnauthorized(given().get("/api/unknown/v1/x"), "/api/unknown/v1/x");
    }
    /**
     * Server-Sent Events (the werkvoorraad's signaleringen stream) pass through as they come: the first event reaches
     * the caller while the service is still silent, longer than the gateway's timeout, before it sends the second.
     */
    @Test
    void anEventStreamIsPassedOnAsItComes() throws Exception {
        java.net.http.HttpResponse<java.util.stream.Stream<String>> response = java.net.http.HttpClient
                .newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(gateway + "api/intake/v1/stream"))
                        .header("Authorization", bearer()).header("Accept", "text/event-stream").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
        java.util.List<Long> aangekomen = new java.util.ArrayList<>();
        java.util.List<String> data = new java.util.ArrayList<>();
        response.body().filter(l -> l.startsWith("data:")).forEach(l -> {
            aangekomen.add(System.nanoTime());
            data.add(l);
        });
        assertEquals(java.util.List.of("data: {\"n\":1}", "data: {\"n\":2}"), data);
        long tussen = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(aangekomen.get(1) - aangekomen.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(tussen >= 1_000, "the first event was held back until the end: "
                + tussen + " ms between them");
    }
}
