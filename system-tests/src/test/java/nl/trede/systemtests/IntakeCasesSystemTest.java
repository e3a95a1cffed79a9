package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case timelines of sources A4 through the gateway, up to the doorzetten (requirement "Done when"), and on to
 * the zaak in casework.
 *
 * <p>Test data beyond the sources are assumptions, stated where they are made: the sources give no melding dates,
 * no BSN, no birth date and no school name, so the dates are placed relative to today with the same intervals.
 */
@ExtendWith(Stack.class)
class IntakeCasesSystemTest {

    private static final String MELDINGEN = "/api/intake/v1/meldingen";
    private static final String KLANTGROEPEN = "/api/intake/v1/klantgroepen";
    private static final LocalDate TODAY = TestDag.vandaag();

    private static RequestSpecification as(String role) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", Stack.bearer(role)).contentType(ContentType.JSON);
    }

    private static void awaitZaak(String klantId, String klantgroep) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (as("klantmanager").queryParam("klantId", klantId).get("/api/casework/v1/zaken").then().statusCode(200)
                .extract().<Integer>path("totalItems") < 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no zaak for klant " + klantId);
            }
            Thread.sleep(100);
        }
        // The klantgroep decided at intake travels with melding-doorgezet; the zaak starts in the team queue.
        as("klantmanager").queryParam("klantId", klantId).get("/api/casework/v1/zaken").then()
                .body("zaken[0].klantgroep", is(klantgroep))
                .body("zaken[0].eigenaar", is("team-werk"));
    }

    @Test
    @DisplayName("Konrad (S002, Lelystad VSO): the school's early signal flags the gap before 18, skips the "
            + "ambitiegesprek and is doorgezet")
    void konrad() throws InterruptedException {
        // S002 §Casus Konrad: 16.5 years old at the lab (29 Nov 2016), VSO outflow July 2017, so he turns 18 about
        // ten months after leaving school. [Assumption] Same intervals from today: born 16 y 6 m ago, leaving in
        // 7 months; the school's name and the BSN are invented.
        LocalDate geboortedatum = TODAY.minusYears(16).minusMonths(6);
        LocalDate uitstroom = TODAY.plusMonths(7);
        JsonPath signaal = as("ketenpartner").body(Map.of("type", "signaal-ketenpartner",
                        "bsn", MeldingToZaakSystemTest.randomBsn(), "naam", "K. (casus Konrad)",
                        "geboortedatum", geboortedatum.toString(),
                        "melder", Map.of("organisatie", "VSO-school Lelystad", "soort", "vso-school"),
                        "verwachteUitstroomdatum", uitstroom.toString()))
                .post(MELDINGEN).then().statusCode(201)
                .body("status", is("geregistreerd"))
                .extract().jsonPath();
        String id = signaal.getString("id");
        // The ketenpartner's answer carries no personal data (the 18th birthday would reveal the birth date); the
        // intake staff see the school-leaver signal on the melding.
        signaal = as("intake-medewerker").get(MELDINGEN + "/" + id).then().statusCode(200)
                .body("schoolverlater.gesignaleerd", is(true))
                .extract().jsonPath();
        // T07: the gap between the leaving date and the 18th birthday is computed and flagged.
        LocalDate achttien = geboortedatum.plusYears(18);
        assertEquals(achttien.toString(), signaal.getString("schoolverlater.achttiendeVerjaardag"));
        long gat = ChronoUnit.DAYS.between(uitstroom, achttien);
        assertEquals(gat, signaal.getLong("schoolverlater.dagenTotAchttien"));
        assertTrue(gat > 270 && gat < 340, "roughly ten months: " + gat);

        // PB §4.2 / sources D2.3: VSO/PrO youth skip the ambitiegesprek: the klantgroep may be decided at once.
        as("intake-medewerker").get(MELDINGEN + "/" + id).then().statusCode(200)
                .body("toegestaneActies", hasItem("klantgroep-bepalen"));
        as("intake-medewerker").body(Map.of("klantgroep", "groeien", "reden", "Beschutte werkplek in groen of "
                        + "techniek met jobcoach en werkgeversbegeleiding; begeleidingsoverleg voor de uitstroom."))
                .post(MELDINGEN + "/" + id + "/klantgroep-besluiten").then().statusCode(200)
                .body("status", is("klantgroep-bepaald"));
        String klantId = as("intake-medewerker").post(MELDINGEN + "/" + id + "/doorzetten").then().statusCode(202)
                .body("status", is("doorgezet")).extract().path("klantId");
        // Casework can plan before the leaving date: the zaak exists months before it.
        awaitZaak(klantId, "groeien");
        // T07: the zaak carries a bridging task due before the leaving date.
        String zaakId = as("klantmanager").queryParam("klantId", klantId).get("/api/casework/v1/zaken").then()
                .extract().path("zaken[0].id");
        as("klantmanager").queryParam("zaakId", zaakId).get("/api/casework/v1/taken").then().statusCode(200)
                .body("taken.soort", contains("overbrugging-tot-18"))
                .body("taken[0].uiterlijk", is(uitstroom.minusDays(1).toString()));
        // The partner's organisation finds its signal back in the list.
        as("intake-medewerker").queryParam("melder", "VSO-school Lelystad").queryParam("pageSize", 100).get(MELDINGEN)
                .then().statusCode(200).body("meldingen.id", hasItem(id));
    }

    @Test
    @DisplayName("Ray Heijder (S000, Apeldoorn): Apeldoorn's klantgroepen, werkbedrijf-kandidaat, doorgezet; the "
            + "trajectregisseur directs, Lucrato executes after a warm handover (T01, T02)")
    void rayHeijder() throws InterruptedException {
        // S001/S000 rules A1–A4 and T01/T03: "placeable within 1 year" → werkbedrijf (Lucrato); 1–3 years → activering.
        // The municipality's grouping is configuration: the functioneel beheerder switches to Apeldoorn's stelsel.
        as("functioneel-beheerder").body(Map.of("stelsel", "apeldoorn-2017"))
                .post(KLANTGROEPEN + "/_activeer").then().statusCode(200)
                .body("code", contains("werkbedrijf", "activering"));
        try {
            // [Assumption] S000 gives no dates before July 2018 and no personal data: an adult aanvraag by phone.
            JsonPath melding = as("intake-medewerker").body(Map.of("type", "aanvraag-levensonderhoud",
                            "bsn", MeldingToZaakSystemTest.randomBsn(), "naam", "R. Heijder (casus)",
                            "geboortedatum", TODAY.minusYears(38).toString(), "kanaal", "telefonisch"))
                    .post(MELDINGEN).then().statusCode(201).extract().jsonPath();
            String id = melding.getString("id");
            // Not under 27: no zoektermijn (Pw art. 41 lid 4); by phone: no call-back deadline (PB §2.1).
            List<String> soorten = melding.getList("termijnen.soort");
            assertTrue(soorten.contains("screening") && soorten.contains("beslissing")
                    && !soorten.contains("zoektermijn") && !soorten.contains("terugbellen"), soorten.toString());

            as("intake-medewerker").body(Map.of("hulpvraag", List.of("inkomen", "werk"), "juisteLoket", "gemeente",
                    "rapportage", "Screening: bijstand en begeleiding naar werk gevraagd."))
                    .post(MELDINGEN + "/" + id + "/screening").then().statusCode(200)
                    .body("aanvraag.toegestaneActies", hasItem("aanvultermijn-sturen"));
            as("intake-medewerker").body(Map.of("zelfbeoordeling", "dariuz",
                            "resultaat", "Plaatsbaar binnen een jaar; wil met een vaste contactpersoon werken."))
                    .post(MELDINGEN + "/" + id + "/ambitiegesprek").then().statusCode(200);
            // Deventer's codes are not valid in Apeldoorn's stelsel.
            as("intake-medewerker").body(Map.of("klantgroep", "matchen", "reden", "x"))
                    .post(MELDINGEN + "/" + id + "/klantgroep-besluiten").then().statusCode(400)
                    .contentType("application/problem+json");
            as("intake-medewerker").body(Map.of("klantgroep", "werkbedrijf", "reden", "Verwachte tijd tot plaatsing "
                            + "binnen twaalf maanden (A2, A4): begeleiding naar werk door het werkbedrijf."))
                    .post(MELDINGEN + "/" + id + "/klantgroep-besluiten").then().statusCode(200)
                    .body("klantgroep", is("werkbedrijf"));
            String klantId = as("intake-medewerker").post(MELDINGEN + "/" + id + "/doorzetten").then()
                    .statusCode(202).body("status", is("doorgezet"))
                    // The aanvraag's own deadlines go on after doorzetten.
                    .body("termijnen.findAll { it.status == 'open' }.soort", hasItem("beslissing"))
                    .extract().path("klantId");
            awaitZaak(klantId, "werkbedrijf");
            String zaak = as("klantmanager").queryParam("klantId", klantId).get("/api/casework/v1/zaken").then()
                    .extract().path("zaken[0].id");
            // T01: July 2018, a fixed contact person — the trajectregisseur — directs; Lucrato executes after a warm
            // handover; the regisseur keeps the regie.
            GedragingToMaatregelSystemTest.as("klantmanager", "tr-ray").body(Map.of("regisseur", "tr-ray",
                    "reden", "Trajectregisseur als vaste contactpersoon")).post("/api/casework/v1/zaken/" + zaak
                    + "/regie").then().statusCode(200);
            // T02 / R-26: the trajectregisseur as executor is refused without an approved deviation.
            GedragingToMaatregelSystemTest.as("klantmanager", "tr-ray").body(Map.of("soort", "uitvoering",
                    "ontvangerSoort", "regisseur", "ontvanger", "tr-ray", "warm", false, "geschiedenis", "x",
                    "mogelijkheden", "x", "verwachtingen", "x")).post("/api/casework/v1/zaken/" + zaak
                    + "/overdrachten").then().statusCode(400);
            String aanbod = GedragingToMaatregelSystemTest.as("klantmanager", "tr-ray").body(Map.of("soort",
                    "uitvoering", "ontvangerSoort", "werkbedrijf", "ontvanger", "werkbedrijf-lucrato", "warm", true,
                    "geschiedenis", "Bijstand; vaste contactpersoon sinds juli.", "mogelijkheden", "Plaatsbaar "
                    + "binnen een jaar.", "verwachtingen", "Begeleiding naar werk door Lucrato."))
                    .post("/api/casework/v1/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract()
                    .path("id");
            GedragingToMaatregelSystemTest.as("klantmanager", "tr-ray").body(Map.of("datum", TODAY.toString(),
                    "klantAanwezig", true, "zenderAanwezig", true, "ontvangerAanwezig", true))
                    .post("/api/casework/v1/overdrachten/" + aanbod + "/kennismaking").then().statusCode(200);
            GedragingToMaatregelSystemTest.as("ketenpartner", "lucrato-1", "werkbedrijf-lucrato").body(Map.of("contactpersoon",
                    "jc-lucrato")).post("/api/casework/v1/overdrachten/" + aanbod + "/acceptatie").then()
                    .statusCode(200);
            as("klantmanager").get("/api/casework/v1/zaken/" + zaak).then().body("regisseur", is("tr-ray"))
                    .body("uitvoerder", is("werkbedrijf-lucrato"));
            // A second aanvraag while the first is open would be a 409; after doorzetten it is closed in intake.
            as("intake-medewerker").get(MELDINGEN + "/" + id).then().body("toegestaneActies", empty());
        } finally {
            as("functioneel-beheerder").body(Map.of("stelsel", "deventer-2021"))
                    .post(KLANTGROEPEN + "/_activeer").then().statusCode(200)
                    .body("code", not(empty()));
        }
    }
}
