package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Klantgroepen are the municipality's configuration, not code (the intake requirements): Deventer's four
 * (Re-integratieverordening Deventer 2021 art. 1, sources D2.3) and Apeldoorn's werkbedrijf vs activering (sources A1.4
 * rules A1–A4, A6 T03).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KlantgroepBeheerTest {

    private static final String KLANTGROEPEN = "/api/intake/v1/klantgroepen";

    private static RequestSpecification asBeheerder() {
        return given().header("Authorization", TestTokens.bearer(Roles.FUNCTIONEEL_BEHEERDER))
                .contentType(ContentType.JSON);
    }

    private static void activeer(String stelsel) {
        asBeheerder().body(Map.of("stelsel", stelsel)).post(KLANTGROEPEN + "/_activeer").then().statusCode(200);
    }

    @AfterEach
    void terugNaarDeventer() {
        activeer("deventer-2021");
    }

    @Test
    @DisplayName("Deventer's four are active as shipped, with their horizon (Re-integratieverordening art. 1 b-e)")
    void deventerIsShipped() {
        asMedewerker().get(KLANTGROEPEN).then().statusCode(200)
                .body("code", contains("matchen", "groeien", "faciliteren", "zorg"))
                .body("find { it.code == 'matchen' }.horizonMaanden", is(6))
                .body("find { it.code == 'groeien' }.horizonMaanden", is(36));
    }

    @Test
    @DisplayName("T03/A4: Apeldoorn switches to werkbedrijf (≤ 12 months) vs activering (1–3 years), and triage follows")
    void apeldoornSwitchesItsGroupingAndTriageUsesIt() {
        asBeheerder().body(Map.of("stelsel", "apeldoorn-2017")).post(KLANTGROEPEN + "/_activeer")
                .then().statusCode(200).body("code", contains("werkbedrijf", "activering"));
        asMedewerker().get(KLANTGROEPEN).then().body("code", contains("werkbedrijf", "activering"))
                .body("find { it.code == 'activering' }.horizonMaanden", is(36));
        asMedewerker().queryParam("alle", true).get(KLANTGROEPEN).then()
                .body("code", hasItems("matchen", "zorg", "werkbedrijf", "activering"));

        String id = asMedewerker().body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn())).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        asMedewerker().body(IntakeFlow.ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek")
                .then().statusCode(200);
        asMedewerker().body(IntakeFlow.klantgroep("matchen", null)).post(MELDINGEN + "/" + id + "/klantgroep-besluiten")
                .then().statusCode(400).body("invalidParams[0].reason", is("must be one of: werkbedrijf, activering"));
        asMedewerker().body(Map.of("klantgroep", "activering", "klantVoorkeur", "werkbedrijf",
                        "reden", "Verwachte tijd tot plaatsing twee jaar."))
                .post(MELDINGEN + "/" + id + "/klantgroep-besluiten").then().statusCode(200)
                .body("klantgroep", is("activering"));
    }

    @Test
    @DisplayName("The beheerder adds or edits a klantgroep; bad input is a 400 and changes nothing; never zero active")
    void editingIsValidatedAndKeepsOneActive() {
        // The test database outlives a run: fresh codes each time.
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        String jongeren = "test-jongeren-" + run;
        String enkelCode = "test-enkel-" + run;
        Map<String, Object> jeugd = new HashMap<>(Map.of("naam", "Jongeren", "definitie", "Jongeren tot 27 met een "
                + "zoektermijn.", "bron", "Test: eigen indeling", "volgorde", 5, "actief", false,
                "stelsel", "test-eigen"));
        asBeheerder().body(jeugd).put(KLANTGROEPEN + "/" + jongeren).then().statusCode(201)
                .header("Location", containsString(KLANTGROEPEN + "/" + jongeren))
                .body("actief", is(false));
        jeugd.put("naam", "Jongeren (gewijzigd)");
        asBeheerder().body(jeugd).put(KLANTGROEPEN + "/" + jongeren).then().statusCode(200)
                .body("naam", is("Jongeren (gewijzigd)"));

        Map<String, Object> fout = new HashMap<>(jeugd);
        fout.put("volgorde", 0);
        fout.put("stelsel", "Apeldoorn 2017");
        asBeheerder().body(fout).put(KLANTGROEPEN + "/" + jongeren).then().statusCode(400)
                .contentType("application/problem+json");
        asBeheerder().body(jeugd).put(KLANTGROEPEN + "/Hoofdletters").then().statusCode(400);
        asMedewerker().get(KLANTGROEPEN).then().body("code", contains("matchen", "groeien", "faciliteren", "zorg"));

        // A stelsel with one klantgroep (made inactive, then activated as a stelsel): switching it off would leave
        // none active.
        Map<String, Object> enkel = new HashMap<>(jeugd);
        enkel.put("stelsel", enkelCode);
        asBeheerder().body(enkel).put(KLANTGROEPEN + "/" + enkelCode).then().statusCode(201);
        activeer(enkelCode);
        enkel.put("actief", false);
        asBeheerder().body(enkel).put(KLANTGROEPEN + "/" + enkelCode).then().statusCode(409)
                .body("detail", containsString("At least one klantgroep must stay active"));
        asMedewerker().get(KLANTGROEPEN).then().body("code", contains(enkelCode));
        asBeheerder().body(Map.of("stelsel", "onbekend")).post(KLANTGROEPEN + "/_activeer")
                .then().statusCode(400).body("invalidParams[0].reason", containsString("deventer-2021"));
    }

    @Test
    @DisplayName("Only the functioneel beheerder changes the configuration")
    void onlyTheBeheerderChangesIt() {
        asMedewerker().body(Map.of("stelsel", "apeldoorn-2017")).post(KLANTGROEPEN + "/_activeer")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("stelsel", "apeldoorn-2017"))
                .post(KLANTGROEPEN + "/_activeer").then().statusCode(401);
    }
}
