package nl.trede.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.trede.casework.messaging.IntakeStub;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(IntakeStub.class)
class ZaakResourceTest {

    @Test
    void badQueryParametersAre400NamingThem() {
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).queryParam("klantId", "nope")
                .get("/api/casework/v1/zaken").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("klantId"));
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).queryParam("status", "gesloten")
                .get("/api/casework/v1/zaken").then().statusCode(400)
                .body("invalidParams[0].name", is("status"))
                .body("invalidParams[0].reason", containsString("open"));
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).queryParam("zonderRegisseur", "ja")
                .get("/api/casework/v1/zaken").then().statusCode(400)
                .body("invalidParams[0].name", is("zonderRegisseur"));
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).queryParam("pageSize", 1000)
                .get("/api/casework/v1/zaken").then().statusCode(400)
                .body("invalidParams[0].name", is("pageSize"));
    }

    @Test
    void unknownZaakIs404AndAuthIsRequired() {
        given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER))
                .get("/api/casework/v1/zaken/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/casework/v1/zaken").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(Roles.BELEIDSMEDEWERKER))
                .get("/api/casework/v1/zaken").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void emptyListIsPaginated() {
        given().header("Authorization", TestTokens.bearer(Roles.TEAMLEIDER))
                .queryParam("klantId", UUID.randomUUID().toString())
                .get("/api/casework/v1/zaken").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("zaken.size()", is(0)).body("page", is(1)).body("pageSize", is(20)).body("totalItems", is(0));
    }

    @Test
    void healthShowsTheConsumerAndTheOutbox() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("event-consumer"))
                .body("checks.name", hasItem("outbox"));
    }
}
