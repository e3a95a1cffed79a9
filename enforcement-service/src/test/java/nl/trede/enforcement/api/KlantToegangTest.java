package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static nl.trede.platform.testsupport.KlantToegangChecks.nietGevonden;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
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
 * Per-record access in enforcement (README "Tokens and roles"; AVG art. 5 lid 1 sub c and art. 25: a klantmanager
 * processes the data of the klanten of their own caseload and teams only): a klantmanager reaches a klant's
 * gedragingen through a casework zaak of their team or with them as regisseur, as the {@code zaak_toegang} projection
 * knows it from casework's events; anything else is 404 problem+json, exactly like a gedraging that does not exist, and
 * changes nothing; handhaver and teamleider see every klant; lists filter in the query and count what they show.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KlantToegangTest {

    static final String PATH = GedragingFlowTest.PATH;
    static final LocalDate VANDAAG = TestDag.vandaag();

    @ConfigProperty(name = "trede.topics.casework")
    String caseworkTopic;

    @Inject
    EntityManager em;

    static Map<String, Object> gedraging(UUID klant) {
        return Map.of("klantId", klant.toString(), "categorie", "no-show", "datum", VANDAAG.minusDays(3).toString());
    }

    static String registreerAlsHandhaver(UUID klant) {
        return as(Roles.HANDHAVER, "hh-1").body(gedraging(klant)).post(PATH).then().statusCode(201).extract()
                .path("id");
    }

    static int versie(String id) {
        return as(Roles.HANDHAVER, "hh-1").get(PATH + "/" + id).then().statusCode(200).extract().path("version");
    }

    static String etag(String id) {
        return as(Roles.HANDHAVER, "hh-1").get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Every operation a klantmanager has on one gedraging, with a body that is valid for it. */
    static List<ValidatableResponse> elkeOperatie(String id, String user, String... teams) {
        String tag = etag(id);
        LocalDate gisteren = VANDAAG.minusDays(1);
        return List.of(
                as(Roles.KLANTMANAGER, user, teams).get(PATH + "/" + id).then(),
                as(Roles.KLANTMANAGER, user, teams).header("If-Match", tag).body(Map.of("kanaal", "brief",
                        "verzondenOp", VANDAAG.minusDays(2).toString(), "gesprekOp", gisteren.toString()))
                        .post(PATH + "/" + id + "/hoorverzoek").then(),
                as(Roles.KLANTMANAGER, user, teams).header("If-Match", tag).body(Map.of("verzondenOp",
                        VANDAAG.minusDays(2).toString(), "gesprekOp", gisteren.toString(), "aangetekend", true,
                        "regulier", true)).post(PATH + "/" + id + "/hersteltermijn").then(),
                as(Roles.KLANTMANAGER, user, teams).header("If-Match", tag).body(Map.of("gehoordOp",
                        gisteren.toString())).post(PATH + "/" + id + "/horen").then(),
                as(Roles.KLANTMANAGER, user, teams).header("If-Match", tag).body(Map.of("verwijtbaar", true,
                        "waarschuwing", false, "normPerMaand", new java.math.BigDecimal("1401.53")))
                        .post(PATH + "/" + id + "/voorstel").then(),
                as(Roles.KLANTMANAGER, user, teams).header("If-Match", tag).body(Map.of("soort",
                        "gezamenlijk-overleg", "datum", gisteren.toString()))
                        .post(PATH + "/" + id + "/zorgafstemming").then());
    }

    static long totaal(RequestSpecification spec, Map<String, ?> query) {
        return ((Number) spec.queryParams(query).get(PATH).then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    void aKlantmanagerOfAnotherTeamGets404OnEveryOperationAndChangesNothing() {
        String teamA = "team-a-" + UUID.randomUUID();
        String teamB = "team-b-" + UUID.randomUUID();
        UUID klantA = UUID.randomUUID();
        UUID klantB = UUID.randomUUID();
        TestZaken.zaak(klantA, teamA, null);
        TestZaken.zaak(klantB, teamB, null);
        String vanB = registreerAlsHandhaver(klantB);

        // team A: 404 problem+json on every operation on B's gedraging, as for an id that does not exist ...
        for (ValidatableResponse r : elkeOperatie(vanB, "km-a", teamA)) {
            nietGevonden(r);
        }
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA).get(PATH + "/" + UUID.randomUUID()).then());
        // ... and nothing changed
        assertEquals(0, versie(vanB));
        as(Roles.HANDHAVER, "hh-1").get(PATH + "/" + vanB).then().body("status", is("geregistreerd"));
        // registering for B's klant: 404, nothing written
        nietGevonden(as(Roles.KLANTMANAGER, "km-a", teamA).body(gedraging(klantB)).post(PATH).then());
        assertEquals(1, totaal(as(Roles.HANDHAVER, "hh-1"), Map.of("klantId", klantB.toString())));

        // team B, the owner: every operation answers as the procedure says (2xx for a valid step)
        as(Roles.KLANTMANAGER, "km-b", teamB).get(PATH + "/" + vanB).then().statusCode(200)
                .body("klantId", is(klantB.toString()));
        as(Roles.KLANTMANAGER, "km-b", teamB).header("If-Match", etag(vanB)).body(Map.of("kanaal", "brief",
                        "verzondenOp", VANDAAG.minusDays(2).toString(), "gesprekOp", VANDAAG.minusDays(1).toString()))
                .post(PATH + "/" + vanB + "/hoorverzoek").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-b", teamB).body(gedraging(klantB)).post(PATH).then().statusCode(201);

        // handhaver and teamleider: municipality-wide, whatever their teams
        as(Roles.HANDHAVER, "hh-2", "team-elders").get(PATH + "/" + vanB).then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-1", "team-elders").get(PATH + "/" + vanB).then().statusCode(200);
        as(Roles.HANDHAVER, "hh-2", "team-elders").body(gedraging(UUID.randomUUID())).post(PATH).then()
                .statusCode(201);
    }

    @Test
    void theListShowsAndCountsOnlyTheCallersKlanten() {
        String teamA = "team-a-" + UUID.randomUUID();
        String teamB = "team-b-" + UUID.randomUUID();
        UUID klantA = UUID.randomUUID();
        UUID klantB = UUID.randomUUID();
        TestZaken.zaak(klantA, teamA, null);
        TestZaken.zaak(klantB, teamB, null);
        for (int i = 0; i < 3; i++) {
            registreerAlsHandhaver(klantA);
        }
        registreerAlsHandhaver(klantB);

        RequestSpecification a = as(Roles.KLANTMANAGER, "km-a", teamA);
        assertEquals(3, totaal(a, Map.of()));
        assertEquals(3, totaal(as(Roles.KLANTMANAGER, "km-a", teamA), Map.of("klantId", klantA.toString())));
        assertEquals(0, totaal(as(Roles.KLANTMANAGER, "km-a", teamA), Map.of("klantId", klantB.toString())));
        // The suite's paging (README "API conventions"): totalItems (no alias total any more) and the Link header.
        var antwoord = as(Roles.KLANTMANAGER, "km-a", teamA).queryParam("page", 2).queryParam("pageSize", 2)
                .get(PATH).then().statusCode(200).body("totalItems", is(3)).body("$", not(hasKey("total")))
                .body("page", is(2)).body("pageSize", is(2)).extract();
        assertEquals(List.of(klantA.toString()), antwoord.path("gedragingen.klantId"));
        String link = antwoord.header("Link");
        assertTrue(link.contains(PATH + "?page=1&pageSize=2>; rel=\"first\""), link);
        assertTrue(link.contains(PATH + "?page=1&pageSize=2>; rel=\"prev\""), link);
        assertTrue(link.contains(PATH + "?page=2&pageSize=2>; rel=\"last\""), link);
        assertFalse(link.contains("rel=\"next\""), link);
        assertEquals(1, totaal(as(Roles.KLANTMANAGER, "km-b", teamB), Map.of()));
        assertEquals(4, totaal(as(Roles.TEAMLEIDER, "tl-1", "team-elders"),
                Map.of("klantId", klantA.toString())) + totaal(as(Roles.TEAMLEIDER, "tl-1", "team-elders"),
                Map.of("klantId", klantB.toString())));
    }

    @Test
    void theRegisseurReachesTheKlantAndARegieChangeMovesAccess() {
        String teamA = "team-a-" + UUID.randomUUID();
        String teamB = "team-b-" + UUID.randomUUID();
        UUID klant = UUID.randomUUID();
        UUID zaak = TestZaken.zaak(klant, teamA, "km-anna");    // opened directly by km-anna
        String id = registreerAlsHandhaver(klant);
        as(Roles.KLANTMANAGER, "km-anna", "team-elders").get(PATH + "/" + id).then().statusCode(200);

        Instant nu = Instant.now();
        TestZaken.regie(klant, zaak, teamB, "km-bob", nu);
        as(Roles.KLANTMANAGER, "km-bob", "team-elders").get(PATH + "/" + id).then().statusCode(200);
        nietGevonden(as(Roles.KLANTMANAGER, "km-anna", teamA).get(PATH + "/" + id).then());
        // an older regie change delivered late does not undo the newer one
        TestZaken.regie(klant, zaak, teamA, "km-anna", nu.minusSeconds(60));
        nietGevonden(as(Roles.KLANTMANAGER, "km-anna", teamA).get(PATH + "/" + id).then());
        as(Roles.KLANTMANAGER, "km-b2", teamB).get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void aClosedZaakKeepsReadingForItsTeamButNotActing() {
        String team = "team-a-" + UUID.randomUUID();
        UUID klant = UUID.randomUUID();
        UUID zaak = TestZaken.zaak(klant, team, null);
        String id = registreerAlsHandhaver(klant);
        TestZaken.afsluiten(klant, zaak);

        as(Roles.KLANTMANAGER, "km-a", team).get(PATH + "/" + id).then().statusCode(200);
        assertEquals(1, totaal(as(Roles.KLANTMANAGER, "km-a", team), Map.of("klantId", klant.toString())));
        as(Roles.KLANTMANAGER, "km-a", team).header("If-Match", etag(id)).body(Map.of("gehoordOp",
                        VANDAAG.minusDays(1).toString())).post(PATH + "/" + id + "/horen").then().statusCode(403)
                .contentType("application/problem+json").body("code", is("zaak-afgesloten"));
        as(Roles.KLANTMANAGER, "km-a", team).body(gedraging(klant)).post(PATH).then().statusCode(403);
        assertEquals(0, versie(id));
        assertEquals(1, totaal(as(Roles.HANDHAVER, "hh-1"), Map.of("klantId", klant.toString())));
        // a new open zaak of the team gives the klant back to act on
        TestZaken.zaak(klant, team, null);
        as(Roles.KLANTMANAGER, "km-a", team).body(gedraging(klant)).post(PATH).then().statusCode(201);
    }

    @Test
    void caseworkEventsReachTheProjectionThroughTheInboxInAnyOrderAndOnce() throws Exception {
        String team = "team-a-" + UUID.randomUUID();
        UUID klant = UUID.randomUUID();
        UUID zaak = UUID.randomUUID();
        String id = registreerAlsHandhaver(klant);
        Instant nu = Instant.now();
        CloudEvent regie = TestZaken.event(ZaakToegangProjectie.REGISSEUR_TOEGEWEZEN, klant, Map.of("zaakId", zaak,
                "team", team, "regisseur", "km-carla"), nu);
        CloudEvent aangemaakt = TestZaken.event(ZaakToegangProjectie.ZAAK_AANGEMAAKT, klant, Map.of("zaakId", zaak,
                "team", "team-werk", "klantgroep", "matchen"), nu.minusSeconds(5));
        // the regie change first (a redelivery put it there), then the creation, then the change again
        KlantToegangChecks.publiceer(caseworkTopic, klant, regie, aangemaakt, regie);
        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline)) {
            status = as(Roles.KLANTMANAGER, "km-d", team).get(PATH + "/" + id).then().extract().statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, status, "the regie event reached the projection");
        // the creation arrived after the regie change and did not put the zaak back in the default team's queue
        awaitProcessed(aangemaakt);
        nietGevonden(as(Roles.KLANTMANAGER, "km-werk", "team-werk").get(PATH + "/" + id).then());
        as(Roles.KLANTMANAGER, "km-carla", "team-elders").get(PATH + "/" + id).then().statusCode(200);
        // once: the redelivered event id is in the inbox, a second application has no effect
        assertFalse(TestZaken.verwerk(regie), "the inbox knows the redelivered event");
    }

    /** Waits until the consumer has recorded the event in the inbox (its effect committed with it). */
    void awaitProcessed(CloudEvent event) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            long n = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT count(*) FROM inbox_event WHERE event_id = ?1").setParameter(1, event.getId())
                    .getSingleResult()).longValue());
            if (n == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("event " + event.getId() + " was not consumed");
    }
}
