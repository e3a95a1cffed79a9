package nl.trede.systemtests;

import static nl.trede.systemtests.GedragingToMaatregelSystemTest.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Kees case of sources A4.3 through the gateway: the VSO school signals a 17-year-old leaver → zaak with a
 * bridging task → begeleidingsoverleg with school, wijkteam, parents and Kees → maatwerk day activities in the
 * smithy beside a werk-leerroute → the main contractor declines the execution: the regisseur stays owner
 * → a long-term autism-friendly steunfiguur. [Assumption] Dates relative to today with the source's
 * intervals (17 years old in the last VSO year); school and provider names are placeholders.
 */
@ExtendWith(Stack.class)
class KeesSystemTest {

    private static final LocalDate VANDAAG = TestDag.vandaag();

    @Test
    @DisplayName("Kees: signal, overleg, maatwerk beside a werk-leerroute, a declined provider, a steunfiguur")
    void kees() throws InterruptedException {
        LocalDate geboortedatum = VANDAAG.minusYears(17).minusMonths(3);
        LocalDate uitstroom = VANDAAG.plusMonths(7);
        String melding = as("ketenpartner", "vso-1").body(Map.of("type", "signaal-ketenpartner",
                        "bsn", MeldingToZaakSystemTest.randomBsn(), "naam", "K. (casus Kees)",
                        "geboortedatum", geboortedatum.toString(),
                        "melder", Map.of("organisatie", "VSO-school Lelystad", "soort", "vso-school"),
                        "verwachteUitstroomdatum", uitstroom.toString()))
                .post("/api/intake/v1/meldingen").then().statusCode(201).extract().path("id");
        as("intake-medewerker", "im-1").body(Map.of("klantgroep", "groeien", "reden", "Tussen dagbesteding en "
                + "beschut werk.")).post("/api/intake/v1/meldingen/" + melding + "/klantgroep-besluiten").then()
                .statusCode(200);
        String klantId = as("intake-medewerker", "im-1").post("/api/intake/v1/meldingen/" + melding + "/doorzetten")
                .then().statusCode(202).extract().path("klantId");
        Thread.sleep(200);
        String zaak = null;
        for (int i = 0; i < 150 && zaak == null; i++) {
            zaak = as("klantmanager", "km-k").queryParam("klantId", klantId).get("/api/casework/v1/zaken").then()
                    .extract().path("zaken[0].id");
            if (zaak == null) {
                Thread.sleep(100);
            }
        }
        if (zaak == null) {
            throw new AssertionError("no zaak for Kees");
        }
        as("klantmanager", "km-k").body(Map.of("regisseur", "km-k", "reden", "Trekker voor de overgang"))
                .post("/api/casework/v1/zaken/" + zaak + "/regie").then().statusCode(200);

        String overleg = as("klantmanager", "km-k").body(Map.of("geplandOp", VANDAAG.toString(), "deelnemers", List.of(
                        Map.of("rol", "school", "organisatie", "VSO-school Lelystad", "verplicht", true),
                        Map.of("rol", "jgt-swt", "organisatie", "Sociaal wijkteam", "verplicht", true),
                        Map.of("rol", "ouders", "organisatie", "gezin", "verplicht", true),
                        Map.of("rol", "klant", "organisatie", "zelf", "verplicht", true))))
                .post("/api/casework/v1/zaken/" + zaak + "/begeleidingsoverleggen").then().statusCode(201)
                .extract().path("id");
        as("klantmanager", "km-k").body(Map.of("gehoudenOp", VANDAAG.toString(), "aanwezig",
                        List.of(true, true, true, true), "plan", "Dagbesteding in de smederij naast een werk-leerroute "
                                + "techniek", "trekker", "km-k", "crisisclausule", "Bij terugval belt de school de "
                                + "trekker; overleg binnen een week."))
                .post("/api/casework/v1/begeleidingsoverleggen/" + overleg + "/verslag").then().statusCode(200)
                .body("status", is("gehouden"));

        String maatwerk = as("teamleider", "tl-k").body(Map.of("voorziening", "maatwerk",
                        "startdatum", VANDAAG.plusDays(7).toString(), "einddatum", VANDAAG.plusYears(1).toString(),
                        "maatwerkOmschrijving", "Dagbesteding in de smederij in Zwolle",
                        "financieringsbron", "Wmo-maatwerkbudget"))
                .post("/api/casework/v1/zaken/" + zaak + "/trajecten").then().statusCode(201).extract().path("id");
        as("klantmanager", "km-k").body(Map.of("voorziening", "werk-leerroute", "startdatum",
                        VANDAAG.plusDays(7).toString(), "einddatum", VANDAAG.plusDays(7).plusMonths(9).toString(),
                        "urenPerWeek", 20)).post("/api/casework/v1/zaken/" + zaak + "/trajecten").then()
                .statusCode(201);

        // The main contractor hesitates over maatwerk outside its contracts: it declines; the regisseur stays owner.
        String aanbod = as("klantmanager", "km-k").body(Map.of("soort", "uitvoering", "ontvangerSoort", "aanbieder",
                        "ontvanger", "hoofdaannemer", "warm", true, "geschiedenis", "VSO; stage teruggebracht van twee "
                                + "naar een dag.", "mogelijkheden", "Technisch vaardig; smederij.",
                        "verwachtingen", "Levensloopbegeleiding, autismevriendelijk."))
                .post("/api/casework/v1/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().path("id");
        as("ketenpartner", "aannemer-1", "hoofdaannemer").body(Map.of("reden", "niet-passend", "toelichting", "Buiten ons contract."))
                .post("/api/casework/v1/overdrachten/" + aanbod + "/afwijzing").then().statusCode(200);
        as("klantmanager", "km-k").get("/api/casework/v1/zaken/" + zaak).then().body("regisseur", is("km-k"));
        as("klantmanager", "km-k").body(Map.of("soort", "steunfiguur-professioneel", "aanbieder", "Autismeteam",
                        "sinds", VANDAAG.toString(), "checkInMaanden", 3))
                .post("/api/casework/v1/zaken/" + zaak + "/ondersteuningen").then().statusCode(201);
        as("klantmanager", "km-k").get("/api/casework/v1/zaken/" + zaak + "/tijdlijn").then()
                .body("soort", hasItem("begeleidingsoverleg-gehouden"))
                .body("soort", hasItem("overdracht-afgewezen"))
                .body("soort", hasItem("ondersteuning-vastgelegd"));
        as("klantmanager", "km-k").queryParam("zaakId", zaak).get("/api/casework/v1/taken").then()
                .body("taken.soort", org.hamcrest.Matchers.not(hasItem("overbrugging-tot-18")));
    }
}
