package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requirement "Audit log": a privacy officer retrieves, for one klant, every access to their data across the services
 * through the gateway's AVG inzage export: intake's registration and casework's service-token read, casework's zaak
 * reads, the ladder's meting, each with its actor, and never the BSN.
 */
@ExtendWith(Stack.class)
class AuditSystemTest {

    private static RequestSpecification as(String role, String subject) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", Stack.bearer(role, subject))
                .contentType(ContentType.JSON);
    }

    private static boolean has(List<Map<String, Object>> records, String dienst, String actor, String actie) {
        return records.stream().anyMatch(r -> dienst.equals(r.get("dienst")) && actor.equals(r.get("actor"))
                && actie.equals(r.get("actie")));
    }

    @Test
    void aPrivacyOfficerSeesEveryAccessToOneKlantsDataAcrossTheServices() throws InterruptedException {
        String bsn = MeldingToZaakSystemTest.randomBsn();
        var created = as("intake-medewerker", "im-audit").body(Map.of("type", "aanvraag-levensonderhoud", "bsn", bsn,
                        "naam", "A. Udit", "geboortedatum", "1988-02-03", "kanaal", "digitaal"))
                .post("/api/intake/v1/meldingen").then().statusCode(201).extract();
        String klantId = created.path("klantId");
        String melding = "/api/intake/v1/meldingen/" + created.path("id");
        as("intake-medewerker", "im-audit").body(Map.of("hulpvraag", List.of("werk"), "juisteLoket", "gemeente",
                "rapportage", "Screening gehouden.")).post(melding + "/screening").then().statusCode(200);
        as("intake-medewerker", "im-audit").body(Map.of("zelfbeoordeling", "dariuz", "resultaat", "Wil werken."))
                .post(melding + "/ambitiegesprek").then().statusCode(200);
        as("intake-medewerker", "im-audit").body(Map.of("klantgroep", "matchen", "reden", "Binnen een half jaar."))
                .post(melding + "/klantgroep-besluiten").then().statusCode(200);
        as("intake-medewerker", "im-audit").post(melding + "/doorzetten").then().statusCode(202);

        Instant deadline = Instant.now().plusSeconds(30);
        String zaakId = null;
        while (zaakId == null) {
            List<String> ids = as("klantmanager", "km-audit").queryParam("klantId", klantId)
                    .get("/api/casework/v1/zaken").then().statusCode(200).extract().path("zaken.id");
            if (!ids.isEmpty()) {
                zaakId = ids.get(0);
            } else if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no zaak for the klant within 30 s");
            } else {
                Thread.sleep(100);
            }
        }
        String zaak = zaakId;
        as("klantmanager", "km-audit").get("/api/casework/v1/zaken/" + zaak).then().statusCode(200);
        String vandaag = TestDag.vandaag().toString();
        // The ladder learns of the zaak from casework's events; only then is the klant the klantmanager's there.
        GedragingToMaatregelSystemTest.awaitZaakBekend(() -> as("klantmanager", "km-audit")
                .get("/api/ladder/v1/klanten/" + klantId + "/posities").then().extract().statusCode(), "the ladder");
        as("klantmanager", "km-audit").body(Map.of("klantId", klantId, "model", Map.of("code", "heemskerk"),
                        "trede", 2, "meetdatum", vandaag, "bron", "klantmanager-gesprek", "aanleiding", "periodiek"))
                .post("/api/ladder/v1/metingen").then().statusCode(201);

        // Roles other than privacy-officer may not export.
        as("klantmanager", "km-audit").queryParam("klantId", klantId).get("/api/inzage/v1/verwerkingen")
                .then().statusCode(403);

        var export = as("privacy-officer", "po-audit").queryParam("klantId", klantId)
                .get("/api/inzage/v1/verwerkingen").then().statusCode(200).extract();
        assertFalse(export.asString().contains(bsn), "the export must not contain the BSN");
        List<Map<String, Object>> records = export.path("verwerkingen");
        assertEquals(klantId, export.path("klantId"));
        assertEquals(records.size(), (int) export.path("totalItems"));
        assertTrue(records.stream().allMatch(r -> klantId.equals(r.get("klantId"))));

        assertTrue(has(records, "intake", "im-audit", "aanmaken"), "intake: the registration");
        assertTrue(has(records, "intake", "im-audit", "wijzigen"), "intake: screening and the other steps");
        assertTrue(has(records, "intake", "trede-casework", "lezen"), "intake: casework fetched the person's data");
        assertTrue(has(records, "casework", "km-audit", "lezen"), "casework: the zaak read by the klantmanager");
        assertTrue(records.stream().anyMatch(r -> "casework".equals(r.get("dienst")) && zaak.equals(r.get("resourceId"))
                && "km-audit".equals(r.get("actor"))), "casework: the zaak itself");
        assertTrue(has(records, "ladder", "km-audit", "aanmaken"), "ladder: the meting");
        // Newest first.
        for (int i = 1; i < records.size(); i++) {
            assertFalse(Instant.parse((String) records.get(i).get("tijd"))
                    .isAfter(Instant.parse((String) records.get(i - 1).get("tijd"))), "newest first at " + i);
        }
        System.out.printf("[system-test] AVG inzage export for one klant: %d records%n", records.size());
    }
}
