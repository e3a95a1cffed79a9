package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The platform's strict input policy, wired into enforcement: representative requests per class of defect. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StrictInputTest {

    private static final String PATH = GedragingFlowTest.PATH;

    private static RequestSpecification hh() {
        return given().header("Authorization", TestTokens.bearer(Roles.HANDHAVER));
    }

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
    }

    private static String registratie(String klant, String categorie, String datum) {
        return "{\"klantId\":\"" + klant + "\",\"categorie\":" + categorie + ",\"datum\":" + datum + "}";
    }

    @Test
    void aDuplicatedKeyOnARecordWithACreatorIs400() {
        invalid(hh().contentType(ContentType.JSON).body("{\"verzondenOp\":\"2026-01-05\",\"verzondenOp\":"
                + "\"2026-01-06\"}").post(PATH + "/" + UUID.randomUUID() + "/hersteltermijn").then(), "verzondenOp")
                .body("invalidParams[0].reason", containsString("more than once"));
    }

    @Test
    void datesAreStringsWithinTheRangeAndNoCharacterReachesTheDatabaseThatItRefuses() {
        UUID klant = UUID.randomUUID();
        invalid(hh().contentType(ContentType.JSON).body(registratie(klant.toString(), "\"no-show\"", "20260101"))
                .post(PATH).then(), "datum");
        invalid(hh().contentType(ContentType.JSON).body(registratie(klant.toString(), "\"no-show\"",
                "\"0000-01-01\"")).post(PATH).then(), "datum");
        invalid(hh().contentType(ContentType.JSON).body(registratie(klant.toString(), "\"no\\u0000show\"",
                "\"2026-01-01\"")).post(PATH).then(), "categorie");
        invalid(hh().contentType(ContentType.JSON).body(registratie(klant.toString(), "7",
                "\"2026-01-01\"")).post(PATH).then(), "categorie");
        assertEquals(0L, GedragingFlowTest.totaal(klant), "nothing was registered");
    }

    @Test
    void aControlCharacterInAPathOrQueryIs400() {
        hh().urlEncodingEnabled(false).get("/api/enforcement/v1/gedragingscategorieen/%00").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", is("path"));
        invalid(hh().urlEncodingEnabled(false).get(PATH + "?klantId=%00").then(), "klantId");
    }

    @Test
    void contentTypeAndBodiesWhereNoneIsTaken() {
        hh().contentType("text/plain").body(registratie(UUID.randomUUID().toString(), "\"no-show\"", "\"2026-01-01\""))
                .post(PATH).then().statusCode(415).contentType("application/problem+json");
        // the besluit takes an optional body now (the Faciliteren new appointment); a GET takes none
        invalid(hh().contentType(ContentType.JSON).body(Map.of("x", 1)).get(PATH + "/" + UUID.randomUUID()).then(),
                "body");
    }

    @Test
    void aWeakEtagNeverSatisfiesIfMatch() {
        String id = GedragingFlowTest.id(GedragingFlowTest.registreer(Roles.HANDHAVER, UUID.randomUUID(), "no-show",
                GedragingFlowTest.VANDAAG.minusDays(20)).statusCode(201));
        hh().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(GedragingFlowTest.hoorverzoek())
                .post(PATH + "/" + id + "/hoorverzoek").then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void pagingGarbageIs400And405CarriesAllow() {
        invalid(hh().queryParam("page", "1e309").get(PATH).then(), "page");
        hh().delete(PATH).then().statusCode(405).header("Allow", containsString("POST"));
    }
}
