package nl.trede.intake.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.TestTokens;

/** Walks a melding through the intake steps in tests (sources D3.1). */
final class IntakeFlow {

    static final String MELDINGEN = "/api/intake/v1/meldingen";

    private IntakeFlow() {
    }

    static RequestSpecification asMedewerker() {
        return given().header("Authorization", TestTokens.bearer(Roles.INTAKE_MEDEWERKER)).contentType(ContentType.JSON);
    }

    static Map<String, Object> screening() {
        return Map.of("hulpvraag", List.of("inkomen", "werk"), "juisteLoket", "gemeente",
                "rapportage", "Screeningsgesprek gevoerd; aanvraag volgt.");
    }

    static Map<String, Object> ambitiegesprek() {
        return Map.of("zelfbeoordeling", "dariuz", "resultaat", "Wil binnen een half jaar werken.");
    }

    static Map<String, Object> klantgroep(String code, String voorkeur) {
        return voorkeur == null ? Map.of("klantgroep", code, "reden", "Kan binnen zes maanden werken.")
                : Map.of("klantgroep", code, "klantVoorkeur", voorkeur, "reden", "Kan binnen zes maanden werken.");
    }

    /** Screening, ambitiegesprek and klantgroep "matchen": the melding is ready for doorzetten. */
    static void toKlantgroepBepaald(String id) {
        asMedewerker().body(screening()).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200);
        asMedewerker().body(ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek").then().statusCode(200);
        asMedewerker().body(klantgroep("matchen", null)).post(MELDINGEN + "/" + id + "/klantgroep-besluiten")
                .then().statusCode(200);
    }
}
