package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Klantgroep doorstroom on a zaak (sources D2.4). */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class DoorstroomResourceTest {

    private static final String API = "/api/casework/v1";

    @Inject
    ZaakService zaken;

    private String zaak(String klantgroep) {
        String id = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", klantgroep,
                new ZaakService.Persoonsgegevens("D. Doorstroom", LocalDate.of(1990, 2, 2)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + id + "/regie").then().statusCode(200);
        return id;
    }

    /** Moves the klant's start in Matchen (and its extension) back in time, as if months had passed. */
    private static void sinds(String zaak, LocalDate datum) {
        QuarkusTransaction.requiringNew().run(() -> Zaak.update("klantgroepSinds = ?1, matchenVerlengdTot = ?2 "
                + "where id = ?3", datum, datum.plusMonths(9), UUID.fromString(zaak)));
    }

    @Test
    @DisplayName("PB §3.2: Matchen's evaluation task, one extension, then Groeien with the klant's preference kept")
    void matchenNaarGroeien() {
        String id = zaak("matchen");
        LocalDate vandaag = LocalDate.parse(as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id).then()
                .extract().path("klantgroepSinds"));
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", id).get(API + "/taken").then()
                .body("taken.find { it.soort == 'evaluatie-klantgroep' }.uiterlijk", is(vandaag.plusMonths(6).toString()));
        Map<String, Object> naarGroeien = Map.of("naar", "groeien", "criterium", "zes-maanden-niet-geplaatst",
                "reden", "Niet geplaatst.", "klantVoorkeur", "matchen");
        as(Roles.KLANTMANAGER, "km-a").body(naarGroeien).post(API + "/zaken/" + id + "/klantgroep").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("applies from"));
        as(Roles.KLANTMANAGER, "km-a").post(API + "/zaken/" + id + "/matchen-verlenging").then().statusCode(200)
                .body("matchenVerlengdTot", is(vandaag.plusMonths(9).toString()));
        as(Roles.KLANTMANAGER, "km-a").post(API + "/zaken/" + id + "/matchen-verlenging").then().statusCode(409);

        sinds(id, vandaag.minusMonths(10));
        as(Roles.KLANTMANAGER, "km-b").body(naarGroeien).post(API + "/zaken/" + id + "/klantgroep").then()
                .statusCode(403);
        as(Roles.KLANTMANAGER, "km-a").body(naarGroeien).post(API + "/zaken/" + id + "/klantgroep").then()
                .statusCode(200).body("klantgroep", is("groeien")).body("klantgroepSinds", is(vandaag.toString()));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/klantgroephistorie").then()
                .body("[0].van", is("matchen")).body("[0].naar", is("groeien"))
                .body("[0].verschilVanMening", is(true)).body("[0].beslotenDoor", is("km-a"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/tijdlijn").then()
                .body("soort", hasItem("klantgroep-gewijzigd"));
        // PB §2.2.4: Groeien → Matchen is no transition; the klant uses Matchen's services instead.
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("naar", "matchen", "criterium", "x", "reden", "Kan sneller."))
                .post(API + "/zaken/" + id + "/klantgroep").then().statusCode(400)
                .body("detail", containsString("Matchen's services"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("aan", true)).post(API + "/zaken/" + id + "/matchen-diensten")
                .then().statusCode(200).body("gebruiktMatchenDiensten", is(true)).body("klantgroep", is("groeien"));
    }

    @Test
    @DisplayName("PB §2.2.4: a move to another team is a warme overdracht; the sender stays owner until acceptance")
    void naarAnderTeamIsWarmeOverdracht() {
        String id = zaak("faciliteren");
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("naar", "groeien", "criterium", "twintig-uur-vrijwilligerswerk",
                        "reden", "Twintig uur vrijwilligerswerk, leefgebieden stabiel.",
                        "overdracht", Map.of("team", "team-groeien", "geschiedenis", "Een jaar Faciliteren.",
                                "mogelijkheden", "Werk binnen drie jaar.", "verwachtingen", "Werken aan werk.")))
                .post(API + "/zaken/" + id + "/klantgroep").then().statusCode(200)
                .body("klantgroep", is("groeien")).body("team", is("team-werk")).body("regisseur", is("km-a"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/overdrachten").then()
                .body("[0].soort", is("regie")).body("[0].ontvanger", is("team-groeien")).body("[0].warm", is(true))
                .body("[0].status", is("aangeboden"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("naar", "zorg", "criterium", "x", "reden", "x"))
                .post(API + "/zaken/" + id + "/klantgroep").then().statusCode(400)
                .body("detail", containsString("no transition"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/klantgroep-overgangen").then().statusCode(200)
                .body("findAll { it.van == 'faciliteren' }.naar", org.hamcrest.Matchers.containsInAnyOrder("groeien",
                        "zorg"));
    }
}
