package nl.trede.worklist.api;

import static nl.trede.worklist.api.Bronnen.WERKVOORRAAD;
import static nl.trede.worklist.api.Bronnen.als;
import static nl.trede.worklist.api.Bronnen.eventually;
import static nl.trede.worklist.api.Bronnen.ids;
import static nl.trede.worklist.api.Bronnen.item;
import static nl.trede.worklist.api.Bronnen.met;
import static nl.trede.worklist.api.Bronnen.snapshot;
import static nl.trede.worklist.api.Bronnen.verwerkt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The werkvoorraad end to end: snapshots on the services' topics (docs/contracts/werkitems.md) → the read model →
 * GET /werkitems and /werkitems/telling with filters, due windows, paging and the per-record access of README "Tokens
 * and roles". The windows are computed on a fixed day, Wednesday 2027-01-27 (the service clock is moved there), whose
 * week ends on Sunday 2027-01-31 (ISO 8601 weeks).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@Tag(TestDag.DATUM)
class WerkitemResourceTest {

    static final LocalDate WOENSDAG = LocalDate.of(2027, 1, 27);

    @Inject
    TestClock clock;

    @BeforeEach
    void woensdag() {
        clock.naar(WOENSDAG);
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void aNewerSnapshotReplacesTheKlantsItemsAnOlderOneIsIgnoredAndAnEmptyOneRemovesThem() {
        String team = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        RequestSpecification km = als("klantmanager", "km-" + team, team);
        Map<String, Object> query = Map.of("klantId", klant.toString());

        snapshot("casework", klant, 2, item("taak:a", "casework.taak", WOENSDAG, "klantmanager", team, null),
                item("taak:b", "casework.review", WOENSDAG.plusDays(3), "klantmanager", team, null));
        eventually(() -> ids(als("klantmanager", "km-" + team, team), query).size() == 2, "the first snapshot");

        verwerkt(snapshot("casework", klant, 1, item("taak:oud", "casework.taak", WOENSDAG, "klantmanager", team,
                null)));
        assertEquals(List.of("taak:a", "taak:b"), ids(km, query), "an older volgnummer changes nothing");
        verwerkt(snapshot("casework", klant, 2, item("taak:zelfde", "casework.taak", WOENSDAG, "klantmanager", team,
                null)));
        assertEquals(List.of("taak:a", "taak:b"), ids(als("klantmanager", "km-" + team, team), query),
                "the same volgnummer changes nothing");

        verwerkt(snapshot("casework", klant, 3, item("taak:c", "casework.taak", WOENSDAG, "klantmanager", team,
                null)));
        assertEquals(List.of("taak:c"), ids(als("klantmanager", "km-" + team, team), query), "replaced as a whole");

        // Another bron's items of the same klant stand beside casework's.
        verwerkt(snapshot("ladder", klant, 1, item("verwachte-meting:" + klant, "ladder.meting", WOENSDAG,
                "klantmanager", team, null)));
        assertEquals(List.of("taak:c", "verwachte-meting:" + klant), ids(als("klantmanager", "km-" + team, team),
                query));

        verwerkt(snapshot("casework", klant, 4));
        assertEquals(List.of("verwachte-meting:" + klant), ids(als("klantmanager", "km-" + team, team), query),
                "an empty snapshot removes casework's items");

        als("klantmanager", "km-" + team, team).get(WERKVOORRAAD + "/werkitems").then().statusCode(200)
                .body("actualiteit.bron", hasItems("intake", "casework", "enforcement", "ladder"))
                .body("actualiteit.find { it.bron == 'casework' }.bijgewerktTot", notNullValue());
    }

    @Test
    void filtersWindowsSortingAndPaging() {
        String team = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        String km = "km-" + team;
        verwerkt(snapshot("casework", klant, 1,
                item("taak:later", "casework.review", LocalDate.of(2027, 2, 1), "klantmanager", team, null),
                item("taak:zondag", "casework.taak", LocalDate.of(2027, 1, 31), "klantmanager", team, km),
                item("taak:vandaag-b", "casework.taak", WOENSDAG, "klantmanager", team, km),
                item("taak:vandaag-a", "casework.evaluatie", WOENSDAG, "klantmanager", team, null),
                met(item("taak:verlopen", "casework.taak", LocalDate.of(2027, 1, 26), "klantmanager", team, null),
                        "klantgroep", "ontwikkelen")));
        RequestSpecification als = als("klantmanager", km, team);
        Map<String, String> klantFilter = Map.of("klantId", klant.toString());

        assertEquals(List.of("taak:verlopen", "taak:vandaag-a", "taak:vandaag-b", "taak:zondag", "taak:later"),
                ids(als, klantFilter), "by vervaldatum, then id");
        assertEquals(List.of("taak:verlopen"), ids(als("klantmanager", km, team), Map.of("klantId", klant.toString(),
                "venster", "verlopen")));
        assertEquals(List.of("taak:vandaag-a", "taak:vandaag-b"), ids(als("klantmanager", km, team),
                Map.of("klantId", klant.toString(), "venster", "vandaag")));
        assertEquals(List.of("taak:zondag"), ids(als("klantmanager", km, team), Map.of("klantId", klant.toString(),
                "venster", "deze-week")), "tomorrow up to Sunday");
        assertEquals(List.of("taak:later"), ids(als("klantmanager", km, team), Map.of("klantId", klant.toString(),
                "venster", "later")));
        assertEquals(List.of("taak:vandaag-b", "taak:zondag"), ids(als("klantmanager", km, team),
                Map.of("toegewezenAan", "ik", "team", team)));
        assertEquals(List.of("taak:vandaag-b", "taak:zondag"), ids(als("klantmanager", km, team),
                Map.of("toegewezenAan", km)));
        assertEquals(List.of("taak:verlopen", "taak:vandaag-b", "taak:zondag"), ids(als("klantmanager", km, team),
                Map.of("team", team, "soort", "casework.taak")));
        assertEquals(List.of("taak:verlopen"), ids(als("klantmanager", km, team), Map.of("team", team,
                "klantgroep", "ontwikkelen")));
        assertEquals(List.of(), ids(als("klantmanager", km, team), Map.of("team", team, "rol", "handhaver")));

        als("klantmanager", km, team).queryParam("team", team).queryParam("pageSize", 2).queryParam("page", 2)
                .get(WERKVOORRAAD + "/werkitems").then().statusCode(200)
                .body("totalItems", is(5)).body("page", is(2)).body("pageSize", is(2))
                .body("werkitems.id", equalTo(List.of("taak:vandaag-b", "taak:zondag")))
                .body("werkitems[0].bron", is("casework")).body("werkitems[0].klantId", is(klant.toString()))
                .body("werkitems[0].vervaldatum", is("2027-01-27")).body("werkitems[0].status", is("open"))
                .body("werkitems[0].pad", startsWith("/api/casework/v1/taken/"))
                .header("Link", containsString("rel=\"next\"")).header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("team=" + team));
    }

