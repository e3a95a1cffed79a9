package nl.trede.ladder.api;

import static nl.trede.platform.testsupport.KlantToegangChecks.nietGevonden;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.KlantToegangChecks;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.toegang.ZaakToegangProjectie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Per-record access on the ladder (README "Tokens and roles"; AVG art. 5 lid 1 sub c and art. 25: a klantmanager
 * processes the data of the klanten of their own caseload and teams only): a klantmanager reaches a klant's metingen,
 * posities and due metingen through a casework zaak of their team or with them as regisseur, as the
 * {@code zaak_toegang} projection knows it from casework's events; anything else is 404 problem+json, exactly like a
 * meting that does not exist, and records nothing; a teamleider sees every klant; the due list filters in its query
 * and counts what it shows.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KlantToegangTest {

    static final String METINGEN = MetingResourceTest.METINGEN;
    static final String KLANTEN = MetingResourceTest.KLANTEN;
    static final String VERWACHT = "/api/ladder/v1/verwachte-metingen";

    @ConfigProperty(name = "trede.topics.casework")
    String caseworkTopic;

    static String meting(String user, String team, UUID klant, String model, String datum) {
        return as(Roles.KLANTMANAGER, user, team).body(MetingResourceTest.meting(klant, model, 2, null, datum))
                .post(METINGEN).then().statusCode(201).extract().path("id");
    }

    static int aantalMetingen(UUID klant) {
        return as(Roles.TEAMLEIDER, "tl-1").get(KLANTEN + klant + "/metingen").then().statusCode(200).extract()
                .path("totalItems");
    }

    @Test
    void aKlantmanagerOfAnotherTeamGets404OnEveryOperationAndRecordsNothing() {
        String teamA = "team-a-" + UUID.randomUUID();
        String teamB = "team-b-" + UUID.randomUUID();
        UUID klantA = UUID.randomUUID();
        UUID klantB = UUID.randomUUID();
        TestZaken.zaak(klantA, teamA, null);
        TestZaken.zaak(klantB, teamB, null);
        String vanB = meting("km-b", teamB, klantB, "heemskerk", "2026-01-05");

        RequestSpecification a = as(Roles.KLANTMANAGER, "km-a", teamA);
        nietGevonden(a.get(METINGEN + "/" + vanB).then());
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA).get(METINGEN + "/" + UUID.randomUUID()).then());
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA).get(KLANTEN + klantB + "/metingen").then());
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA).get(KLANTEN + klantB + "/posities").then());
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA)
                .body(MetingResourceTest.meting(klantB, "heemskerk", 3, null, "2026-01-06")).post(METINGEN).then());
        assertEquals(1, aantalMetingen(klantB), "nothing recorded for B's klant");

        // the owner, and the teamleider municipality-wide
        as(Roles.KLANTMANAGER, "km-b", teamB).get(METINGEN + "/" + vanB).then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-b", teamB).get(KLANTEN + klantB + "/metingen").then().statusCode(200)
                .body("totalItems", is(1));
        as(Roles.KLANTMANAGER, "km-b", teamB).get(KLANTEN + klantB + "/posities").then().statusCode(200)
                .body("[0].trede", is(2));
        as(Roles.TEAMLEIDER, "tl-1", "team-elders").get(METINGEN + "/" + vanB).then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-1", "team-elders").get(KLANTEN + klantB + "/posities").then().statusCode(200);
        // a klant without any zaak is nobody's caseload yet
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA).get(KLANTEN + UUID.randomUUID() + "/metingen").then());
    }

    @Test
    void theDueListShowsAndCountsOnlyTheCallersKlanten() {
        String code = LadderModelResourceTest.randomCode();
        as(Roles.FUNCTIONEEL_BEHEERDER, "fb-1").body(LadderModelResourceTest.model(code, "1", "2020-01-01", null))
                .post("/api/ladder/v1/ladder-modellen").then().statusCode(201);
        String teamA = "team-a-" + UUID.randomUUID();
        String teamB = "team-b-" + UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID();
        UUID b1 = UUID.randomUUID();
        for (UUID k : List.of(a1, a2, a3)) {
            TestZaken.zaak(k, teamA, null);
        }
        TestZaken.zaak(b1, teamB, null);
        meting("km-a", teamA, a1, code, "2025-01-10");
        meting("km-a", teamA, a2, code, "2025-01-11");
        meting("km-a", teamA, a3, code, "2025-01-12");
        meting("km-b", teamB, b1, code, "2025-01-09");

        as(Roles.KLANTMANAGER, "km-a", teamA).queryParam("model", code).queryParam("peildatum", "2026-06-01")
                .queryParam("pageSize", 2).queryParam("page", 2).get(VERWACHT).then().statusCode(200)
                .body("totalItems", is(3)).body("verwachteMetingen.klantId", contains(a3.toString()))
                // README "API conventions", paging: the Link header keeps the filter and counts what the caller sees
                .header("Link", containsString(VERWACHT + "?model=" + code
                        + "&peildatum=2026-06-01&page=2&pageSize=2>; rel=\"last\""))
                .header("Link", containsString("&page=1&pageSize=2>; rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")));
        as(Roles.KLANTMANAGER, "km-b", teamB).queryParam("model", code).queryParam("peildatum", "2026-06-01")
                .get(VERWACHT).then().statusCode(200).body("totalItems", is(1))
                .body("verwachteMetingen.klantId", everyItem(is(b1.toString())));
        as(Roles.TEAMLEIDER, "tl-1", "team-elders").queryParam("model", code).queryParam("peildatum", "2026-06-01")
                .get(VERWACHT).then().statusCode(200).body("totalItems", is(4));
        as(Roles.KLANTMANAGER, "km-x", "team-leeg-" + UUID.randomUUID()).queryParam("model", code)
                .queryParam("peildatum", "2026-06-01").get(VERWACHT).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void aClosedZaakKeepsReadingButRecordsNoMeting() {
        String team = "team-a-" + UUID.randomUUID();
        UUID klant = UUID.randomUUID();
        UUID zaak = TestZaken.zaak(klant, team, null);
        String id = meting("km-a", team, klant, "heemskerk", "2026-01-05");
        TestZaken.afsluiten(klant, zaak);
        as(Roles.KLANTMANAGER, "km-a", team).get(METINGEN + "/" + id).then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a", team).body(MetingResourceTest.meting(klant, "heemskerk", 3, null, "2026-01-06"))
                .post(METINGEN).then().statusCode(403).contentType("application/problem+json")
                .body("code", is("zaak-afgesloten"));
        assertEquals(1, aantalMetingen(klant));
    }

    @Test
    void theRegisseurOfACaseworkEventReachesTheKlantThroughTheInbox() throws Exception {
        UUID klant = UUID.randomUUID();
        UUID zaak = UUID.randomUUID();
        CloudEvent aangemaakt = TestZaken.event(ZaakToegangProjectie.ZAAK_AANGEMAAKT, klant, Map.of("zaakId", zaak,
                "team", "team-werk", "klantgroep", "matchen"), Instant.now().minusSeconds(5));
        CloudEvent regie = TestZaken.event(ZaakToegangProjectie.REGISSEUR_TOEGEWEZEN, klant, Map.of("zaakId", zaak,
                "team", "team-zorg", "regisseur", "km-dirk"), Instant.now());
        KlantToegangChecks.publiceer(caseworkTopic, klant, regie, aangemaakt);
        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = as(Roles.KLANTMANAGER, "km-dirk", "team-elders").get(KLANTEN + klant + "/metingen").then()
                    .extract().statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        assertEquals(200, status, "the regie event reached the projection");
        meting("km-dirk", "team-elders", klant, "heemskerk", "2026-01-05");
    }
}
