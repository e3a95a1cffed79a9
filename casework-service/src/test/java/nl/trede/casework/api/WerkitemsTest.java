package nl.trede.casework.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.WerkitemsProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * casework publishes the klant's open tasks and unanswered overdrachten as {@code
 * nl.trede.casework.werkitems-bijgewerkt} (docs/contracts/werkitems.md): a traject's review task appears for the
 * zaak's team and regisseur and is gone once the traject ends; an offer to the werkbedrijf appears for the receiver and
 * is gone once withdrawn (a step without an event of its own).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class WerkitemsTest {

    private static final String API = "/api/casework/v1";
    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final Duration WACHT = Duration.ofSeconds(20);

    @Inject
    ZaakService zaken;

    @ConfigProperty(name = "trede.topics.casework")
    String topic;

    private static RequestSpecification as(String role, String user) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role, user)).contentType(ContentType.JSON);
    }

    @Test
    void aTrajectReviewAndAnOfferComeAndGoWithTheWork() {
        UUID klant = UUID.randomUUID();
        String zaak = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(klant, UUID.randomUUID(),
                "aanvraag-levensonderhoud", "groeien", new ZaakService.Persoonsgegevens("W. Werk",
                        LocalDate.of(1988, 3, 3)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);
        String team = as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().statusCode(200).extract()
                .path("team");
        String traject = as(Roles.KLANTMANAGER, "km-a").body(Map.of("voorziening", "werkervaringsplaats",
                        "startdatum", START.toString(), "einddatum", START.plusMonths(3).toString(), "urenPerWeek", 24,
                        "uitvoerder", "werkbedrijf"))
                .post(API + "/zaken/" + zaak + "/trajecten").then().statusCode(201).extract().path("id");
        String taak = as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).get(API + "/taken").then()
                .statusCode(200).extract().jsonPath().getString("taken.find { it.soort == 'traject-review' }.id");

        try (WerkitemsProbe probe = new WerkitemsProbe(topic, "casework")) {
            JsonNode metReview = probe.await(klant, d -> WerkitemsProbe.item(d, "taak:" + taak).isPresent(), WACHT);
            JsonNode review = WerkitemsProbe.item(metReview, "taak:" + taak).orElseThrow();
            assertEquals("casework.evaluatie", review.get("soort").asText());
            assertEquals(START.plusMonths(3).toString(), review.get("vervaldatum").asText(), "the traject's end");
            assertEquals("open", review.get("status").asText());
            assertEquals("klantmanager", review.get("rol").asText());
            assertEquals(team, review.get("team").asText());
            assertEquals("km-a", review.get("toegewezenAan").asText());
            assertEquals(zaak, review.get("zaakId").asText());
            assertEquals("groeien", review.get("klantgroep").asText());
            assertEquals(API + "/taken/" + taak, review.get("pad").asText());
            assertTrue(!metReview.toString().contains("W. Werk"), "no personal data: " + metReview);

            Map<String, Object> aanbod = new HashMap<>(Map.of("soort", "uitvoering", "ontvangerSoort", "werkbedrijf",
                    "ontvanger", "werkbedrijf-lucrato", "warm", true, "geschiedenis", "Twee jaar bijstand.",
                    "mogelijkheden", "Plaatsbaar binnen een jaar.", "verwachtingen", "Begeleiding naar werk."));
            JsonPath overdracht = as(Roles.KLANTMANAGER, "km-a").body(aanbod)
                    .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().jsonPath();
            String o = overdracht.getString("id");
            JsonNode metAanbod = probe.await(klant, d -> WerkitemsProbe.item(d, "overdracht:" + o).isPresent(),
                    WACHT);
            JsonNode item = WerkitemsProbe.item(metAanbod, "overdracht:" + o).orElseThrow();
            assertEquals("casework.overdracht", item.get("soort").asText());
            assertEquals(overdracht.getString("antwoordUiterlijk"), item.get("vervaldatum").asText());
            assertEquals("werkbedrijf-lucrato", item.get("toegewezenAan").asText());
            assertEquals(API + "/overdrachten/" + o, item.get("pad").asText());

            // withdrawing has no event of its own: the service marks the klant itself
            as(Roles.KLANTMANAGER, "km-a").post(API + "/overdrachten/" + o + "/intrekking").then().statusCode(200);
            JsonNode zonderAanbod = probe.await(klant, d -> d.get("volgnummer").asLong() > metAanbod
                    .get("volgnummer").asLong() && WerkitemsProbe.item(d, "overdracht:" + o).isEmpty(), WACHT);
            assertTrue(WerkitemsProbe.item(zonderAanbod, "taak:" + taak).isPresent(), "the review is still open");

            as(Roles.KLANTMANAGER, "km-a").body(Map.of("resultaat", "werk-gevonden"))
                    .post(API + "/trajecten/" + traject + "/beeindiging").then().statusCode(200);
            probe.await(klant, d -> d.get("volgnummer").asLong() > zonderAanbod.get("volgnummer").asLong()
                    && WerkitemsProbe.item(d, "taak:" + taak).isEmpty(), WACHT);
        }
    }
}
