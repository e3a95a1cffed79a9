package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A change of the klantgroepen is checked on the whole configuration it would leave (domain/KlantgroepConfiguratie):
 * a change that would break it is a 409 naming the rule, and every klantgroep reads the same before and after.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KlantgroepConfiguratieResourceTest {

    private static final String KLANTGROEPEN = "/api/intake/v1/klantgroepen";

    private static RequestSpecification asBeheerder() {
        return given().header("Authorization", TestTokens.bearer(Roles.FUNCTIONEEL_BEHEERDER))
                .contentType(ContentType.JSON);
    }

    /** Every klantgroep of every stelsel, as the API shows it. */
    private static String alle() {
        return asMedewerker().queryParam("alle", true).get(KLANTGROEPEN).then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> groep(String stelsel, boolean actief, Integer horizon) {
        Map<String, Object> m = new HashMap<>(Map.of("naam", "Testgroep", "definitie", "Een eigen indeling.",
                "bron", "Test", "volgorde", 9, "actief", actief, "stelsel", stelsel));
        m.put("horizonMaanden", horizon);
        return m;
    }

    private static String uniek(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(409).contentType("application/problem+json").body("code", is(code));
    }

    @AfterEach
    void terugNaarDeventer() {
        asBeheerder().body(Map.of("stelsel", "deventer-2021")).post(KLANTGROEPEN + "/_activeer").then()
                .statusCode(200);
    }

    @Test
    @DisplayName("Productenboek §2.2.3-§2.2.4: switching the last active klantgroep off is refused, nothing changes")
    void theLastActiveKlantgroepStaysActive() {
        String stelsel = uniek("test-een");
        asBeheerder().body(groep(stelsel, false, null)).put(KLANTGROEPEN + "/" + stelsel).then().statusCode(201);
        asBeheerder().body(Map.of("stelsel", stelsel)).post(KLANTGROEPEN + "/_activeer").then().statusCode(200);
        String voor = alle();
        refused(asBeheerder().body(groep(stelsel, false, null)).put(KLANTGROEPEN + "/" + stelsel).then(),
                "geen-actieve-klantgroep").body("detail", containsString("At least one klantgroep must stay active"));
        assertEquals(voor, alle());
    }

    @Test
    @DisplayName("One stelsel is active: moving Matchen out of Deventer's stelsel is refused, nothing changes")
    void replacingTheStelselOfAnActiveKlantgroepIsRefused() {
        String voor = alle();
        refused(asBeheerder().body(groep("anders", true, 6)).put(KLANTGROEPEN + "/matchen").then(),
                "stelsels-gemengd").body("detail", containsString("deventer-2021"));
        assertEquals(voor, alle());
    }

    @Test
    @DisplayName("One stelsel is active: a new active klantgroep of another stelsel is refused and not created")
    void anActiveKlantgroepOfAnotherStelselIsRefused() {
        String code = uniek("test-naast");
        String voor = alle();
        refused(asBeheerder().body(groep(code, true, null)).put(KLANTGROEPEN + "/" + code).then(),
                "stelsels-gemengd");
        assertEquals(voor, alle());
        asMedewerker().get(KLANTGROEPEN).then().body("code", org.hamcrest.Matchers.contains("matchen", "groeien",
                "faciliteren", "zorg"));
    }

    @Test
    @DisplayName("Apeldoorn A4: the horizon routes a case, so two active klantgroepen with one horizon are refused")
    void twoActiveKlantgroepenWithOneHorizonAreRefused() {
        String voor = alle();
        refused(asBeheerder().body(Map.of("naam", "Groeien", "definitie", "Binnen zes maanden.", "bron", "Test",
                "volgorde", 2, "actief", true, "stelsel", "deventer-2021", "horizonMaanden", 6))
                .put(KLANTGROEPEN + "/groeien").then(), "horizon-dubbel");
        assertEquals(voor, alle());

        // Activating a stelsel whose klantgroepen share a horizon: refused, Deventer's four stay active.
        String stelsel = uniek("test-dubbel");
        asBeheerder().body(groep(stelsel, false, 12)).put(KLANTGROEPEN + "/" + stelsel + "-a").then().statusCode(201);
        asBeheerder().body(groep(stelsel, false, 12)).put(KLANTGROEPEN + "/" + stelsel + "-b").then().statusCode(201);
        String tussen = alle();
        refused(asBeheerder().body(Map.of("stelsel", stelsel)).post(KLANTGROEPEN + "/_activeer").then(),
                "horizon-dubbel").body("detail", containsString(stelsel + "-a, " + stelsel + "-b"));
        assertEquals(tussen, alle());
    }

    @Test
    @DisplayName("An invalid document stays a 400 and changes nothing")
    void anInvalidDocumentIs400() {
        String voor = alle();
        asBeheerder().body(Map.of("stelsel", 42)).post(KLANTGROEPEN + "/_activeer").then().statusCode(400)
                .contentType("application/problem+json");
        asBeheerder().body(Map.of("actief", false)).put(KLANTGROEPEN + "/matchen").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(voor, alle());
    }
}
