package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The platform's strict input policy, wired into intake: one or two representative requests per class of defect.
 * Every refusal is problem+json and changes nothing.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StrictInputTest {

    private static final String MELDINGEN = "/api/intake/v1/meldingen";

    private static RequestSpecification im() {
        return given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER));
    }

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
    }

    private static String melding(String bsn, String naam, String geboortedatum) {
        return "{\"type\":\"aanvraag-levensonderhoud\",\"bsn\":" + bsn + ",\"naam\":" + naam + ",\"geboortedatum\":"
                + geboortedatum + ",\"kanaal\":\"digitaal\"}";
    }

    private long count() {
        return MeldingResourceTest.meldingCount();
    }

    @Test
    void duplicateKeysAreA400NamingTheKey() {
        String bsn = MeldingResourceTest.randomBsn();
        invalid(im().contentType(ContentType.JSON).body("{\"bsn\":\"" + bsn + "\",\"bsn\":\"" + bsn + "\"}")
                .post(MELDINGEN + "/_zoek").then(), "bsn")
                .body("invalidParams[0].reason", containsString("more than once"));
        long before = count();
        invalid(im().contentType(ContentType.JSON).body("{\"type\":\"aanvraag-levensonderhoud\",\"type\":"
                + "\"aanvraag-levensonderhoud\",\"bsn\":\"" + bsn + "\",\"naam\":\"J. de Vries\",\"geboortedatum\":"
                + "\"1990-05-17\",\"kanaal\":\"digitaal\"}").post(MELDINGEN).then(), "type");
        assertEquals(before, count());
    }

    @Test
    void trailingDataIsRefused() {
        long before = count();
        invalid(im().contentType(ContentType.JSON).body(melding("\"" + MeldingResourceTest.randomBsn() + "\"",
                "\"J. de Vries\"", "\"1990-05-17\"") + " {\"extra\":1}").post(MELDINGEN).then(), "body");
        assertEquals(before, count());
    }

    @Test
    void noCoercionANumberIsNotAStringOrADate() {
        long before = count();
        String bsn = MeldingResourceTest.randomBsn();
        invalid(im().contentType(ContentType.JSON).body(melding(bsn, "\"J. de Vries\"", "\"1990-05-17\""))
                .post(MELDINGEN).then(), "bsn");
        invalid(im().contentType(ContentType.JSON).body(melding("\"" + bsn + "\"", "\"J. de Vries\"", "19900517"))
                .post(MELDINGEN).then(), "geboortedatum");
        invalid(im().contentType(ContentType.JSON).body(melding("\"" + bsn + "\"", "\"J. de Vries\"",
                "\"0000-01-01\"")).post(MELDINGEN).then(), "geboortedatum");
        assertEquals(before, count());
    }

    @Test
    void controlCharactersSurrogatesAndBidiInNamesAreRefused() {
        long before = count();
        for (String naam : new String[] {"\"J.\\u0000de Vries\"", "\"J. de \\ud800Vries\"",
                "\"J. de \\u202eseirV\"", "\"J.\\u001bde Vries\""}) {
            invalid(im().contentType(ContentType.JSON).body(melding("\"" + MeldingResourceTest.randomBsn() + "\"",
                    naam, "\"1990-05-17\"")).post(MELDINGEN).then(), "naam");
        }
        assertEquals(before, count());
    }

    @Test
    void aBodyNeedsContentTypeApplicationJson() {
        long before = count();
        String body = melding("\"" + MeldingResourceTest.randomBsn() + "\"", "\"J. de Vries\"", "\"1990-05-17\"");
        im().body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(MELDINGEN).then()
                .statusCode(415).contentType("application/problem+json");
        im().contentType("text/plain").body(body).post(MELDINGEN).then()
                .statusCode(415).contentType("application/problem+json");
        assertEquals(before, count());
    }

    @Test
    void anOperationWithoutABodyRefusesOne() {
        invalid(im().contentType(ContentType.JSON).body("{\"x\":1}").get(MELDINGEN).then(), "body");
    }

    @Test
    void pagingGarbageIsA400NamingTheParameter() {
        for (String bad : new String[] {"abc", "9223372036854775808", "1e309", "2147483648", "-"}) {
            invalid(im().queryParam("page", bad).get(MELDINGEN).then(), "page");
            invalid(im().queryParam("pageSize", bad).get("/api/intake/v1/termijnen").then(), "pageSize");
        }
        invalid(im().queryParam("page", "0").get(MELDINGEN).then(), "page");
    }

    @Test
    void controlCharactersInAPathOrQueryAre400() {
        im().urlEncodingEnabled(false).get(MELDINGEN + "/%00").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("path"));
        invalid(im().urlEncodingEnabled(false).get(MELDINGEN + "?melder=a%00b").then(), "melder");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        im().delete(MELDINGEN).then().statusCode(405).contentType("application/problem+json")
                .header("Allow", notNullValue()).header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"));
        // RFC 9110 §15.5.6 also on a collection whose class has a sub-path starting with a parameter (PUT /{code}).
        im().delete("/api/intake/v1/klantgroepen").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", is("GET, HEAD, OPTIONS"));
    }

    @Test
    void aWeakEtagNeverSatisfiesIfMatch() {
        String id = im().contentType(ContentType.JSON)
                .body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn())).post(MELDINGEN).then().statusCode(201).extract().path("id");
        im().contentType(ContentType.JSON).header("If-Match", "W/\"0\"")
                .body("{\"hulpvraag\":[\"werk\"],\"juisteLoket\":\"gemeente\",\"rapportage\":\"Gesprek gevoerd.\"}")
                .post(MELDINGEN + "/" + id + "/screening").then().statusCode(412)
                .contentType("application/problem+json").body("type", startsWith("urn:trede:problem:"));
    }
}
