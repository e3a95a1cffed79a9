package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two ketenpartner organisations (each a partner account, identified by its token subject; README.md#tokens-and-roles:
 * a ketenpartner submits signalen and reads only its own, without personal data) signal the same person. Neither
 * learns about the other (AVG art. 5 lid 1 c, data minimisation; README.md#tokens-and-roles): the answer to a POST
 * carries only what the submitter's view promises, and a second signal is accepted and linked, not refused with a
 * link to the other party's melding.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KetenpartnerSignaalTest {

    private static final String EIGEN = "/api/intake/v1/ingediende-meldingen";
    private static final Set<String> ZICHTBAAR = Set.of("id", "type", "status", "meldingDatum", "melderOrganisatie");

    private static RequestSpecification partner(String subject) {
        return given().header("Authorization", "Bearer " + TestTokens.token(Roles.KETENPARTNER, subject))
                .contentType(ContentType.JSON);
    }

    private static Map<String, Object> signaal(String bsn, String organisatie, String soort) {
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(bsn));
        body.put("type", "signaal-ketenpartner");
        body.remove("kanaal");
        body.put("melder", Map.of("organisatie", organisatie, "soort", soort));
        return body;
    }

    @Test
    @DisplayName("A ketenpartner's 201 carries no klantId and no persoon block")
    void antwoordZonderKlantIdOfPersoon() {
        String bsn = MeldingResourceTest.randomBsn();
        String subject = "kp-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response r = partner(subject).header("Idempotency-Key", key).body(signaal(bsn, "Wijkteam Noord", "wijkteam"))
                .post(MELDINGEN).then().statusCode(201)
                .header("Location", containsString(EIGEN + "/"))
                .body("status", is("geregistreerd")).body("melderOrganisatie", is("Wijkteam Noord"))
                .body(not(containsString(bsn))).body(not(containsString("J. de Vries")))
                .body(not(containsString("klantId"))).body(not(containsString("persoon")))
                .body(not(containsString("1990-05-17")))
                .extract().response();
        assertEquals(ZICHTBAAR, r.jsonPath().getMap("").keySet());
        // A retry with the same Idempotency-Key returns the same answer, still without personal data.
        Response retry = partner(subject).header("Idempotency-Key", key)
                .body(signaal(bsn, "Wijkteam Noord", "wijkteam")).post(MELDINGEN).then().statusCode(200)
                .body("id", is(r.path("id").toString())).extract().response();
        assertEquals(ZICHTBAAR, retry.jsonPath().getMap("").keySet());
    }

    @Test
    @DisplayName("A second organisation's signal about a person with an open signal: 201 like a fresh one, linked "
            + "internally, visible to intake staff on the open melding, never revealing the first")
    void tweedeSignaalWordtGekoppeld() {
        String bsn = MeldingResourceTest.randomBsn();
        String school = "kp-school-" + UUID.randomUUID();
        String wijkteam = "kp-wijkteam-" + UUID.randomUUID();

        Response eerste = partner(school).body(signaal(bsn, "VSO-school De Brug", "wijkteam")).post(MELDINGEN)
                .then().statusCode(201).extract().response();
        String eersteId = eerste.path("id");

        Response tweede = partner(wijkteam).body(signaal(bsn, "Wijkteam Oost", "wijkteam")).post(MELDINGEN)
                .then().statusCode(201)
                .header("Location", containsString(EIGEN + "/"))
                .extract().response();
        String tweedeId = tweede.path("id");
        assertNotEquals(eersteId, tweedeId);
        // The same shape and status as a fresh signal; nothing of the other party.
        assertEquals(eerste.jsonPath().getMap("").keySet(), tweede.jsonPath().getMap("").keySet());
        assertEquals("geregistreerd", tweede.path("status"));
        assertEquals("Wijkteam Oost", tweede.path("melderOrganisatie"));
        assertTrue(tweede.header("Location").endsWith(EIGEN + "/" + tweedeId), tweede.header("Location"));
        assertFalse(tweede.asString().contains(eersteId), "the other party's melding id");
        assertFalse(tweede.asString().contains("De Brug"), "the other party's organisation");

        // Visible to the second partner as its own submission; the first party's melding stays unknown to it.
        partner(wijkteam).get(EIGEN).then().statusCode(200).body("meldingen.id", contains(tweedeId))
                .body("meldingen[0].status", is("geregistreerd"));
        partner(wijkteam).get(EIGEN + "/" + tweedeId).then().statusCode(200).body("status", is("geregistreerd"))
                .body(not(containsString(eersteId)));
        partner(wijkteam).get(EIGEN + "/" + eersteId).then().statusCode(404);
        partner(school).get(EIGEN + "/" + tweedeId).then().statusCode(404);

        // Intake staff see the linked signal on the open melding, and the link on the signal itself.
        asMedewerker().get(MELDINGEN + "/" + eersteId).then().statusCode(200)
                .body("status", is("geregistreerd"))
                .body("gekoppeldeSignalen.id", contains(tweedeId))
                .body("gekoppeldeSignalen[0].melder.organisatie", is("Wijkteam Oost"))
                .body("gekoppeldeSignalen[0].ingediendDoor", is(wijkteam));
        String klantId = asMedewerker().get(MELDINGEN + "/" + tweedeId).then().statusCode(200)
                .body("status", is("gekoppeld")).body("gekoppeldAan", is(eersteId))
                .body("toegestaneActies.size()", is(0)).extract().path("klantId");
        asMedewerker().get(MELDINGEN + "/" + eersteId).then().body("klantId", is(klantId));

        // When the open melding is handled, the linked signal shows how it ended, as a fresh one would.
        asMedewerker().body(IntakeFlow.klantgroep("matchen", null))
                .post(MELDINGEN + "/" + eersteId + "/klantgroep-besluiten").then().statusCode(200);
        asMedewerker().post(MELDINGEN + "/" + eersteId + "/doorzetten").then().statusCode(202);
        partner(wijkteam).get(EIGEN + "/" + tweedeId).then().statusCode(200).body("status", is("doorgezet"));
    }

    @Test
    @DisplayName("A ketenpartner submits signalen only: another kind is a 400 naming type, nothing written")
    void alleenSignalen() {
        long before = MeldingResourceTest.meldingCount();
        partner("kp-" + UUID.randomUUID()).body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()))
                .post(MELDINGEN).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", contains("type"));
        assertEquals(before, MeldingResourceTest.meldingCount());
    }
}
