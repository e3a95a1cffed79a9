package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** enforcement's Logboek dataverwerkingen: gedragingen, their lists and the GWS feed leave the right records. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class AuditTest {

    private static final String PATH = GedragingFlowTest.PATH;
    private static final String AUDIT = "/api/enforcement/v1/audit";
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
    void registerReadChangeListAndTheGwsFeedLeaveTheirRecords() {
        UUID klant = TestZaken.klant();
        String create = AuditProbe.traceparent();
        String id = as(Roles.KLANTMANAGER, "km-e", create).body(Map.of("klantId", klant.toString(), "categorie",
                        "no-show", "datum", GedragingFlowTest.VANDAAG.minusDays(20).toString()))
                .post(PATH).then().statusCode(201).extract().path("id");
        Map<String, Object> aanmaken = only(AuditProbe.inTrace("enforcement", klant, create));
        assertEquals("aanmaken", aanmaken.get("actie"));
        assertEquals("km-e", aanmaken.get("actor"));
        assertEquals("gedraging", aanmaken.get("resourceType"));
        assertEquals(id, aanmaken.get("resourceId"));
        assertEquals(BASE + "enforcement/handhaving", aanmaken.get("verwerkingsactiviteit"));

        String read = AuditProbe.traceparent();
        as(Roles.HANDHAVER, "hh-1", read).get(PATH + "/" + id).then().statusCode(200);
        Map<String, Object> lezen = only(AuditProbe.inTrace("enforcement", klant, read));
        assertEquals("lezen", lezen.get("actie"));
        assertEquals(List.of(Roles.HANDHAVER), lezen.get("rollen"));
        assertEquals(AuditProbe.traceId(read), lezen.get("traceId"));

        String change = AuditProbe.traceparent();
        as(Roles.HANDHAVER, "hh-1", change).header("If-Match", GedragingFlowTest.etag(id))
                .body(GedragingFlowTest.hoorverzoek())
                .post(PATH + "/" + id + "/hoorverzoek").then().statusCode(200);
        assertEquals("wijzigen", only(AuditProbe.inTrace("enforcement", klant, change)).get("actie"));

        String list = AuditProbe.traceparent();
        as(Roles.HANDHAVER, "hh-1", list).queryParam("klantId", klant.toString()).get(PATH).then().statusCode(200);
        assertEquals("lezen", only(AuditProbe.inTrace("enforcement", klant, list)).get("actie"));

        GedragingFlowTest.stap(id, "horen", Map.of("gehoordOp", GedragingFlowTest.VANDAAG.minusDays(1).toString()))
                .statusCode(200);
        GedragingFlowTest.stap(id, "voorstel", GedragingFlowTest.voorstel(true, null, null, false, null))
                .statusCode(200);
        GedragingFlowTest.stap(id, "besluit", null).statusCode(200).body("status", is("opgelegd"));

        // The benefit system reads the feed: one record per klant whose mutaties it received.
        String feed = AuditProbe.traceparent();
        given().header("Authorization", "Bearer " + TestTokens.token(Roles.GWS_KOPPELING, "gws4all"))
                .header("traceparent", feed).queryParam("after", 0).queryParam("limit", 500)
                .get(GedragingFlowTest.FEED).then().statusCode(200);
        Map<String, Object> gws = only(AuditProbe.inTrace("enforcement", klant, feed));
        assertEquals("gws4all", gws.get("actor"));
        assertEquals(List.of(Roles.GWS_KOPPELING), gws.get("rollen"));
        assertEquals(BASE + "enforcement/uitkeringsmutaties", gws.get("verwerkingsactiviteit"));
        assertFalse(AuditProbe.records("enforcement", klant).isEmpty());
    }

    @Test
    void onlyAPrivacyOfficerReadsTheLogAndBadKlantIdIs400() {
        for (String role : List.of(Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
                Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
                Roles.SERVICE)) {
            given().header("Authorization", TestTokens.bearer(role)).queryParam("klantId", UUID.randomUUID().toString())
                    .get(AUDIT).then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER)).get(AUDIT).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", is("klantId"));
    }
}
