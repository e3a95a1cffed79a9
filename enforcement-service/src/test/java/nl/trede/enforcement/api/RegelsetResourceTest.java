package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Verordening as data (the enforcement requirements): functioneel beheer loads a versioned regelset; bad input writes
 * nothing.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class RegelsetResourceTest {

    static final String PATH = "/api/enforcement/v1/regelsets";

    static Map<String, Object> stap(int n, int pct, Integer duur) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("stap", n, "percentage", pct, "artikel",
                "Pw art. 18 lid 5", "bron", "verordening art. 9"));
        m.put("duurMaanden", duur);
        return m;
    }

    static Map<String, Object> set(String code, String vanaf, String tot, List<Map<String, Object>> categorieen) {
        Map<String, Object> m = new java.util.HashMap<>(Map.of("code", code, "naam", "Afstemmingsverordening test",
                "gemeente", "Testdorp", "geldigVanaf", vanaf, "bron", "CVDR000001", "categorieen", categorieen));
        m.put("geldigTot", tot);
        return m;
    }

    static Map<String, Object> lid4(List<Map<String, Object>> stappen) {
        return Map.of("code", "werkweigering", "omschrijving", "Werkweigering", "artikel",
                "Pw art. 18 lid 4 onder a", "soort", "percentage", "recidivegroep", "pw-art-18-lid-4",
                "recidiveTermijnMaanden", 12, "bron", "Pw art. 18 lid 4-8", "stappen", stappen);
    }

    static final List<Map<String, Object>> GOED = List.of(lid4(List.of(stap(1, 100, 2), stap(2, 100, 3),
            stap(3, 100, 3))), Map.of("code", "no-show", "omschrijving", "No-show", "artikel", "Pw art. 18 lid 2",
            "soort", "vast-bedrag", "bron", "beleid", "stappen", List.of(Map.of("stap", 1, "percentage", 0,
                    "bedragEenmalig", new java.math.BigDecimal("50.00"), "artikel", "Pw art. 18 lid 2", "bron", "beleid"), stap(2, 30, 1))));

    static int versies(String code) {
        return as(Roles.HANDHAVER).queryParam("code", code).get(PATH).then().statusCode(200).extract().jsonPath()
                .getList("id").size();
    }

    @Test
    void theShippedSetsAreListedWithTheirVersions() {
        as(Roles.GWS_KOPPELING).get(PATH).then().statusCode(200)
                .body("code", hasItems("deventer-maatregelen", "pw-art-18-lid-4"));
        int id = as(Roles.HANDHAVER).queryParam("code", "deventer-maatregelen").queryParam("peildatum", "2026-03-01")
                .get(PATH).then().statusCode(200).body("size()", is(1)).extract().path("[0].id");
        as(Roles.HANDHAVER).get(PATH + "/" + id).then().statusCode(200)
                .body("gemeente", is("Deventer"))
                .body("categorieen.find { it.code == 'no-show' }.stappen[0].bedragEenmalig", is(50.00f))
                .body("categorieen.find { it.code == 'g8-werkweigering' }.recidivegroep", is("pw-art-18-lid-4"))
                .body("categorieen.find { it.code == 'taaleis-bereidverklaring' }.stappen.percentage",
                        is(List.of(20, 40, 100)));
    }

    @Test
    void functioneelBeheerderLoadsAVersionAndAnOverlapIs409() {
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("testdorp", "2027-01-01", "2027-12-31",
                        GOED)).post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("geregistreerdDoor", is("test-" + Roles.FUNCTIONEEL_BEHEERDER))
                .body("categorieen.code", is(List.of("werkweigering", "no-show")))
                .body("categorieen[1].stappen[1].percentage", is(30));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("testdorp", "2027-12-31", null, GOED))
                .post(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("regelset-overlap")).body("detail", containsString("2027-01-01"));
        // the next period is fine, and a gedraging is judged by the version of its date (RegelsetRulesTest)
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("testdorp", "2028-01-01", null, GOED))
                .post(PATH).then().statusCode(201);
        org.junit.jupiter.api.Assertions.assertEquals(2, versies("testdorp"));
    }

    /** A new verordening supersedes the open-ended current version: it ends the day before the new one starts. */
    @Test
    void aNewVersionEndsTheOpenEndedCurrentOneUnlessItIsInUse() {
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("opvolging", "2025-01-01", null, GOED))
                .post(PATH).then().statusCode(201);
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("opvolging", "2027-01-01", null, GOED))
                .post(PATH).then().statusCode(201);
        as(Roles.HANDHAVER).queryParam("code", "opvolging").get(PATH).then().statusCode(200)
                .body("geldigVanaf", is(List.of("2025-01-01", "2027-01-01")))
                .body("geldigTot", is(java.util.Arrays.asList("2026-12-31", null)));
        // a gedraging judged by the current Deventer version blocks a retroactive successor
        given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER)).contentType(ContentType.JSON)
                .body(Map.of("klantId", java.util.UUID.randomUUID().toString(), "categorie", "no-show",
                        "datum", "2025-06-02")).post("/api/enforcement/v1/gedragingen").then().statusCode(201);
        List<Map<String, Object>> deventer = List.of(Map.of("code", "no-show", "omschrijving", "No-show", "artikel",
                "Pw art. 18 lid 2", "soort", "percentage", "bron", "b", "stappen", List.of(stap(1, 30, 1))));
        Map<String, Object> body = set("deventer-maatregelen", "2025-06-01", null, deventer);
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(409)
                .body("code", is("regelset-in-gebruik"));
        as(Roles.HANDHAVER).queryParam("code", "deventer-maatregelen").get(PATH).then()
                .body("geldigTot", is(java.util.Arrays.asList((Object) null)));
    }

    @Test
    void onlyFunctioneelBeheerLoads() {
        as(Roles.HANDHAVER).contentType(ContentType.JSON).body(set("anders", "2027-01-01", null, GOED)).post(PATH)
                .then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(0, versies("anders"));
    }

    /** Pw art. 18 lid 5-8: a verordening cannot set other steps for the arbeidsverplichtingen of lid 4. */
    @Test
    void aLid4GroupMustFollowTheLawAndNothingIsWritten() {
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("fout-lid4", "2027-01-01", null,
                        List.of(lid4(List.of(stap(1, 80, 4), stap(2, 100, 4), stap(3, 100, 2))))))
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItems("categorieen[0].stappen[0].percentage",
                        "categorieen[0].stappen[0].duurMaanden", "categorieen[0].stappen[1].duurMaanden",
                        "categorieen[0].stappen[2].duurMaanden"))
                .body("invalidParams.find { it.name == 'categorieen[0].stappen[0].duurMaanden' }.reason",
                        containsString("Pw art. 18 lid 5"));
        org.junit.jupiter.api.Assertions.assertEquals(0, versies("fout-lid4"));
    }

    @Test
    void brokenRulesAre400NamingTheFieldAndNothingIsWritten() {
        List<Map<String, Object>> fout = List.of(Map.of("code", "x", "omschrijving", "x", "artikel", "a",
                "soort", "onbekend", "bron", "b", "stappen", List.of(stap(1, 30, 1))), Map.of("code", "y",
                "omschrijving", "y", "artikel", "a", "soort", "percentage", "bron", "b", "stappen",
                List.of(stap(2, 30, 1))), Map.of("code", "y", "omschrijving", "y", "artikel", "a", "soort",
                "percentage", "bron", "b", "stappen", List.of(stap(1, 30, null))));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(set("fout", "2027-02-01", "2027-01-01",
                fout)).post(PATH).then().statusCode(400)
                .body("invalidParams.name", hasItems("geldigTot", "categorieen[0].soort",
                        "categorieen[1].stappen[0].stap", "categorieen[2].code", "categorieen[2].stappen[0].duurMaanden"));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(Map.of("code", "Niet Kebab",
                "categorieen", List.of())).post(PATH).then().statusCode(400)
                .body("invalidParams.name", hasItem(containsString("code")));
        org.junit.jupiter.api.Assertions.assertEquals(0, versies("fout"));
    }
}
