package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.AuditProbe;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The Logboek dataverwerkingen of intake: what is recorded, who may read it, and that it cannot be changed. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class AuditTest {

    private static final String MELDINGEN = "/api/intake/v1/meldingen";
    private static final String AUDIT = "/api/intake/v1/audit";
    private static final String BASE = "https://trede.local/verwerkingsactiviteiten/";

    @Inject
    DataSource dataSource;

    private static io.restassured.specification.RequestSpecification as(String role, String subject, String trace) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role, subject))
                .header("traceparent", trace).contentType(ContentType.JSON);
    }

    private static Map<String, Object> register(String subject, String trace, String bsn) {
        return as(Roles.INTAKE_MEDEWERKER, subject, trace).header("X-Request-ID", "req-" + subject)
                .body(MeldingResourceTest.melding(bsn)).post(MELDINGEN)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> only(List<Map<String, Object>> records) {
        assertEquals(1, records.size(), () -> "records: " + records);
        return records.get(0);
    }

    @Test
    void aCreateAReadAndAChangeLeaveTheirRecordsWithActorRoleActivityAndTrace() {
        String bsn = MeldingResourceTest.randomBsn();
        String createTrace = AuditProbe.traceparent();
        Map<String, Object> melding = register("medewerker-7", createTrace, bsn);
        UUID klantId = UUID.fromString((String) melding.get("klantId"));
        String id = (String) melding.get("id");

        Map<String, Object> created = only(AuditProbe.inTrace("intake", klantId, createTrace));
        assertEquals("aanmaken", created.get("actie"));
        assertEquals("medewerker-7", created.get("actor"));
        assertEquals(List.of(Roles.INTAKE_MEDEWERKER), created.get("rollen"));
        assertEquals("melding", created.get("resourceType"));
        assertEquals(id, created.get("resourceId"));
        assertEquals(BASE + "intake/melding-registreren", created.get("verwerkingsactiviteit"));
        assertTrue(((String) created.get("grondslag")).contains("art. 41"));
        assertEquals("geslaagd", created.get("uitkomst"));
        // The record sits in the service's server span: a child of the caller's span, in the caller's trace.
        assertTrue(((String) created.get("parentSpanId")).matches("[0-9a-f]{16}"));
        assertNotEquals(AuditProbe.parentSpanId(createTrace), created.get("parentSpanId"));
        assertEquals("req-medewerker-7", created.get("requestId"));
        assertTrue(((String) created.get("tijd")).endsWith("Z"));

        String readTrace = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-3", readTrace).get(MELDINGEN + "/" + id).then().statusCode(200);
        Map<String, Object> read = only(AuditProbe.inTrace("intake", klantId, readTrace));
        assertEquals("lezen", read.get("actie"));
        assertEquals("km-3", read.get("actor"));
        assertEquals(List.of(Roles.KLANTMANAGER), read.get("rollen"));
        assertEquals(BASE + "intake/melding-inzien", read.get("verwerkingsactiviteit"));
        assertEquals(AuditProbe.traceId(readTrace), read.get("traceId"));

        String changeTrace = AuditProbe.traceparent();
        as(Roles.INTAKE_MEDEWERKER, "medewerker-7", changeTrace).body(IntakeFlow.screening())
                .post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        Map<String, Object> changed = only(AuditProbe.inTrace("intake", klantId, changeTrace));
        assertEquals("wijzigen", changed.get("actie"));
        assertEquals(BASE + "intake/melding-behandelen", changed.get("verwerkingsactiviteit"));

        // A change that fails leaves no record: it did not happen (the record rolls back with it).
        String failedTrace = AuditProbe.traceparent();
        as(Roles.INTAKE_MEDEWERKER, "medewerker-7", failedTrace).body(IntakeFlow.screening())
                .post(MELDINGEN + "/" + id + "/screening").then().statusCode(409);
        assertTrue(AuditProbe.inTrace("intake", klantId, failedTrace).isEmpty());

        // The BSN never reaches the log.
        String body = given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                .queryParam("klantId", klantId.toString()).get(AUDIT).then().statusCode(200).extract().asString();
        assertFalse(body.contains(bsn));
    }

    @Test
    void aServiceTokenIsRecordedWithTheCallingServicesIdentity() {
        Map<String, Object> melding = register("medewerker-8", AuditProbe.traceparent(), MeldingResourceTest.randomBsn());
        UUID klantId = UUID.fromString((String) melding.get("klantId"));
        String trace = AuditProbe.traceparent();
        as(Roles.SERVICE, "trede-casework", trace).get(MELDINGEN + "/" + melding.get("id")).then().statusCode(200);
        Map<String, Object> read = only(AuditProbe.inTrace("intake", klantId, trace));
        assertEquals("trede-casework", read.get("actor"));
        assertEquals(List.of(Roles.SERVICE), read.get("rollen"));
    }

    @Test
    void aListAndABsnSearchLogOneRecordPerKlant() {
        String bsnA = MeldingResourceTest.randomBsn();
        String bsnB = MeldingResourceTest.randomBsn();
        Map<String, Object> a = register("medewerker-9", AuditProbe.traceparent(), bsnA);
        Map<String, Object> b = register("medewerker-9", AuditProbe.traceparent(), bsnB);
        UUID klantA = UUID.fromString((String) a.get("klantId"));
        UUID klantB = UUID.fromString((String) b.get("klantId"));

        String listTrace = AuditProbe.traceparent();
        as(Roles.TEAMLEIDER, "tl-1", listTrace).queryParam("pageSize", 100).get(MELDINGEN).then().statusCode(200)
                .body("meldingen.id", hasItem(a.get("id")));
        Map<String, Object> listedA = only(AuditProbe.inTrace("intake", klantA, listTrace));
        Map<String, Object> listedB = only(AuditProbe.inTrace("intake", klantB, listTrace));
        assertEquals("lezen", listedA.get("actie"));
        assertEquals(a.get("id"), listedA.get("resourceId"));
        assertEquals(b.get("id"), listedB.get("resourceId"));

        String searchTrace = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-4", searchTrace).body(Map.of("bsn", bsnA)).post(MELDINGEN + "/_zoek")
                .then().statusCode(200);
        Map<String, Object> found = only(AuditProbe.inTrace("intake", klantA, searchTrace));
        assertEquals("zoeken", found.get("actie"));
        assertEquals("km-4", found.get("actor"));
        assertEquals(a.get("id"), found.get("resourceId"));
        assertTrue(AuditProbe.inTrace("intake", klantB, searchTrace).isEmpty());
    }

    @Test
    void onlyAPrivacyOfficerReadsTheLogAndTheReadIsItselfRecorded() {
        UUID klantId = UUID.randomUUID();
        for (String role : List.of(Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
                Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
                Roles.SERVICE)) {
            given().header("Authorization", TestTokens.bearer(role)).queryParam("klantId", klantId.toString())
                    .get(AUDIT).then().statusCode(403).contentType("application/problem+json");
        }
        given().queryParam("klantId", klantId.toString()).get(AUDIT).then().statusCode(401);

        String trace = AuditProbe.traceparent();
        given().header("Authorization", "Bearer " + TestTokens.token(Roles.PRIVACY_OFFICER, "po-1"))
                .header("traceparent", trace).queryParam("klantId", klantId.toString()).get(AUDIT)
                .then().statusCode(200);
        Map<String, Object> own = only(AuditProbe.inTrace("intake", klantId, trace));
        assertEquals("po-1", own.get("actor"));
        assertEquals("lezen", own.get("actie"));
        assertEquals("verwerkingen", own.get("resourceType"));
        assertEquals(BASE + "verantwoording-verwerkingen", own.get("verwerkingsactiviteit"));
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        var po = given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER));
        po.get(AUDIT).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("klantId"));
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER)).queryParam("klantId", "999990342")
                .get(AUDIT).then().statusCode(400).body("invalidParams[0].name", is("klantId"))
                .body(org.hamcrest.Matchers.not(containsString("999990342")));
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                .queryParam("klantId", UUID.randomUUID().toString()).queryParam("pageSize", 101)
                .get(AUDIT).then().statusCode(400).body("invalidParams[0].name", is("pageSize"));
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                .queryParam("klantId", UUID.randomUUID().toString()).queryParam("page", "0")
                .get(AUDIT).then().statusCode(400).body("invalidParams[0].name", is("page"));
    }

    @Test
    void pagesAreNewestFirstWithALinkHeader() {
        Map<String, Object> melding = register("medewerker-10", AuditProbe.traceparent(), MeldingResourceTest.randomBsn());
        UUID klantId = UUID.fromString((String) melding.get("klantId"));
        String lastTrace = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-5", lastTrace).get(MELDINGEN + "/" + melding.get("id")).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                .queryParam("klantId", klantId.toString()).queryParam("pageSize", 1).get(AUDIT)
                .then().statusCode(200)
                .header("Link", containsString("page=2&pageSize=1>; rel=\"next\""))
                .header("Link", containsString("klantId=" + klantId))
                .body("page", is(1)).body("pageSize", is(1)).body("totalItems", is(2))
                .body("verwerkingen[0].traceId", is(AuditProbe.traceId(lastTrace)));
    }

    @Test
    void theLogIsAppendOnlyEvenForTheApplicationsOwnDatabaseRole() throws SQLException {
        Map<String, Object> melding = register("medewerker-11", AuditProbe.traceparent(), MeldingResourceTest.randomBsn());
        UUID klantId = UUID.fromString((String) melding.get("klantId"));
        String recordId = (String) AuditProbe.records("intake", klantId).stream()
                .filter(r -> "aanmaken".equals(r.get("actie"))).findFirst().orElseThrow().get("id");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            SQLException update = assertThrows(SQLException.class, () -> execute(connection,
                    "UPDATE verwerking_log SET actor = 'someone-else' WHERE id = ?", recordId));
            assertEquals("42501", update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> execute(connection,
                    "DELETE FROM verwerking_log WHERE id = ?", recordId));
            assertEquals("42501", delete.getSQLState(), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> execute(connection,
                    "TRUNCATE verwerking_log", null));
            assertEquals("42501", truncate.getSQLState(), truncate.getMessage());

            // Even with the privileges granted back, the triggers refuse.
            try (var statement = connection.createStatement()) {
                statement.execute("GRANT UPDATE, DELETE ON verwerking_log TO CURRENT_USER");
            }
            try {
                SQLException triggered = assertThrows(SQLException.class, () -> execute(connection,
                        "UPDATE verwerking_log SET actor = 'someone-else' WHERE id = ?", recordId));
                assertTrue(triggered.getMessage().contains("append-only"), triggered.getMessage());
                SQLException triggeredDelete = assertThrows(SQLException.class, () -> execute(connection,
                        "DELETE FROM verwerking_log WHERE id = ?", recordId));
                assertTrue(triggeredDelete.getMessage().contains("append-only"), triggeredDelete.getMessage());
            } finally {
                try (var statement = connection.createStatement()) {
                    statement.execute("REVOKE UPDATE, DELETE ON verwerking_log FROM CURRENT_USER");
                }
            }

            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT actor, actie FROM verwerking_log WHERE id = ?")) {
                select.setObject(1, UUID.fromString(recordId));
                try (ResultSet rs = select.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("medewerker-11", rs.getString(1));
                    assertEquals("aanmaken", rs.getString(2));
                    assertFalse(rs.next());
                }
            }
        }
    }

    private static void execute(Connection connection, String sql, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id != null) {
                statement.setObject(1, UUID.fromString(id));
            }
            statement.executeUpdate();
        }
    }
}
