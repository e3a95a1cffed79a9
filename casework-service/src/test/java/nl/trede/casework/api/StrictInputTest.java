package nl.trede.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The platform's strict input policy, wired into casework: representative requests per class of defect. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StrictInputTest {

    private static final String BASE = "/api/casework/v1";

    private static RequestSpecification km() {
        return given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER));
    }

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
    }

    @Test
    void aDuplicatedKeyOnARecordWithACreatorIs400NotAnEmpty500() {
        String overdracht = BASE + "/overdrachten/" + UUID.randomUUID();
        invalid(km().contentType(ContentType.JSON).body("{\"contactpersoon\":\"A\",\"contactpersoon\":\"B\"}")
                .post(overdracht + "/acceptatie").then(), "contactpersoon")
                .body("invalidParams[0].reason", containsString("more than once"));
        invalid(km().contentType(ContentType.JSON).body("{\"datum\":\"2026-01-05\",\"datum\":\"2026-01-06\"}")
                .post(overdracht + "/kennismaking").then(), "datum");
    }

    @Test
    void coercionTrailingDataAndDatesAreRefused() {
        String overdracht = BASE + "/overdrachten/" + UUID.randomUUID();
        invalid(km().contentType(ContentType.JSON).body("{\"contactpersoon\":42}")
                .post(overdracht + "/acceptatie").then(), "contactpersoon");
        invalid(km().contentType(ContentType.JSON).body("{\"contactpersoon\":\"A\"} {\"extra\":1}")
                .post(overdracht + "/acceptatie").then(), "body");
        invalid(km().contentType(ContentType.JSON).body("{\"datum\":20260105}")
                .post(overdracht + "/kennismaking").then(), "datum");
        invalid(km().contentType(ContentType.JSON).body("{\"datum\":\"0000-01-05\"}")
                .post(overdracht + "/kennismaking").then(), "datum");
    }

    @Test
    void aBodyWithoutContentTypeIs415AndABodyWhereNoneIsTakenIs400() {
        km().body("{\"contactpersoon\":\"A\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(BASE + "/overdrachten/" + UUID.randomUUID() + "/acceptatie").then().statusCode(415)
                .contentType("application/problem+json");
        invalid(km().contentType(ContentType.JSON).body("{\"x\":1}")
                .post(BASE + "/overdrachten/" + UUID.randomUUID() + "/intrekking").then(), "body");
    }

    @Test
    void pagingGarbageIs400() {
        for (String bad : new String[] {"abc", "9223372036854775808", "1e309"}) {
            invalid(km().queryParam("page", bad).get(BASE + "/zaken").then(), "page");
            invalid(km().queryParam("pageSize", bad).get(BASE + "/zaken").then(), "pageSize");
        }
    }

    @Test
    void weakEtagsAControlCharacterPathAnd405() {
        km().contentType(ContentType.JSON).header("If-Match", "W/\"0\"")
                .post(BASE + "/overdrachten/" + UUID.randomUUID() + "/intrekking").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(404), org.hamcrest.Matchers.is(412)))
                .contentType("application/problem+json");
        km().urlEncodingEnabled(false).get(BASE + "/zaken/%00").then().statusCode(400)
                .contentType("application/problem+json");
        km().delete(BASE + "/zaken").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }
}
