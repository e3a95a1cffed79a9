package nl.trede.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.AuditProbe;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** casework's Logboek dataverwerkingen: reads, changes, refusals and lists of zaken leave the right records. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class AuditTest {

    private static final String ZAKEN = ZaakService.PATH;
    private static final String AUDIT = "/api/casework/v1/audit";
    private static final String BASE = "https://trede.local/verwerkingsactiviteiten/";

    @Inject
    ZaakService service;

    private static RequestSpecification as(String role, String user, String trace) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role, user)).header("traceparent", trace)
                .contentType(ContentType.JSON);
    }

    private Zaak nieuweZaak() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Zaak zaak = service.openFromMelding(UUID.randomUUID(), UUID.randomUUID(), "aanvraag-levensonderhoud",
                    "matchen", new ZaakService.Persoonsgegevens("T. Test", LocalDate.of(1990, 1, 1)));
            zaak.klant.klantId.toString();
            return zaak;
        });
    }

    private static Map<String, Object> only(List<Map<String, Object>> records) {
        assertEquals(1, records.size(), () -> "records: " + records);
        return records.get(0);
    }

    @Test
    void aReadAChangeAndARefusalLeaveTheirRecords() {
        Zaak zaak = nieuweZaak();
        UUID klantId = zaak.klant.klantId;
        String id = zaak.id.toString();

        String read = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-a", read).get(ZAKEN + "/" + id).then().statusCode(200);
        Map<String, Object> lezen = only(AuditProbe.inTrace("casework", klantId, read));
        assertEquals("lezen", lezen.get("actie"));
        assertEquals("km-a", lezen.get("actor"));
        assertEquals(List.of(Roles.KLANTMANAGER), lezen.get("rollen"));
        assertEquals("zaak", lezen.get("resourceType"));
        assertEquals(id, lezen.get("resourceId"));
        assertEquals(BASE + "casework/zaakbehandeling", lezen.get("verwerkingsactiviteit"));
        assertEquals(AuditProbe.traceId(read), lezen.get("traceId"));
        assertEquals("geslaagd", lezen.get("uitkomst"));

        String change = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-a", change).body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(ZAKEN + "/" + id + "/regie").then().statusCode(200);
        Map<String, Object> wijzigen = only(AuditProbe.inTrace("casework", klantId, change));
        assertEquals("wijzigen", wijzigen.get("actie"));
        assertEquals("regie", wijzigen.get("resourceType"));
        assertEquals(BASE + "casework/regie", wijzigen.get("verwerkingsactiviteit"));

        // Someone else may not take the zaak: a row-level 403, recorded as refused.
        String refused = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-b", refused).body(Map.of("regisseur", "km-b", "reden", "Ik neem hem"))
                .post(ZAKEN + "/" + id + "/regie").then().statusCode(403);
        Map<String, Object> geweigerd = only(AuditProbe.inTrace("casework", klantId, refused));
        assertEquals("geweigerd", geweigerd.get("uitkomst"));
        assertEquals("km-b", geweigerd.get("actor"));
        assertEquals("wijzigen", geweigerd.get("actie"));

        // A change that fails for another reason did not happen and leaves no record.
        String failed = AuditProbe.traceparent();
        as(Roles.KLANTMANAGER, "km-a", failed).header("If-Match", "\"999\"")
                .body(Map.of("regisseur", "km-c", "reden", "Overdracht")).post(ZAKEN + "/" + id + "/regie")
                .then().statusCode(412);
        assertTrue(AuditProbe.inTrace("casework", klantId, failed).isEmpty());

        String sub = AuditProbe.traceparent();
        as(Roles.TEAMLEIDER, "tl-1", sub).get(ZAKEN + "/" + id + "/tijdlijn").then().statusCode(200);
        Map<String, Object> tijdlijn = only(AuditProbe.inTrace("casework", klantId, sub));
        assertEquals("tijdlijn", tijdlijn.get("resourceType"));
        assertEquals("tl-1", tijdlijn.get("actor"));
    }

    @Test
    void aListOfZakenLogsOneRecordPerKlant() {
        Zaak a = nieuweZaak();
        Zaak b = nieuweZaak();
        String list = AuditProbe.traceparent();
        as(Roles.TEAMLEIDER, "tl-2", list).queryParam("pageSize", 100).get(ZAKEN).then().statusCode(200);
        Map<String, Object> recordA = only(AuditProbe.inTrace("casework", a.klant.klantId, list));
        Map<String, Object> recordB = only(AuditProbe.inTrace("casework", b.klant.klantId, list));
        assertEquals(a.id.toString(), recordA.get("resourceId"));
        assertEquals(b.id.toString(), recordB.get("resourceId"));
        assertEquals("lezen", recordB.get("actie"));
    }

    @Test
    void onlyAPrivacyOfficerReadsTheLogAndBadKlantIdIs400() {
        for (String role : List.of(Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.HANDHAVER,
                Roles.BELEIDSMEDEWERKER, Roles.KETENPARTNER, Roles.GWS_KOPPELING, Roles.FUNCTIONEEL_BEHEERDER,
                Roles.SERVICE)) {
            given().header("Authorization", TestTokens.bearer(role)).queryParam("klantId", UUID.randomUUID().toString())
                    .get(AUDIT).then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER)).queryParam("klantId", "nope")
                .get(AUDIT).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("klantId"));
    }
}
