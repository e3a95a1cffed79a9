package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/**
 * README.md#tokens-and-roles (the quality requirements): a ketenpartner submits signalen and reads only their own,
 * without personal data; other roles keep the full melding API and cannot use the ketenpartner's view.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class IngediendeMeldingResourceTest {

    private static final String EIGEN = "/api/intake/v1/ingediende-meldingen";

    @Test
    void eenKetenpartnerLeestAlleenZijnEigenSignalenZonderPersoonsgegevens() {
        String bsn = MeldingResourceTest.randomBsn();
        Map<String, Object> signaal = new HashMap<>(MeldingResourceTest.melding(bsn));
        signaal.put("type", "signaal-ketenpartner");
        signaal.remove("kanaal");
        signaal.put("melder", Map.of("organisatie", "Wijkteam Noord", "soort", "wijkteam"));
        String user = "kp-" + UUID.randomUUID();
        String id = as(Roles.KETENPARTNER, user).body(signaal).post(MELDINGEN).then().statusCode(201)
                .extract().path("id");

        String naam = (String) signaal.get("naam");
        as(Roles.KETENPARTNER, user).get(EIGEN).then().statusCode(200)
                .body("meldingen.id", contains(id)).body("totalItems", is(1))
                .header("Link", containsString(EIGEN + "?page=1&pageSize=20>; rel=\"last\""))
                .body("meldingen[0].status", is("geregistreerd"))
                .body("meldingen[0].melderOrganisatie", is("Wijkteam Noord"))
                .body(not(containsString(bsn))).body(not(containsString(naam)))
                .body(not(containsString("klantId"))).body(not(containsString("geboortedatum")));
        as(Roles.KETENPARTNER, user).get(EIGEN + "/" + id).then().statusCode(200)
                .body("id", is(id)).body("type", is("signaal-ketenpartner"))
                .body(not(containsString(bsn))).body(not(containsString(naam)));

        // Another partner account: nothing, and the melding does not exist for them.
        as(Roles.KETENPARTNER, "kp-ander").get(EIGEN + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(Roles.KETENPARTNER, "kp-" + UUID.randomUUID()).get(EIGEN).then().statusCode(200).body("totalItems", is(0));
        // The ketenpartner has no access to the full melding (with the person's data) or to the work queues.
        as(Roles.KETENPARTNER, user).get(MELDINGEN + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        as(Roles.KETENPARTNER, user).get(MELDINGEN).then().statusCode(403);
        // The ketenpartner view is theirs alone.
        as(Roles.INTAKE_MEDEWERKER, "im-1").get(EIGEN).then().statusCode(403);
        as(Roles.KETENPARTNER, user).queryParam("pageSize", 0).get(EIGEN).then().statusCode(400)
                .body("invalidParams[0].name", is("pageSize"));
    }
}
