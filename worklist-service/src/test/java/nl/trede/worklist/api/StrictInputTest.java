package nl.trede.worklist.api;

import static nl.trede.worklist.api.Bronnen.WERKVOORRAAD;
import static nl.trede.worklist.api.Bronnen.als;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/**
 * README "API conventions", strict input: every bad parameter or body is a 400 problem naming it, and changes nothing;
 * an unknown query parameter is refused too (a misspelt filter must not widen the list).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StrictInputTest {

    private static void problem(ValidatableResponse r, int status, String param) {
        r.statusCode(status).contentType("application/problem+json").body("status", is(status))
                .body("invalidParams.name", hasItem(param));
    }

    @Test
    void badQueryParametersAre400NamingThem() {
        for (Map.Entry<String, String> bad : Map.of("venster", "morgen", "rol", "beleidsmedewerker",
                "klantId", "geen-uuid", "soort", "Casework Taak", "team", "team werk", "toegewezenAan", "a/b",
                "klantgroep", "Zorg!", "pageSize", "0", "page", "abc", "tem", "team-werk").entrySet()) {
            problem(als("klantmanager", "km-strict").queryParam(bad.getKey(), bad.getValue())
                    .get(WERKVOORRAAD + "/werkitems").then(), 400, bad.getKey());
        }
        problem(als("klantmanager", "km-strict").queryParam("venster", "overmorgen")
                .get(WERKVOORRAAD + "/werkitems/telling").then(), 400, "venster");
        problem(als("klantmanager", "km-strict").queryParam("page", "1")
                .get(WERKVOORRAAD + "/werkitems/telling").then(), 400, "page");
        problem(als("klantmanager", "km-strict").queryParam("gelezen", "misschien")
                .get(WERKVOORRAAD + "/signaleringen").then(), 400, "gelezen");
        problem(als("klantmanager", "km-strict").queryParam("x", "1").get(WERKVOORRAAD + "/weergaven").then(), 400,
                "x");
        als("klantmanager", "km-strict").queryParam("venster", "%00").get(WERKVOORRAAD + "/werkitems").then()
                .statusCode(400);
    }

    @Test
    void badBodiesAre400AndChangeNothing() {
        String wie = "km-strict-body";
        problem(als("klantmanager", wie).contentType("application/json")
                .body(Map.of("naam", "A", "filter", Map.of("venster", "morgen"))).post(WERKVOORRAAD + "/weergaven")
                .then(), 400, "filter.venster");
        problem(als("klantmanager", wie).contentType("application/json")
                .body(Map.of("naam", "A", "filter", Map.of("rol", "privacy-officer"))).post(WERKVOORRAAD + "/weergaven")
                .then(), 400, "filter.rol");
        als("klantmanager", wie).contentType("application/json").body(Map.of("naam", "A", "filter",
                Map.of("team", 5))).post(WERKVOORRAAD + "/weergaven").then().statusCode(400);
        als("klantmanager", wie).contentType("application/json").body(Map.of("naam", "")).post(
                WERKVOORRAAD + "/weergaven").then().statusCode(400);
        als("klantmanager", wie).contentType("application/json").body("{\"naam\":\"A\"} {}").post(
                WERKVOORRAAD + "/weergaven").then().statusCode(400);
        als("klantmanager", wie).contentType("application/json").body(Map.of("soorten", List.of("alles")))
                .put(WERKVOORRAAD + "/signaleringen/voorkeuren").then().statusCode(400);
        als("klantmanager", wie).contentType("text/plain").body("x").post(WERKVOORRAAD + "/weergaven").then()
                .statusCode(415);
        als("klantmanager", wie).contentType("application/json").body("{}").get(WERKVOORRAAD + "/werkitems").then()
                .statusCode(400);
        als("klantmanager", wie).get(WERKVOORRAAD + "/weergaven").then().statusCode(200).body("totalItems", is(0));
        als("klantmanager", wie).get(WERKVOORRAAD + "/signaleringen/voorkeuren").then().statusCode(200)
                .body("soorten.size()", is(5));
    }
}
