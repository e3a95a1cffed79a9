package nl.trede.systemtests;

import static nl.trede.systemtests.GedragingToMaatregelSystemTest.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Carla case of sources A4.5 through the gateway: six years of 1.5 hours a week from Icare; the
 * main contractor proposes a replacement per 1 December; the mother objects; the objection is escalated and the
 * current support continues until the escalation desk decides. [Assumption] The source gives no dates before the
 * anecdote: "six years" back from today and a replacement date a week ahead stand in for them.
 */
@ExtendWith(Stack.class)
class CarlaSystemTest {

    private static final LocalDate VANDAAG = TestDag.vandaag();

    @Test
    @DisplayName("Carla: replacement proposed, the klant objects, escalated, the support continues, the desk keeps it")
    void carla() throws InterruptedException {
        String[] zk = GedragingToMaatregelSystemTest.zaak();
        String zaak = zk[1];
        as("klantmanager", "km-c").body(Map.of("regisseur", "km-c", "reden", "Vaste klantmanager"))
                .post("/api/casework/v1/zaken/" + zaak + "/regie").then().statusCode(200);
        String steun = as("klantmanager", "km-c").body(Map.of("soort", "steunfiguur-professioneel",
                        "aanbieder", "icare", "urenPerWeek", 1.5, "sinds", VANDAAG.minusYears(6).toString(),
                        "checkInMaanden", 6))
                .post("/api/casework/v1/zaken/" + zaak + "/ondersteuningen").then().statusCode(201).extract()
                .path("id");
        as("ketenpartner", "icare-1", "icare").body(Map.of("nieuweAanbieder", "Kwintes",
                        "voorgesteldeEinddatum", VANDAAG.plusDays(7).toString(),
                        "continuiteitsbeoordeling", "Structurele begeleiding nodig; nieuwe begeleider binnen Kwintes."))
                .post("/api/casework/v1/ondersteuningen/" + steun + "/vervanging").then().statusCode(200)
                .body("status", is("voorgesteld"));
        as("klantmanager", "km-c").body(Map.of("akkoord", false, "toelichting", "De moeder raakt in paniek en wil de "
                        + "vaste begeleider houden."))
                .post("/api/casework/v1/ondersteuningen/" + steun + "/vervanging/klantreactie").then().statusCode(200)
                .body("status", is("geescaleerd"));
        as("teamleider", "tl-c").queryParam("zaakId", zaak).get("/api/casework/v1/taken").then().statusCode(200)
                .body("taken.soort", hasItem("escalatie-ondersteuning"));
        as("klantmanager", "km-c").get("/api/casework/v1/zaken/" + zaak + "/ondersteuningen").then()
                .body("aanbieder", contains("icare")).body("status", contains("actief"));
        as("teamleider", "tl-c").body(Map.of("vervangen", false, "toelichting", "De huidige 1,5 uur per week is "
                        + "goedkoper dan het risico van ontsporing; handhaven."))
                .post("/api/casework/v1/ondersteuningen/" + steun + "/vervanging/escalatiebesluit").then()
                .statusCode(200).body("besluit", is("handhaven"));
        as("klantmanager", "km-c").get("/api/casework/v1/zaken/" + zaak + "/tijdlijn").then()
                .body("soort", hasItem("vervanging-geescaleerd")).body("soort", hasItem("escalatie-besloten"));
    }
}