    @Test
    void tellingPerSoortAndWindow() {
        String team = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        verwerkt(snapshot("casework", klant, 1,
                item("t1", "casework.taak", LocalDate.of(2027, 1, 20), "klantmanager", team, null),
                item("t2", "casework.taak", LocalDate.of(2027, 1, 26), "klantmanager", team, null),
                item("t3", "casework.taak", WOENSDAG, "klantmanager", team, null),
                item("t4", "casework.taak", LocalDate.of(2027, 1, 28), "klantmanager", team, null),
                item("r1", "casework.review", LocalDate.of(2027, 3, 1), "klantmanager", team, null)));
        als("klantmanager", "km-" + team, team).queryParam("team", team).get(WERKVOORRAAD + "/werkitems/telling")
                .then().statusCode(200)
                .body("peildatum", is("2027-01-27"))
                .body("perSoort.soort", equalTo(List.of("casework.review", "casework.taak")))
                .body("perSoort[1].verlopen", is(2)).body("perSoort[1].vandaag", is(1))
                .body("perSoort[1].dezeWeek", is(1)).body("perSoort[1].later", is(0))
                .body("perSoort[1].totaal", is(4))
                .body("perSoort[0].later", is(1))
                .body("totaal.verlopen", is(2)).body("totaal.totaal", is(5))
                .body("actualiteit.size()", is(4));
        als("klantmanager", "km-ander", Bronnen.nieuwTeam()).queryParam("klantId", klant.toString())
                .get(WERKVOORRAAD + "/werkitems/telling").then().statusCode(200)
                .body("perSoort.size()", is(0)).body("totaal.totaal", is(0));
    }

    @Test
    void eachRoleSeesOnlyItsOwnWork() {
        String team = Bronnen.nieuwTeam();
        String anderTeam = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        verwerkt(snapshot("intake", klant, 1, item("termijn:1", "intake.beslistermijn", WOENSDAG, "intake-medewerker",
                null, null)));
        verwerkt(snapshot("enforcement", klant, 1, item("gedraging:1", "enforcement.besluit", WOENSDAG, "handhaver",
                null, null)));
        verwerkt(snapshot("casework", klant, 1,
                item("taak:team", "casework.taak", WOENSDAG, "klantmanager", team, null),
                item("taak:ander", "casework.taak", WOENSDAG, "klantmanager", anderTeam, "km-mij")));
        verwerkt(snapshot("ladder", klant, 1, item("verwachte-meting:1", "ladder.meting", WOENSDAG, "klantmanager",
                null, null)));
        Map<String, String> q = Map.of("klantId", klant.toString());

        assertEquals(List.of("termijn:1"), ids(als("intake-medewerker", "im-1"), q));
        assertEquals(List.of("gedraging:1"), ids(als("handhaver", "hh-1"), q));
        assertEquals(List.of("taak:team"), ids(als("teamleider", "tl-1", team), q));
        assertEquals(List.of("taak:ander", "taak:team"), ids(als("klantmanager", "km-mij", team), q),
                "their team's, and the one assigned to them in another team");
        // Another team's klantmanager: the klantId filter gives an empty page, not an error.
        als("klantmanager", "km-vreemd", Bronnen.nieuwTeam()).queryParams(q).get(WERKVOORRAAD + "/werkitems").then()
                .statusCode(200).body("werkitems.size()", is(0)).body("totalItems", is(0));

        // The ladder's item has no team: it follows the klant's casework zaak (platform zaak_toegang projection).
        TestZaken.zaak(klant, team, null);
        assertEquals(List.of("taak:team", "verwachte-meting:1"), ids(als("klantmanager", "km-" + team, team), q));
        assertEquals(List.of(), ids(als("klantmanager", "km-" + anderTeam, anderTeam), Map.of("klantId",
                klant.toString(), "soort", "ladder.meting")));

        for (String rol : List.of("beleidsmedewerker", "ketenpartner", "gws-koppeling", "functioneel-beheerder",
                "privacy-officer")) {
            als(rol, "x-" + rol).get(WERKVOORRAAD + "/werkitems").then().statusCode(403)
                    .contentType("application/problem+json");
            als(rol, "x-" + rol).get(WERKVOORRAAD + "/werkitems/telling").then().statusCode(403);
        }
        io.restassured.RestAssured.given().get(WERKVOORRAAD + "/werkitems").then().statusCode(401);
    }
}
