package nl.trede.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import nl.trede.gateway.UpstreamStubs;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Tracing, the coarse role check, CORS, pass-through of a service's 503, shutdown and problem+json everywhere. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class HardeningTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

    @Inject
    ProxyRoute proxy;

    /** The API headers (rows 29 and 32 of the standards table) that every gateway answer carries. */
    private static ValidatableResponse apiHeaders(ValidatableResponse response) {
        return response.header("API-Version", "1.0.0")
                .header("X-Request-ID", notNullValue())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    // --- tracing ------------------------------------------------------------------------------------------------

    @Test
    void callersTraceGoesUpstreamWithANewParent() {
        // OpenTelemetry's client span is the new parent; sampling is the suite's (trace id ratio), not the caller's.
        Response response = given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("traceparent", TRACEPARENT)
                .header("tracestate", "vendor=abc,other=1")
                .get("/api/intake/v1/echo");
        response.then().statusCode(200)
                .body("headers.traceparent[0]", matchesPattern("00-" + TRACE + "-[0-9a-f]{16}-0[01]"))
                .body("headers.traceparent[0]", not(TRACEPARENT))
                .body("headers.traceparent.size()", is(1))
                .body("headers.tracestate[0]", is("vendor=abc,other=1"));
    }

    @Test
    void aNewTraceIsStartedWhenNoneOrAnInvalidOneIsSent() {
        for (String given : new String[] {null, "garbage", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
                "ff-" + TRACE + "-00f067aa0ba902b7-01"}) {
            var request = given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                    .header("tracestate", "vendor=abc");
            if (given != null) {
                request.header("traceparent", given);
            }
            String sent = request.get("/api/intake/v1/echo").then().statusCode(200)
                    .body("headers.traceparent[0]", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-00"))
                    // tracestate belongs to the caller's trace only.
                    .body("headers.tracestate", nullValue())
                    .extract().path("headers.traceparent[0]");
            assertFalse(sent.contains(TRACE), given);
            assertFalse(sent.contains("0".repeat(32)), given);
        }
    }

    @Test
    void oneAccessLogLinePerProxiedCallWithRequestAndTraceIdButNoQueryOrToken() throws InterruptedException {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc();
                }
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger access = java.util.logging.Logger.getLogger("nl.trede.gateway.access");
        access.addHandler(handler);
        try {
            String token = TestTokens.bearer(Roles.KLANTMANAGER);
            given().header("Authorization", token)
                    .header("X-Request-ID", "access-log-test-1")
                    .header("traceparent", TRACEPARENT)
                    .get("/api/casework/v1/zaken?klantId=secret-query-value")
                    .then().statusCode(200);
            // The line is written once the answer has gone out, so it may come just after the client has it.
            Instant deadline = Instant.now().plusSeconds(30); // a generous wait, not a timing check
            List<LogRecord> mine = mine(records);
            while (mine.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
                mine = mine(records);
            }
            Thread.sleep(200);
            mine = mine(records);
            assertEquals(1, mine.size(), "one access line: " + records);
            ExtLogRecord line = (ExtLogRecord) mine.get(0);
            String message = line.getMessage();
            assertTrue(message.matches("GET casework 200 \\d+ ms"), message);
            assertEquals(TRACE, line.getMdc("traceId"));
            assertFalse(message.contains("secret-query-value"));
            assertFalse(message.contains(token.substring(7, 30)));
        } finally {
            access.removeHandler(handler);
        }
    }

    private static List<LogRecord> mine(List<LogRecord> records) {
        return records.stream()
                .filter(r -> "access-log-test-1".equals(((ExtLogRecord) r).getMdc("requestId"))).toList();
    }

    // --- roles --------------------------------------------------------------------------------------------------

    @Test
    void aRoleWithoutAccessToTheServiceIs403() {
        apiHeaders(given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER))
                .get("/api/intake/v1/meldingen")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("code", is("forbidden"))
                .body("detail", containsString("intake")));
        given().header("Authorization", TestTokens.bearer(Roles.GWS_KOPPELING))
                .get("/api/casework/v1/zaken").then().statusCode(403).body("code", is("forbidden"));
        given().header("Authorization", TestTokens.bearer(Roles.KETENPARTNER))
                .get("/api/enforcement/v1/gedragingen").then().statusCode(403);
    }

    @Test
    void rolesOfTheServicePass() {
        given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER))
                .get("/api/ladder/v1/treden").then().statusCode(200).body("service", is("ladder"));
        given().header("Authorization", TestTokens.bearer(Roles.KETENPARTNER))
                .post("/api/intake/v1/echo").then().statusCode(200).body("service", is("intake"));
        given().header("Authorization", TestTokens.bearer(Roles.BELEIDSMEDEWERKER))
                .get("/api/casework/v1/voorzieningen").then().statusCode(200).body("service", is("casework"));
        // The privacy officer reads every service's audit log.
        for (String service : List.of("intake", "casework", "ladder")) {
            given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                    .get("/api/" + service + "/v1/audit").then().statusCode(200).body("service", is(service));
        }
    }

    @Test
    void theInternalServiceIdentityIsRefusedAtTheGateway() {
        given().header("Authorization", TestTokens.bearer(Roles.SERVICE))
                .get("/api/intake/v1/meldingen/1")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("code", is("forbidden"))
                .body("detail", containsString("Service identities"));
    }

    // --- CORS ---------------------------------------------------------------------------------------------------

    @Test
    void anAllowedOriginGetsItsOriginBackOnAProxiedCall() {
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("Origin", UpstreamStubs.FRONT_END)
                .post("/api/intake/v1/created")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", UpstreamStubs.FRONT_END)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", containsString("API-Version"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-ID"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Vary", containsString("Origin"));
        // Also on the gateway's own problems (the browser must be able to read a 401).
        given().header("Origin", UpstreamStubs.FRONT_END)
                .get("/api/intake/v1/meldingen")
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", UpstreamStubs.FRONT_END);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        apiHeaders(given().header("Origin", UpstreamStubs.FRONT_END)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .options("/api/intake/v1/meldingen")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", UpstreamStubs.FRONT_END)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Max-Age", "600"));
    }

    @Test
    void aForeignOriginGetsNoCorsHeaders() {
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("Origin", "https://evil.example")
                .get("/api/intake/v1/echo")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        apiHeaders(given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/intake/v1/meldingen")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("code", is("forbidden")));
    }

    @Test
    void thePublicDocumentsStayOpenToEveryOrigin() {
        given().header("Origin", "https://evil.example")
                .get("/api/openapi.json")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", UpstreamStubs.FRONT_END)
                .get("/api/intake/v1/openapi.json")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
    }

    // --- 503 ----------------------------------------------------------------------------------------------------

    @Test
    void aServicesOwn503PassesUnchanged() {
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .get("/api/intake/v1/unavailable")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "7")
                .body(equalTo(UpstreamStubs.UNAVAILABLE_BODY));
    }

    @Test
    void whileShuttingDownNewCallsAre503() {
        proxy.shuttingDown(true);
        try {
            apiHeaders(given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                    .get("/api/intake/v1/echo")
                    .then()
                    .statusCode(503)
                    .contentType(PROBLEM)
                    .header("Retry-After", "1")
                    .body("code", is("shutting-down")));
        } finally {
            proxy.shuttingDown(false);
        }
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .get("/api/intake/v1/echo").then().statusCode(200);
    }

    // --- problem+json and API headers everywhere ----------------------------------------------------------------

    @Test
    void unknownRouteIs404Problem() {
        apiHeaders(given().get("/no/such/thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", is(404))
                .body("code", is("not-found"))
                .body("instance", is("/no/such/thing")));
    }

    @Test
    void wrongMethodIs405Problem() {
        apiHeaders(given().delete("/api/openapi.json")
                .then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("status", is(405))
                .body("code", is("method-not-allowed")));
    }

    @Test
    void tooLargeHeadersAre431Problem() {
        apiHeaders(given().header("X-Big", "a".repeat(25 * 1024))
                .get("/q/health/live")
                .then()
                .statusCode(431)
                .contentType(PROBLEM)
                .body("status", is(431))
                .body("code", is("request-header-fields-too-large")));
        // Also before any authentication.
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("X-Big", "a".repeat(25 * 1024))
                .get("/api/intake/v1/echo")
                .then()
                .statusCode(431)
                .contentType(PROBLEM);
    }

    @Test
    void tooLongUriIs414Problem() {
        apiHeaders(given().get("/api/intake/v1/" + "a".repeat(5000))
                .then()
                .statusCode(414)
                .contentType(PROBLEM)
                .body("status", is(414))
                .body("code", is("uri-too-long"))
                .body("instance", nullValue()));
    }

    @Test
    void proxiedAnswersKeepTheServicesApiVersion() {
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .get("/api/intake/v1/invalid")
                .then()
                .statusCode(400)
                .header("API-Version", "1.2.3")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void ownPagesCarryTheApiHeadersToo() {
        String version = given().get("/q/health/live").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().header("API-Version");
        assertEquals("1.0.0", version);
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .header("X-Frame-Options", "DENY");
    }
}
