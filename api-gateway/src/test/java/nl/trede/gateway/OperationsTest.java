package nl.trede.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class OperationsTest {

    @Test
    void readinessReportsUpstreamsButStaysUp() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("upstreams"))
                .body("checks.find { it.name == 'upstreams' }.status", is("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.intake", startsWith("reachable"))
                .body("checks.find { it.name == 'upstreams' }.data.casework", startsWith("reachable"))
                .body("checks.find { it.name == 'upstreams' }.data.enforcement", startsWith("unreachable"));
    }

    @Test
    void liveness() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsCountProxiedCalls() {
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .get("/api/casework/v1/zaken")
                .then()
                .statusCode(200);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("trede_gateway_upstream_requests_seconds_count{"))
                .body(containsString("service=\"casework\""))
                .body(containsString("uri=\"/api/casework/*\""));
    }
}
