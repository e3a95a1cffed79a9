package nl.trede.ladder.api;

import static nl.trede.ladder.api.LadderModelResourceTest.MODELLEN;
import static nl.trede.ladder.api.LadderModelResourceTest.model;
import static nl.trede.ladder.api.LadderModelResourceTest.randomCode;
import static nl.trede.ladder.api.LadderModelResourceTest.rijen;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A change of the ladder models is checked on every version of the model as it would be afterwards
 * (domain/ModelConfiguratie): a change that would break it is a 409 naming the rule, and the models read the same
 * before and after.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class LadderModelConfiguratieResourceTest {

    /** Every version of every model, as the API shows them. */
    private static String modellen() {
        return as(Roles.BELEIDSMEDEWERKER).get(MODELLEN).then().statusCode(200).extract().asString();
    }

    private static ValidatableResponse post(String path, Object body) {
        return as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(body).post(path).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(409).contentType("application/problem+json").body("code", is(code));
    }

    @Test
    @DisplayName("The default model (divosa): ending its only version in force is refused, nothing changes")
    void endingTheOnlyVersionInForceOfTheDefaultModelIsRefused() {
        String voor = modellen();
        refused(post(MODELLEN + "/divosa/versies/2008/beeindiging", Map.of("geldigTot", "2090-12-31")),
                "standaardmodel-loopt-af").body("detail", containsString("2091-01-01"));
        // A successor with an end date would end 2008 the day before and leave 2091 without a version.
        Map<String, Object> opvolger = model("divosa", "test-2090", "2090-01-01", "2090-12-31");
        refused(post(MODELLEN, opvolger), "standaardmodel-loopt-af");
        assertEquals(voor, modellen());
    }

    @Test
    @DisplayName("A meting is scored on the version valid on its date: a gap between versions is refused")
    void aGapBetweenVersionsIsRefused() {
        String code = randomCode();
        post(MODELLEN, model(code, "1", "2020-01-01", "2020-12-31")).statusCode(201);
        String voor = modellen();
        refused(post(MODELLEN, model(code, "2", "2022-01-01", null)), "geldigheid-gat")
                .body("detail", containsString("from 2021-01-01 to 2021-12-31"));
        assertEquals(voor, modellen());
        post(MODELLEN, model(code, "2", "2021-01-01", null)).statusCode(201);

        // Shortening a version that has a successor would open a gap too.
        String tussen = modellen();
        refused(post(MODELLEN + "/" + code + "/versies/1/beeindiging", Map.of("geldigTot", "2020-06-30")),
                "geldigheid-gat");
        assertEquals(tussen, modellen());
    }

    @Test
    @DisplayName("No koppeling to an ended version: reports read metingen in the version in force")
    void noKoppelingToAnEndedVersion() {
        String code = randomCode();
        post(MODELLEN, model(code, "1", "2020-01-01", null)).statusCode(201);
        post(MODELLEN, model(code, "2", "2024-01-01", null)).statusCode(201); // version 1 ends 2023-12-31
        String voor = as(Roles.BELEIDSMEDEWERKER).queryParam("van", "heemskerk").queryParam("naar", code)
                .get(MODELLEN + "/koppelingen").then().statusCode(200).extract().asString();
        refused(post(MODELLEN + "/koppelingen", Map.of("van", Map.of("code", "heemskerk", "versie", "2018"),
                "naar", Map.of("code", code, "versie", "1"), "rijen", rijen())), "koppeling-naar-beeindigde-versie")
                .body("detail", containsString("2023-12-31"));
        assertEquals(voor, as(Roles.BELEIDSMEDEWERKER).queryParam("van", "heemskerk").queryParam("naar", code)
                .get(MODELLEN + "/koppelingen").then().statusCode(200).extract().asString());
        // To the version in force it is fine (heemskerk 2018 has sub-treden 2.1-2.6, so 2.2 exists).
        post(MODELLEN + "/koppelingen", Map.of("van", Map.of("code", "heemskerk", "versie", "2018"),
                "naar", Map.of("code", code, "versie", "2"), "rijen", rijen())).statusCode(201);
    }

    @Test
    @DisplayName("A successor cannot start before metingen scored on the version it ends")
    void aSuccessorCannotStartBeforeMetingenOfItsPredecessor() {
        String code = randomCode();
        post(MODELLEN, model(code, "1", "2020-01-01", null)).statusCode(201);
        as(Roles.KLANTMANAGER).contentType("application/json").body(MetingResourceTest.meting(
                nl.trede.platform.testsupport.TestZaken.klant(), code, 3, null, "2025-03-01")).post("/api/ladder/v1/metingen").then()
                .statusCode(201);
        String voor = modellen();
        refused(post(MODELLEN, model(code, "2", "2025-01-01", null)), "metingen-na-einddatum")
                .body("detail", containsString("2025-03-01"));
        assertEquals(voor, modellen());
    }
}
