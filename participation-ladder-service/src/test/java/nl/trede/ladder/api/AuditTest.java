package nl.trede.ladder.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.AuditProbe;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TestZaken;
import org.junit.jupiter.api.Test;

/** The ladder's Logboek dataverwerkingen: recording and reading metingen and positions leave the right records. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class AuditTest {

    private static final String METINGEN = MetingResourceTest.METINGEN;
    private static final String AUDIT = "/api/ladder/v1/audit";
    private static final String BASE = "https://trede.local/verwerkingsactiviteiten/";

    private static RequestSpecification as(String role, String user, String trace) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role, user)).header("traceparent", trace)
                .contentType(ContentType.JSON);
    }

    private static Map<String, Object> only(List<Map<String, Object>> records) {
        assertEquals(1, records.size(), () -> "records: " + records);
        return records.get(0);
    }

    @Test
    void recordingAndReadingMetingenLeaveTheirRecords() {
        UUID klant = TestZaken.klant();
        String create = AuditProbe.traceparent();
        String id = as(Roles.KLANTMANAGER, "km-l", create)
                .body(MetingResourceTest.meting(klant, "heemskerk", 2, List.of("2.2"), "2026-01-05"))
                .post(METINGEN).then().statusCode(201).extract().path("id");
        Map<String, Object> aanmaken = only(AuditProbe.inTrace("ladder", klant, create));
        assertEquals("aanmaken", aanmaken.get("actie"));
        assertEquals("km-l", aanmaken.get("actor"));
        assertEquals(List.of(Roles.KLANTMANAGER), aanmaken.get("rollen"));
        assertEquals("meting", aanmaken.get("resourceType"));
        assertEquals(id, aanmaken.get("resourceId"));
        assertEquals(BASE + "ladder/meting", aanmaken.get("verwerkingsactiviteit"));
        assertEquals(AuditProbe.traceId(create), aanmaken.get("traceId"));

        String read = AuditProbe.traceparent();
        as(Roles.TEAMLEIDER, "tl-l", read).get(METINGEN + "/" + id).then().statusCode(200);
        Map<String, Object> lezen = only(AuditProbe.inTrace("ladder", klant, read));
        assertEquals("lezen", lezen.get("actie"));
        assertEquals("tl-l", lezen.get("actor"));

        String positions = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-l", positions).get(MetingResourceTest.KLANTEN + klant + "/posities")
                .then().statusCode(200);
        assertEquals("positie", only(AuditProbe.inTrace("ladder", klant, positions)).get("resourceType"));

        String history = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-l", history).get(MetingResourceTest.KLANTEN + klant + "/metingen")
                .then().statusCode(200);
        assertEquals("meting-historie", only(AuditProbe.inTrace("ladder", klant, history)).get("resourceType"));
    }

    @Test
    void theDueListLogsOneRecordPerKlant() {
        UUID a = TestZaken.klant();
        UUID b = TestZaken.klant();
        MetingResourceTest.post(MetingResourceTest.meting(a, "heemskerk", 2, List.of("2.2"), "2024-01-05"));
        MetingResourceTest.post(MetingResourceTest.meting(a, "heemskerk", 3, null, "2024-02-05"));
        MetingResourceTest.post(MetingResourceTest.meting(b, "heemskerk", 2, List.of("2.2"), "2024-01-05"));
        String list = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-l", list).queryParam("peildatum", "2025-02-05").queryParam("pageSize", 100)
                .get("/api/ladder/v1/verwachte-metingen").then().statusCode(200);
        assertEquals("verwachte-meting", only(AuditProbe.inTrace("ladder", a, list)).get("resourceType"));
        assertEquals("lezen", only(AuditProbe.inTrace("ladder", b, list)).get("actie"));
    }

    @Test
    void onlyAPrivacyOfficerReadsTheLogAndBadKlantIdIs400() {
        for (String role : List.of(Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
                Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
                Roles.SERVICE)) {
            given().header("Authorization", TestTokens.bearer(role)).queryParam("klantId", UUID.randomUUID().toString())
                    .get(AUDIT).then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER)).queryParam("klantId", "12")
                .get(AUDIT).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("klantId"));
    }
}
