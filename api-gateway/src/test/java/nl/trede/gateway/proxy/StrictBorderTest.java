package nl.trede.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import nl.trede.gateway.UpstreamStubs;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway at the border: caller-chosen request ids, control characters in paths, its own JSON. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class StrictBorderTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Inject
    ObjectMapper mapper;

    @ParameterizedTest
    @ValueSource(strings = {"999990342", "bsn-999990342", "J. de Vries", "a\tb", "<script>", "é"})
    void aRequestIdThatIsNotAUuidOrShortTokenIsReplaced(String given) {
        Response response = given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("X-Request-ID", given).get("/api/intake/v1/echo");
        response.then().statusCode(200).header("X-Request-ID", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", equalTo(List.of(response.header("X-Request-ID"))));
    }

    @Test
    void aTooLongRequestIdIsReplacedAndAShortTokenKept() {
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("X-Request-ID", "x".repeat(65)).get("/api/intake/v1/echo")
                .then().statusCode(200).header("X-Request-ID", matchesPattern(UUID_PATTERN));
        given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .header("X-Request-ID", "web.req_42-A").get("/api/intake/v1/echo")
                .then().statusCode(200).header("X-Request-ID", "web.req_42-A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/intake/v1/meldingen/%00", "/api/intake/v1/meldingen/a%0Ab", "/api/intake/v1/%7F",
            "/api/intake/v1/meldingen/%E2%80%AE"})
    void aControlCharacterInThePathIs400AndNeverProxied(String path) {
        given().urlEncodingEnabled(false).header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER))
                .get(path).then().statusCode(400).contentType("application/problem+json")
                .header("X-Request-ID", matchesPattern(UUID_PATTERN))
                .body("code", is("invalid-input")).body("invalidParams[0].name", is("path"))
                .body("instance", not(equalTo(path)));
    }

    @Test
    void pathsAreJudgedDecoded() {
        assertTrue(ProxyRoute.acceptablePath("/api/intake/v1/meldingen/J%C3%ABn"));
        assertTrue(ProxyRoute.acceptablePath("/api/intake/v1/a+b"));
        assertFalse(ProxyRoute.acceptablePath("/api/intake/v1/%00"));
        assertFalse(ProxyRoute.acceptablePath("/api/intake/v1/%"));
    }

    @Test
    void aWrongMethodOnTheGatewaysOwnResourceIs405WithAllow() {
        given().delete("/api/openapi.json").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", org.hamcrest.Matchers.containsString("GET"));
    }

    @Test
    void theGatewaysOwnJsonIsStrict() {
        assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"a\":1,\"a\":2}"));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"a\":1} {}", JsonNode.class));
    }
}
