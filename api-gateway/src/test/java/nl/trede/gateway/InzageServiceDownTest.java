package nl.trede.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** An AVG export is never silently incomplete: one service down is a 503 naming it, and no records. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(value = InzageStubs.class, initArgs = @ResourceArg(name = "down", value = "enforcement"))
class InzageServiceDownTest {

    @Test
    void oneServiceDownIs503NamingItAndReturnsNothingPartial() {
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                .queryParam("klantId", UUID.randomUUID().toString()).get(InzageTest.INZAGE)
                .then().statusCode(503).contentType("application/problem+json")
                .body("code", is("inzage-onvolledig"))
                .body("detail", allOf(containsString("enforcement"), not(containsString("intake"))))
                .body("verwerkingen", nullValue()).body("totalItems", nullValue());
    }
}
