package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.CaseworkEvents;
import nl.trede.casework.domain.Traject;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Trajecten from the voorzieningen catalogue with eligibility per product (sources D2.6). */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class TrajectResourceTest {

    private static final String API = "/api/casework/v1";
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Inject
    ZaakService zaken;

    @ConfigProperty(name = "trede.topics.casework")
    String topic;

    private String zaak(String klantgroep, LocalDate geboortedatum) {
        String id = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", klantgroep,
                new ZaakService.Persoonsgegevens("T. Traject", geboortedatum))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + id + "/regie").then().statusCode(200);
        return id;
    }

    @Test
    @DisplayName("The catalogue is data with its sources (D2.6 P1–P15)")
    void theCatalogueIsData() {
        as(Roles.KLANTMANAGER, "km-a").get(API + "/voorzieningen").then().statusCode(200)
                .body("code", hasItems("werkervaringsplaats", "proefplaatsing", "scholing", "werk-leerroute",
                        "loonkostensubsidie", "tijdelijke-tegemoetkoming"))
                .body("find { it.code == 'werkervaringsplaats' }.klantgroepen", containsInAnyOrder("groeien"))
                .body("find { it.code == 'werkervaringsplaats' }.maxDuurMaanden", is(3))
                .body("find { it.code == 'scholing' }.bron", containsString("BR art. 3"));
        as(Roles.KLANTMANAGER, "km-a").queryParam("peildatum", "2020-06-01").get(API + "/voorzieningen").then()
                .statusCode(200).body("size()", is(0));
        as(Roles.KLANTMANAGER, "km-a").queryParam("peildatum", "gisteren").get(API + "/voorzieningen").then()
                .statusCode(400).body("invalidParams[0].name", is("peildatum"));
    }

    @Test
    @DisplayName("BR art. 1: a WEP for a Matchen klant for 4 months is a 400 naming both rules; nothing written")
    void ineligibleIs400NamingEveryRule() {
        String id = zaak("matchen", LocalDate.of(1990, 1, 1));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("voorziening", "werkervaringsplaats", "startdatum", START.toString(),
                        "einddatum", START.plusMonths(4).toString()))
                .post(API + "/zaken/" + id + "/trajecten").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("klantgroep", "maximale-duur"))
                .body("invalidParams.find { it.name == 'klantgroep' }.reason", containsString("BR art. 1"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("voorziening", "bestaat-niet", "startdatum", START.toString(),
                        "einddatum", START.plusMonths(1).toString()))
                .post(API + "/zaken/" + id + "/trajecten").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("proefplaatsing"));
        long trajecten = QuarkusTransaction.requiringNew().call(() -> Traject.count("zaakId", UUID.fromString(id)));
        assertEquals(0, trajecten);
    }

    @Test
    @DisplayName("V art. 11: loonkostensubsidie needs the doelgroepregister indication")
    void lksNeedsTheRegister() {
        String id = zaak("groeien", LocalDate.of(1995, 5, 5));
        Map<String, Object> lks = Map.of("voorziening", "loonkostensubsidie", "startdatum", START.toString(),
                "einddatum", START.plusMonths(12).toString());
        as(Roles.KLANTMANAGER, "km-a").body(lks).post(API + "/zaken/" + id + "/trajecten").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("doelgroepregister"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("inDoelgroepregister", true)).post(API + "/zaken/" + id
                + "/indicaties").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").body(lks).post(API + "/zaken/" + id + "/trajecten").then().statusCode(201);
    }

    @Test
    @DisplayName("An eligible traject starts, its end date is a review task, ending it closes the review")
    void startReviewAndEnd() {
        String id = zaak("groeien", LocalDate.of(1988, 3, 3));
        String traject = as(Roles.KLANTMANAGER, "km-a").body(Map.of("voorziening", "werkervaringsplaats",
                        "startdatum", START.toString(), "einddatum", START.plusMonths(3).toString(), "urenPerWeek", 24,
                        "uitvoerder", "werkbedrijf"))
                .post(API + "/zaken/" + id + "/trajecten").then().statusCode(201).body("status", is("lopend"))
                .extract().path("id");
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", id).get(API + "/taken").then()
                .body("taken.soort", hasItem("traject-review"))
                .body("taken.find { it.soort == 'traject-review' }.uiterlijk", is(START.plusMonths(3).toString()));
        as(Roles.KLANTMANAGER, "km-b").body(Map.of("resultaat", "werk-gevonden"))
                .post(API + "/trajecten/" + traject + "/beeindiging").then().statusCode(403);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("resultaat", "werk-gevonden"))
                .post(API + "/trajecten/" + traject + "/beeindiging").then().statusCode(200)
                .body("status", is("beeindigd")).body("resultaat", is("werk-gevonden"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("resultaat", "werk-gevonden"))
                .post(API + "/trajecten/" + traject + "/beeindiging").then().statusCode(409);
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", id).get(API + "/taken").then()
                .body("taken.soort", org.hamcrest.Matchers.not(hasItem("traject-review")));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/tijdlijn").then()
                .body("soort", hasItems("traject-gestart", "traject-beeindigd"));
        try (TopicProbe probe = new TopicProbe(topic)) {
            assertTrue(probe.await(r -> CaseworkEvents.TRAJECT_GESTART.equals(TopicProbe.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(traject), Duration.ofSeconds(20))
                    .isPresent());
        }
    }

    @Test
    @DisplayName("R-23: after a review the zaak goes to nazorg with check-ins, and back with one action; review-gepland")
    void nazorgEnOpschalen() {
        String id = zaak("groeien", LocalDate.of(1985, 5, 5));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Werk gevonden; vinger aan de pols.", "checkInMaanden", 3))
                .post(API + "/zaken/" + id + "/nazorg").then().statusCode(200).body("status", is("nazorg"))
                .body("eigenaar", is("km-a"));
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", id).get(API + "/taken").then()
                .body("taken.find { it.soort == 'nazorg-check-in' }.uiterlijk",
                        is(TestDag.vandaag().plusMonths(3).toString()));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "x", "checkInMaanden", 3))
                .post(API + "/zaken/" + id + "/nazorg").then().statusCode(409);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Baan verloren.")).post(API + "/zaken/" + id
                + "/opschaling").then().statusCode(200).body("status", is("open"));
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", id).get(API + "/taken").then()
                .body("taken.soort", org.hamcrest.Matchers.not(hasItem("nazorg-check-in")));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/tijdlijn").then()
                .body("soort", hasItems("naar-nazorg", "opgeschaald"));
        try (TopicProbe probe = new TopicProbe(topic)) {
            assertTrue(probe.await(r -> CaseworkEvents.REVIEW_GEPLAND.equals(TopicProbe.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(id)
                    && new String(r.value(), StandardCharsets.UTF_8).contains("nazorg-check-in"),
                    Duration.ofSeconds(20)).isPresent());
        }
    }
}
