package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Authorisation per record (README.md#tokens-and-roles): only the receiver answers an offer; a record the caller may
 * not see is 404 on reads and actions, by the zaak's id and by the record's own id; lists filter and page in the
 * query. Each defect with the callers that exposed it: another team's klantmanager, a ketenpartner, the receiver.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class RecordToegangResourceTest {

    private static final String API = "/api/casework/v1";

    @Inject
    ZaakService zaken;

    private static String team(String naam) {
        return naam + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Groeien zaak of team-werk with km-a as its regisseur. */
    private String zaakVanKmA() {
        return zaakVanKmA("groeien", UUID.randomUUID());
    }

    private String zaakVanKmA(String klantgroep, UUID klantId) {
        String id = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(klantId,
                UUID.randomUUID(), "aanvraag-levensonderhoud", klantgroep,
                new ZaakService.Persoonsgegevens("V. Toegang", LocalDate.of(1988, 3, 3)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + id + "/regie").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> aanbod(String soort, String ontvangerSoort, String ontvanger) {
        return new HashMap<>(Map.of("soort", soort, "ontvangerSoort", ontvangerSoort, "ontvanger", ontvanger,
                "warm", true, "geschiedenis", "Twee jaar bijstand.", "mogelijkheden", "Plaatsbaar.",
                "verwachtingen", "Begeleiding naar werk."));
    }

    private static String aanbieden(String zaak, Map<String, Object> body) {
        return as(Roles.KLANTMANAGER, "km-a").body(body).post(API + "/zaken/" + zaak + "/overdrachten").then()
                .statusCode(201).extract().path("id");
    }

    private static final Map<String, Object> KENNISMAKING = Map.of("datum", "2025-06-02", "klantAanwezig", true,
            "zenderAanwezig", true, "ontvangerAanwezig", true);

    private static void isNotFound(ValidatableResponse response) {
        response.statusCode(404).contentType("application/problem+json").body("code", is("not-found"))
                .body(not(containsString("V. Toegang")));
    }

    @Test
    @DisplayName("Only the receiving team answers a regie offer; others get 404, a colleague 403; the receiver owns it")
    void alleenDeOntvangerBeantwoordtEenAanbod() {
        String teamB = team("team-b");
        String zaak = zaakVanKmA();
        String o = aanbieden(zaak, aanbod("regie", "team", teamB));
        String teamX = team("team-x");
        // Another team's klantmanager and a ketenpartner: the offer does not exist for them, whatever the step.
        for (Supplier<RequestSpecification> vreemd : List.<Supplier<RequestSpecification>>of(
                () -> as(Roles.KLANTMANAGER, "km-x", teamX),
                () -> as(Roles.KETENPARTNER, "partner-1", "werkbedrijf-lucrato"))) {
            isNotFound(vreemd.get().get(API + "/overdrachten/" + o).then());
            isNotFound(vreemd.get().body(KENNISMAKING).post(API + "/overdrachten/" + o + "/kennismaking").then());
            isNotFound(vreemd.get().body(Map.of("contactpersoon", "km-x")).post(API + "/overdrachten/" + o
                    + "/acceptatie").then());
            isNotFound(vreemd.get().body(Map.of("reden", "geen-capaciteit", "toelichting", "Vol."))
                    .post(API + "/overdrachten/" + o + "/afwijzing").then());
        }
        // The role check per operation stays 403: a ketenpartner never withdraws an offer.
        as(Roles.KETENPARTNER, "partner-1", teamB).post(API + "/overdrachten/" + o + "/intrekking").then()
                .statusCode(403);
        // A colleague of the sender sees the zaak, and the offer, but is not its receiver.
        as(Roles.KLANTMANAGER, "km-c").body(Map.of("contactpersoon", "km-c"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(403)
                .contentType("application/problem+json");
        // A ketenpartner account in the receiving team's claim does not take a zaak's regie.
        as(Roles.KETENPARTNER, "partner-b", teamB).body(KENNISMAKING).post(API + "/overdrachten/" + o
                + "/kennismaking").then().statusCode(200);
        as(Roles.KETENPARTNER, "partner-b", teamB).body(Map.of("contactpersoon", "partner-b"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(403);
        // The receiver names only themselves as the new regisseur (a teamleider of the team names a colleague).
        as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("contactpersoon", "km-x"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(400)
                .body("invalidParams[0].name", is("contactpersoon"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("regisseur", is("km-a"));
        as(Roles.KLANTMANAGER, "km-b", teamB).get(API + "/overdrachten/" + o).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).body("status", is("kennismaking-gehouden"));
        as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("contactpersoon", "km-b"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-b", teamB).get(API + "/zaken/" + zaak).then().statusCode(200)
                .body("team", is(teamB)).body("regisseur", is("km-b"));
        // The sender's colleague lost sight of the zaak with the regie: 404 now, not 403.
        isNotFound(as(Roles.KLANTMANAGER, "km-c").get(API + "/zaken/" + zaak).then());
    }

    @Test
    @DisplayName("An uitvoering offer: the organisation's account or the named receiver answers, nobody else")
    void uitvoeringDoorDeOrganisatieOfDeGenoemdeOntvanger() {
        String zaak = zaakVanKmA();
        String org = team("werkbedrijf");
        String o = aanbieden(zaak, aanbod("uitvoering", "werkbedrijf", org));
        isNotFound(as(Roles.KETENPARTNER, "ander-1", "werkbedrijf-ander").body(Map.of("reden", "geen-capaciteit",
                "toelichting", "Vol.")).post(API + "/overdrachten/" + o + "/afwijzing").then());
        as(Roles.KETENPARTNER, "org-1", org).get(API + "/overdrachten/" + o).then().statusCode(200);
        // The ketenpartner sees the offer, never the zaak itself.
        as(Roles.KETENPARTNER, "org-1", org).get(API + "/zaken/" + zaak).then().statusCode(403);
        as(Roles.KETENPARTNER, "org-1", org).body(Map.of("reden", "geen-capaciteit", "toelichting", "Wachtlijst."))
                .post(API + "/overdrachten/" + o + "/afwijzing").then().statusCode(200).body("status", is("afgewezen"));

        // The receiver is a code a token can carry, not free text.
        as(Roles.KLANTMANAGER, "km-a").body(aanbod("uitvoering", "aanbieder", "Jobcoach Jansen"))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(400)
                .body("invalidParams[0].name", is("ontvanger"));
        String persoonlijk = aanbieden(zaak, aanbod("uitvoering", "aanbieder", "jobcoach-jansen"));
        as(Roles.KETENPARTNER, "jobcoach-jansen").body(KENNISMAKING).post(API + "/overdrachten/" + persoonlijk
                + "/kennismaking").then().statusCode(200);
        as(Roles.KETENPARTNER, "jobcoach-jansen").body(Map.of("contactpersoon", "jobcoach-jansen"))
                .post(API + "/overdrachten/" + persoonlijk + "/acceptatie").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("regisseur", is("km-a"))
                .body("uitvoerder", is("jobcoach-jansen"));
    }

    @Test
    @DisplayName("Every route under a hidden zaak and every record by its own id is 404, reads and actions alike")
    void verborgenIs404() {
        String zaak = zaakVanKmA();
        String traject = as(Roles.KLANTMANAGER, "km-a").body(Map.of("voorziening", "werkervaringsplaats",
                        "startdatum", "2027-01-04", "einddatum", "2027-04-03", "urenPerWeek", 24))
                .post(API + "/zaken/" + zaak + "/trajecten").then().statusCode(201).extract().path("id");
        String afwijking = as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Klant wil geen werkbedrijf."))
                .post(API + "/zaken/" + zaak + "/afwijkingen").then().statusCode(201).extract().path("id");
        String taak = as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).get(API + "/taken").then()
                .statusCode(200).extract().path("taken[0].id");
        String o = aanbieden(zaak, aanbod("uitvoering", "werkbedrijf", team("werkbedrijf")));
        String teamX = team("team-x");
        Supplier<RequestSpecification> km = () -> as(Roles.KLANTMANAGER, "km-x", teamX);
        for (String pad : List.of("/zaken/" + zaak, "/zaken/" + zaak + "/tijdlijn", "/zaken/" + zaak + "/trajecten",
                "/trajecten/" + traject, "/afwijkingen/" + afwijking, "/taken/" + taak, "/overdrachten/" + o)) {
            isNotFound(km.get().get(API + pad).then());
        }
        isNotFound(km.get().body(Map.of("regisseur", "km-x", "reden", "Ik neem hem")).post(API + "/zaken/" + zaak
                + "/regie").then());
        isNotFound(km.get().body(Map.of("reden", "uitstroom-werk")).post(API + "/zaken/" + zaak + "/afsluiting").then());
        isNotFound(km.get().body(Map.of("resultaat", "werk-gevonden")).post(API + "/trajecten/" + traject + "/beeindiging")
                .then());
        isNotFound(km.get().post(API + "/overdrachten/" + o + "/intrekking").then());
        // The same answer as for a record that does not exist.
        isNotFound(km.get().get(API + "/trajecten/" + UUID.randomUUID()).then());
        // The zaak's own klantmanager reads each of them.
        for (String pad : List.of("/trajecten/" + traject, "/afwijkingen/" + afwijking, "/taken/" + taak,
                "/overdrachten/" + o)) {
            as(Roles.KLANTMANAGER, "km-a").get(API + pad).then().statusCode(200);
        }
    }

    @Test
    @DisplayName("Tasks, overdrachten and caseload list only what the caller may see, paged with Link and totalItems")
    void lijstenFilterenEnPagineren() {
        String teamB = team("team-b");
        String zaak = zaakVanKmA("matchen", UUID.randomUUID()); // with its evaluation task
        String o = aanbieden(zaak, aanbod("regie", "team", teamB));
        String teamX = team("team-x");
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).get(API + "/taken").then().statusCode(200)
                .body("totalItems", is(1));
        as(Roles.KLANTMANAGER, "km-x", teamX).queryParam("zaakId", zaak).get(API + "/taken").then().statusCode(200)
                .body("totalItems", is(0)).body("taken.size()", is(0));
        as(Roles.KETENPARTNER, "partner-1", "werkbedrijf-lucrato").get(API + "/overdrachten").then().statusCode(200)
                .body("overdrachten.id", not(hasItem(o)))
                .body("overdrachten.ontvanger", everyItem(is("werkbedrijf-lucrato")));
        as(Roles.KLANTMANAGER, "km-x", teamX).queryParam("pageSize", 100).get(API + "/overdrachten").then()
                .statusCode(200).body("overdrachten.id", not(hasItem(o)));
        as(Roles.KLANTMANAGER, "km-b", teamB).queryParam("ontvanger", teamB).get(API + "/overdrachten").then()
                .statusCode(200).body("overdrachten.id", hasItem(o)).body("totalItems", is(1));
        as(Roles.KLANTMANAGER, "km-x", teamX).get(API + "/caseload").then().statusCode(200)
                .body("regisseurs.team", everyItem(is(teamX))).body("backlog.team", everyItem(is(teamX)));
        as(Roles.TEAMLEIDER, "tl-x").queryParam("team", "team-werk").get(API + "/caseload").then()
                .statusCode(200).body("regisseurs.wie", hasItem("km-a"));

        // Paging, as the zaken list: page and pageSize, the Link header, totalItems; nothing capped.
        String tweede = zaakVanKmA();
        aanbieden(tweede, aanbod("regie", "team", teamB));
        as(Roles.KLANTMANAGER, "km-b", teamB).queryParam("pageSize", 1).queryParam("ontvanger", teamB)
                .get(API + "/overdrachten").then().statusCode(200).body("totalItems", is(2))
                .body("overdrachten.size()", is(1)).body("page", is(1)).body("pageSize", is(1))
                .header("Link", containsString("page=2&pageSize=1>; rel=\"next\""))
                .header("Link", containsString("ontvanger=" + teamB));
        as(Roles.KLANTMANAGER, "km-a").queryParam("pageSize", 1).get(API + "/zaken").then().statusCode(200)
                .header("Link", containsString("rel=\"last\""));
        for (String lijst : List.of("/taken", "/overdrachten", "/zaken")) {
            as(Roles.TEAMLEIDER, "tl-x").queryParam("pageSize", 101).get(API + lijst).then().statusCode(400)
                    .contentType("application/problem+json");
            as(Roles.TEAMLEIDER, "tl-x").queryParam("page", 0).get(API + lijst).then().statusCode(400);
        }
    }

    @Test
    @DisplayName("Every Location header of the casework API answers 200 to the one who created it")
    void elkeLocationBestaat() {
        nl.trede.casework.messaging.EnforcementContract.catalogusLaden();
        String zaak = zaakVanKmA();
        List<String> locaties = new java.util.ArrayList<>();
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("categorie", "no-show",
                        "datum", "2025-06-02", "toelichting", "Niet op de afspraak.")).post(API + "/zaken/" + zaak
                + "/gedragingen").then().statusCode(201).extract().header("Location"));
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(aanbod("uitvoering", "werkbedrijf", "werkbedrijf-lucrato"))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().header("Location"));
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Klant wil geen werkbedrijf."))
                .post(API + "/zaken/" + zaak + "/afwijkingen").then().statusCode(201).extract().header("Location"));
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("voorziening", "werkervaringsplaats",
                        "startdatum", "2027-01-04", "einddatum", "2027-04-03", "urenPerWeek", 24))
                .post(API + "/zaken/" + zaak + "/trajecten").then().statusCode(201).extract().header("Location"));
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("variant", "trajectplan", "doelen", List.of("Werkritme"),
                        "afspraken", List.of("Elke twee weken"), "verplichtingen", List.of("Taallessen"),
                        "evaluatiedatum", "2027-05-03", "overlegMetKlantOp", "2025-06-02",
                        "klantAkkoordOp", "2025-06-02"))
                .post(API + "/zaken/" + zaak + "/plannen").then().statusCode(201).extract().header("Location"));
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("soort", "begeleiding", "aanbieder", "Icare",
                        "sinds", "2025-06-02", "checkInMaanden", 6))
                .post(API + "/zaken/" + zaak + "/ondersteuningen").then().statusCode(201).extract().header("Location"));
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("geplandOp", "2099-06-01", "deelnemers",
                        List.of(Map.of("rol", "school", "organisatie", "VSO-school", "verplicht", true))))
                .post(API + "/zaken/" + zaak + "/begeleidingsoverleggen").then().statusCode(201).extract()
                .header("Location"));
        // POST /zaken: a klant casework knows, whose earlier zaak closed (its open tasks closed with it).
        UUID klant = UUID.randomUUID();
        String eerder = zaakVanKmA("matchen", klant);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk")).post(API + "/zaken/" + eerder
                + "/afsluiting").then().statusCode(200);
        locaties.add(as(Roles.KLANTMANAGER, "km-a").body(Map.of("klantId", klant.toString(), "reden", "Terug."))
                .post(API + "/zaken").then().statusCode(201).extract().header("Location"));
        for (String locatie : locaties) {
            as(Roles.KLANTMANAGER, "km-a").get(java.net.URI.create(locatie).getPath()).then()
                    .statusCode(200);
            isNotFound(as(Roles.KLANTMANAGER, "km-x", team("team-x")).get(java.net.URI.create(locatie).getPath())
                    .then());
        }
        assertEquals(8, locaties.size());
    }

    @Test
    @DisplayName("POST /zaken for another team's klant with an open zaak: 404 exactly as for an unknown klant")
    void zaakOpenenVoorDeKlantVanEenAnderTeamIs404() {
        UUID klant = UUID.randomUUID();
        String zaak = zaakVanKmA("matchen", klant);
        Map<String, Object> body = Map.of("klantId", klant.toString(), "reden", "Terug.");
        // The owner's team learns of the open zaak (409 linking it) ...
        as(Roles.KLANTMANAGER, "km-a").body(body).post(API + "/zaken").then().statusCode(409)
                .body("existing", org.hamcrest.Matchers.endsWith(zaak));
        // ... another team's klantmanager gets the answer for a klant casework does not know: neither the klant nor
        // its zaak is confirmed, and nothing is opened.
        String teamX = team("team-x");
        isNotFound(as(Roles.KLANTMANAGER, "km-x", teamX).body(body).post(API + "/zaken").then()
                .body(not(containsString(zaak))));
        String onbekend = as(Roles.KLANTMANAGER, "km-x", teamX).body(Map.of("klantId", UUID.randomUUID().toString(),
                "reden", "Terug.")).post(API + "/zaken").then().statusCode(404).extract().path("type");
        assertEquals(onbekend, as(Roles.KLANTMANAGER, "km-x", teamX).body(body).post(API + "/zaken").then()
                .extract().path("type"));
        as(Roles.TEAMLEIDER, "tl-x", teamX).body(body).post(API + "/zaken").then().statusCode(409);
        as(Roles.KLANTMANAGER, "km-a").queryParam("klantId", klant.toString()).get(API + "/zaken").then()
                .body("totalItems", is(1));
    }
}
