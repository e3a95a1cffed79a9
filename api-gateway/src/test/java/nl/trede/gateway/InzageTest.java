package nl.trede.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The AVG inzage export: all pages of all four services' audit logs, merged newest first. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(InzageStubs.class)
class InzageTest {

    static final String INZAGE = "/api/inzage/v1/verwerkingen";
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void exportsEveryRecordOfEveryServiceNewestFirstWithTheCallersTokenAndTrace() {
        UUID klantId = UUID.randomUUID();
        String bearer = TestTokens.bearer(Roles.PRIVACY_OFFICER);
        JsonPath export = given().header("Authorization", bearer)
                .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                .queryParam("klantId", klantId.toString()).get(INZAGE)
                .then().statusCode(200).contentType("application/json").header("API-Version", "1.0.0")
                .body("klantId", is(klantId.toString()))
                .body("diensten", is(List.of("intake", "casework", "enforcement", "ladder")))
                .extract().jsonPath();
        int expected = InzageStubs.INTAKE_RECORDS + 3 * InzageStubs.OTHER_RECORDS;
        assertEquals(expected, export.getInt("totalItems"));
        List<Map<String, Object>> records = export.getList("verwerkingen");
        assertEquals(expected, records.size());
        assertEquals(InzageStubs.INTAKE_RECORDS, records.stream().filter(r -> "intake".equals(r.get("dienst"))).count());
        for (String service : List.of("casework", "enforcement", "ladder")) {
            assertEquals(InzageStubs.OTHER_RECORDS, records.stream().filter(r -> service.equals(r.get("dienst")))
                    .count(), service);
        }
        for (int i = 1; i < records.size(); i++) {
            Instant before = Instant.parse((String) records.get(i - 1).get("tijd"));
            Instant after = Instant.parse((String) records.get(i).get("tijd"));
            assertTrue(!after.isAfter(before), "newest first at " + i);
        }
        for (Map<String, Object> r : records) {
            assertEquals(bearer, r.get("authorization"));
            assertTrue(((String) r.get("traceparent")).startsWith("00-" + TRACE + "-"), (String) r.get("traceparent"));
            assertEquals(klantId.toString(), r.get("klantId"));
        }
    }

    @Test
    void onlyAPrivacyOfficerMayExportAndKlantIdIsRequired() {
        for (String role : List.of(Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER, Roles.INTAKE_MEDEWERKER,
                Roles.BELEIDSMEDEWERKER, Roles.FUNCTIONEEL_BEHEERDER)) {
            given().header("Authorization", TestTokens.bearer(role)).queryParam("klantId", UUID.randomUUID().toString())
                    .get(INZAGE).then().statusCode(403).contentType("application/problem+json");
        }
        given().queryParam("klantId", UUID.randomUUID().toString()).get(INZAGE).then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER)).queryParam("klantId", "999990342")
                .get(INZAGE).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("klantId"))
                .body(org.hamcrest.Matchers.not(containsString("999990342")));
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER)).get(INZAGE).then().statusCode(400)
                .body("invalidParams[0].name", is("klantId"));
    }
}
