package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/** The melding list (filters, pagination) and the search by BSN in a POST body (requirement "API"). */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ListAndSearchTest {

    @Test
    void searchByBsnIsAPostAndFindsAllOfThePersonsMeldingen() {
        String bsn = MeldingResourceTest.randomBsn();
        String first = asMedewerker().body(MeldingResourceTest.melding(bsn)).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> other = new HashMap<>(MeldingResourceTest.melding(bsn));
        other.put("type", "verzoek-ondersteuning");
        other.put("inkomenPerMaand", new BigDecimal("1800.00"));
        String second = asMedewerker().body(other).post(MELDINGEN).then().statusCode(201).extract().path("id");

        asMedewerker().body(Map.of("bsn", bsn)).post(MELDINGEN + "/_zoek")
                .then().statusCode(200)
                .body("id", contains(second, first))
                .body(not(containsString(bsn)));
        asMedewerker().body(Map.of("bsn", MeldingResourceTest.randomBsn())).post(MELDINGEN + "/_zoek")
                .then().statusCode(200).body("size()", is(0));
        asMedewerker().body(Map.of("bsn", "123456789")).post(MELDINGEN + "/_zoek")
                .then().statusCode(400).body("invalidParams[0].name", is("bsn"));
    }

    @Test
    void listFiltersByTypeStatusAndKlantgroep() {
        String id = asMedewerker().body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn())).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
        IntakeFlow.toKlantgroepBepaald(id);
        asMedewerker().queryParam("status", "klantgroep-bepaald").queryParam("klantgroep", "matchen")
                .queryParam("pageSize", 100).get(MELDINGEN)
                .then().statusCode(200)
                .body("meldingen.id", hasItem(id))
                .body("meldingen.status", everyItem(is("klantgroep-bepaald")))
                .body("meldingen.klantgroep", everyItem(is("matchen")))
                .body("pageSize", is(100));
        asMedewerker().queryParam("type", "tip-handhaving").get(MELDINGEN)
                .then().statusCode(200).body("meldingen.type", everyItem(is("tip-handhaving")));
        asMedewerker().queryParam("status", "open").get(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("status"))
                .body("invalidParams[0].reason", containsString("klantgroep-bepaald"));
        asMedewerker().queryParam("page", 0).get(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("page"));
    }

    @Test
    void listFiltersByMelderOrganisationAndDeadlineWindow() {
        // Requirement "API": list with filters (..., deadline window, melder organisation).
        String organisatie = "Wijkteam Test " + java.util.UUID.randomUUID();
        Map<String, Object> signaal = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        signaal.put("type", "signaal-ketenpartner");
        signaal.remove("kanaal");
        signaal.put("melder", Map.of("organisatie", organisatie, "soort", "wijkteam"));
        String id = asMedewerker().body(signaal).post(MELDINGEN).then().statusCode(201).extract().path("id");
        asMedewerker().queryParam("melder", organisatie.toUpperCase()).get(MELDINGEN)
                .then().statusCode(200).body("meldingen.id", contains(id)).body("totalItems", is(1))
                // README "API conventions", paging: one page, so first and last only, with the filter kept
                .header("Link", containsString(MELDINGEN + "?melder="))
                .header("Link", containsString("&page=1&pageSize=20>; rel=\"first\""))
                .header("Link", containsString("&page=1&pageSize=20>; rel=\"last\""))
                .header("Link", not(containsString("rel=\"next\"")));

        // A fresh digital aanvraag has open deadlines, none due today or overdue (call-back is the next working day).
        String aanvraag = asMedewerker().body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()))
                .post(MELDINGEN).then().statusCode(201).extract().path("id");
        asMedewerker().queryParam("termijn", "open").queryParam("type", "aanvraag-levensonderhoud")
                .queryParam("pageSize", 100).get(MELDINGEN).then().statusCode(200).body("meldingen.id", hasItem(aanvraag));
        asMedewerker().queryParam("termijn", "verlopen").queryParam("pageSize", 100).get(MELDINGEN)
                .then().statusCode(200).body("meldingen.id", not(hasItem(aanvraag)));
        asMedewerker().queryParam("termijn", "vandaag").queryParam("pageSize", 100).get(MELDINGEN)
                .then().statusCode(200).body("meldingen.id", not(hasItem(aanvraag)));
        // A signal without deadlines is not in the "open" window.
        asMedewerker().queryParam("termijn", "open").queryParam("melder", organisatie).get(MELDINGEN)
                .then().statusCode(200).body("totalItems", is(0));
        asMedewerker().queryParam("termijn", "morgen").get(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("termijn"))
                .body("invalidParams[0].reason", containsString("verlopen"));
    }
}
