package nl.trede.casework.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.AuditProbe;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * README.md#tokens-and-roles (a klantmanager sees only zaken of their team/caseload unless teamleider):
 * every GET of a zaak and under it, and the zaken list, through the real API and database.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ZaakInzageResourceTest {

    private static final String ZAKEN = ZaakService.PATH;

    @Inject
    ZaakService service;

    private String nieuweZaak(UUID klantId) {
        return QuarkusTransaction.requiringNew().call(() -> service.openFromMelding(klantId, UUID.randomUUID(),
                "aanvraag-levensonderhoud", "matchen", new ZaakService.Persoonsgegevens("T. Inzage",
                        LocalDate.of(1990, 1, 1)))).id.toString();
    }

    @Test
    @DisplayName("Another team's klantmanager gets 404 on the zaak and everything under it, and does not list it")
    void anderTeam() {
        UUID klant = UUID.randomUUID();
        String id = nieuweZaak(klant); // in team-werk's queue
        for (String sub : List.of("", "/tijdlijn", "/regiehistorie", "/klantgroephistorie", "/afwijkingen",
                "/overdrachten", "/trajecten", "/plannen", "/ondersteuningen", "/begeleidingsoverleggen")) {
            as(Roles.KLANTMANAGER, "km-j", "team-jongeren").get(ZAKEN + "/" + id + sub).then().statusCode(404)
                    .contentType("application/problem+json").body("code", is("not-found"))
                    .body(not(org.hamcrest.Matchers.containsString("T. Inzage")));
            as(Roles.KLANTMANAGER, "km-a", "team-werk").get(ZAKEN + "/" + id + sub).then().statusCode(200);
            as(Roles.TEAMLEIDER, "tl-j", "team-jongeren").get(ZAKEN + "/" + id + sub).then().statusCode(200);
        }
        as(Roles.KLANTMANAGER, "km-j", "team-jongeren").queryParam("klantId", klant.toString()).get(ZAKEN).then()
                .statusCode(200).body("totalItems", is(0));
        as(Roles.KLANTMANAGER, "km-a", "team-werk").queryParam("klantId", klant.toString()).get(ZAKEN).then()
                .statusCode(200).body("totalItems", is(1));
        // The refusal is itself recorded in the Logboek dataverwerkingen (geweigerd, with the refused user).
        String trace = AuditProbe.traceparent();
        given().header("Authorization", "Bearer " + TestTokens.token(Roles.KLANTMANAGER, "km-j", "team-jongeren"))
                .header("traceparent", trace).get(ZAKEN + "/" + id + "/tijdlijn").then().statusCode(404);
        List<Map<String, Object>> records = AuditProbe.inTrace("casework", klant, trace);
        org.junit.jupiter.api.Assertions.assertEquals(1, records.size(), records::toString);
        org.junit.jupiter.api.Assertions.assertEquals("geweigerd", records.get(0).get("uitkomst"));
        org.junit.jupiter.api.Assertions.assertEquals("km-j", records.get(0).get("actor"));
        // Unknown zaak: still 404, not 403.
        as(Roles.KLANTMANAGER, "km-j", "team-jongeren").get(ZAKEN + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("The regisseur keeps seeing their zaak in another team; an open overdracht shows it to the receiver")
    void regisseurEnOntvanger() {
        UUID klant = UUID.randomUUID();
        String id = nieuweZaak(klant);
        as(Roles.KLANTMANAGER, "km-a", "team-werk").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(ZAKEN + "/" + id + "/regie").then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("team", "team-zorg", "regisseur", "km-a", "reden", "Zorgteam"))
                .post(ZAKEN + "/" + id + "/regie").then().statusCode(200).body("team", is("team-zorg"));
        as(Roles.KLANTMANAGER, "km-a", "team-werk").get(ZAKEN + "/" + id).then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-b", "team-werk").get(ZAKEN + "/" + id).then().statusCode(404);
        as(Roles.KLANTMANAGER, "km-a", "team-werk").queryParam("regisseur", "km-a").get(ZAKEN).then()
                .statusCode(200).body("zaken.id", hasItem(id));

        as(Roles.KLANTMANAGER, "km-j", "team-jongeren").get(ZAKEN + "/" + id).then().statusCode(404);
        Map<String, Object> aanbod = new java.util.HashMap<>(Map.of("soort", "regie", "ontvangerSoort", "team",
                "ontvanger", "team-jongeren", "warm", true, "geschiedenis", "Twee jaar begeleid.",
                "mogelijkheden", "Wil werken.", "verwachtingen", "Jongerenaanpak."));
        as(Roles.KLANTMANAGER, "km-a").body(aanbod).post(ZAKEN + "/" + id + "/overdrachten").then().statusCode(201);
        as(Roles.KLANTMANAGER, "km-j", "team-jongeren").get(ZAKEN + "/" + id).then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-j", "team-jongeren").queryParam("klantId", klant.toString()).get(ZAKEN).then()
                .statusCode(200).body("totalItems", is(1));
    }
}
