package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Long-term support and its replacement: sources A3 and the Carla case (A4.5). */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OndersteuningResourceTest {

    private static final String API = "/api/casework/v1";
    private static final LocalDate VANDAAG = TestDag.vandaag();

    @Inject
    ZaakService zaken;

    private String ondersteuning() {
        String zaak = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "signaal-ketenpartner", "groeien",
                new ZaakService.Persoonsgegevens("C. Casus", LocalDate.of(2008, 12, 15)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);
        String id = as(Roles.KLANTMANAGER, "km-a").body(Map.of("soort", "steunfiguur-professioneel",
                        "aanbieder", "Icare", "urenPerWeek", 1.5, "sinds", VANDAAG.minusYears(6).toString(),
                        "checkInMaanden", 6))
                .post(API + "/zaken/" + zaak + "/ondersteuningen").then().statusCode(201).body("status", is("actief"))
                .body("beeindigdOp", nullValue()).extract().path("id");
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).get(API + "/taken").then()
                .body("taken.find { it.soort == 'check-in-ondersteuning' }.uiterlijk", is(VANDAAG.plusMonths(6).toString()));
        return zaak + "/" + id;
    }

    private static Map<String, Object> vervanging(String continuiteit) {
        return Map.of("nieuweAanbieder", "Kwintes", "voorgesteldeEinddatum", VANDAAG.plusDays(8).toString(),
                "continuiteitsbeoordeling", continuiteit);
    }

    @Test
    @DisplayName("Carla (R-24, R-15): the klant objects → escalated; the current support goes on; the desk keeps it")
    void carla() {
        String[] ids = ondersteuning().split("/");
        String zaak = ids[0];
        String id = ids[1];
        as(Roles.KETENPARTNER, "icare-1", "Icare").body(vervanging(" ")).post(API + "/ondersteuningen/" + id + "/vervanging")
                .then().statusCode(400).body("invalidParams[0].name", is("continuiteitsbeoordeling"));
        as(Roles.KETENPARTNER, "icare-1", "Icare").body(vervanging("Nieuwe begeleider binnen Kwintes."))
                .post(API + "/ondersteuningen/" + id + "/vervanging").then().statusCode(200)
                .body("status", is("voorgesteld"));
        as(Roles.KETENPARTNER, "icare-1", "Icare").body(vervanging("Nog een voorstel."))
                .post(API + "/ondersteuningen/" + id + "/vervanging").then().statusCode(409);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("akkoord", false, "toelichting", "Moeder wil de vaste begeleider "
                        + "houden.")).post(API + "/ondersteuningen/" + id + "/vervanging/klantreactie").then()
                .statusCode(200).body("status", is("geescaleerd")).body("klantReactie", is("bezwaar"));
        as(Roles.TEAMLEIDER, "tl-x").queryParam("zaakId", zaak).get(API + "/taken").then()
                .body("taken.find { it.soort == 'escalatie-ondersteuning' }.rol", is("teamleider"));
        // The current support is not ended by the proposal or its date.
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/ondersteuningen").then()
                .body("aanbieder", contains("Icare")).body("status", contains("actief"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("vervangen", false, "toelichting", "x"))
                .post(API + "/ondersteuningen/" + id + "/vervanging/escalatiebesluit").then().statusCode(403);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("vervangen", false, "toelichting", "Continuïteit weegt zwaarder."))
                .post(API + "/ondersteuningen/" + id + "/vervanging/escalatiebesluit").then().statusCode(200)
                .body("status", is("besloten")).body("besluit", is("handhaven")).body("beslotenDoor", is("tl-x"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/ondersteuningen").then()
                .body("status", contains("actief"));
        as(Roles.TEAMLEIDER, "tl-x").queryParam("zaakId", zaak).get(API + "/taken").then()
                .body("taken.findAll { it.soort == 'escalatie-ondersteuning' }.size()", is(0));
    }

    @Test
    @DisplayName("R-24: with the klant's agreement the new support starts and the old ends on the proposed date")
    void akkoord() {
        String[] ids = ondersteuning().split("/");
        as(Roles.KLANTMANAGER, "km-a").body(vervanging("Overdracht in drie gesprekken."))
                .post(API + "/ondersteuningen/" + ids[1] + "/vervanging").then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("vervangen", true, "toelichting", "x"))
                .post(API + "/ondersteuningen/" + ids[1] + "/vervanging/escalatiebesluit").then().statusCode(409);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("akkoord", true)).post(API + "/ondersteuningen/" + ids[1]
                + "/vervanging/klantreactie").then().statusCode(200).body("status", is("geaccepteerd"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + ids[0] + "/ondersteuningen").then()
                .body("aanbieder", contains("Icare", "Kwintes")).body("status", contains("beeindigd", "actief"))
                .body("[0].beeindigdOp", is(VANDAAG.plusDays(8).toString()))
                .body("[1].sinds", is(VANDAAG.plusDays(8).toString()));
    }
}
