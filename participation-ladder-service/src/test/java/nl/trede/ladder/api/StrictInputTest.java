package nl.trede.ladder.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TestZaken;
import org.junit.jupiter.api.Test;

/** The platform's strict input policy, wired into the ladder service: representative requests per defect class. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StrictInputTest {

    private static final String BASE = "/api/ladder/v1";

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
    }

    @Test
    void aDuplicatedKeyOnARecordWithACreatorIs400() {
        invalid(as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON)
                .body("{\"van\":{\"code\":\"heemskerk\",\"code\":\"divosa\",\"versie\":\"2018\"}}")
                .post(BASE + "/ladder-modellen/koppelingen").then(), "van.code")
                .body("invalidParams[0].reason", containsString("more than once"));
        invalid(as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON)
                .body("{\"geldigTot\":\"2026-12-31\",\"geldigTot\":\"2027-12-31\"}")
                .post(BASE + "/ladder-modellen/divosa/versies/2018/beeindiging").then(), "geldigTot");
    }

    @Test
    void datesAndCoercion() {
        invalid(as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body("{\"geldigTot\":20261231}")
                .post(BASE + "/ladder-modellen/divosa/versies/2018/beeindiging").then(), "geldigTot");
        invalid(as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body("{\"geldigTot\":\"0000-12-31\"}")
                .post(BASE + "/ladder-modellen/divosa/versies/2018/beeindiging").then(), "geldigTot");
        invalid(as(Roles.BELEIDSMEDEWERKER).queryParam("peildatum", "0000-01-01")
                .get(BASE + "/rapportages/verdeling").then(), "peildatum");
    }

    @Test
    void pagingGarbageIs400OnEveryList() {
        String metingen = BASE + "/klanten/" + TestZaken.klant() + "/metingen";
        for (String bad : new String[] {"abc", "9223372036854775808", "1e309"}) {
            invalid(as(Roles.KLANTMANAGER).queryParam("page", bad).get(metingen).then(), "page");
            invalid(as(Roles.KLANTMANAGER).queryParam("pageSize", bad).get(BASE + "/verwachte-metingen").then(),
                    "pageSize");
        }
    }

    @Test
    void contentTypePathsAnd405() {
        as(Roles.FUNCTIONEEL_BEHEERDER).body("{\"geldigTot\":\"2026-12-31\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))
                .post(BASE + "/ladder-modellen/divosa/versies/2018/beeindiging").then().statusCode(415)
                .contentType("application/problem+json");
        as(Roles.KLANTMANAGER).urlEncodingEnabled(false).get(BASE + "/treden/%00").then().statusCode(400)
                .contentType("application/problem+json");
        as(Roles.KLANTMANAGER).delete(BASE + "/treden").then().statusCode(405)
                .header("Allow", containsString("GET"));
        // RFC 9110 §15.5.6: Allow also on a collection whose class has a sub-path starting with a parameter (/{id}).
        as(Roles.KLANTMANAGER).delete(BASE + "/metingen").then().statusCode(405)
                .contentType("application/problem+json").header("Allow", is("OPTIONS, POST"));
    }
}
