package nl.trede.worklist.api;

import static nl.trede.worklist.api.Bronnen.WERKVOORRAAD;
import static nl.trede.worklist.api.Bronnen.als;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/** Saved views per user: each user has their own; another user's view is 404 as one that does not exist. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class WeergaveResourceTest {

    private static final String WEERGAVEN = WERKVOORRAAD + "/weergaven";

    private static Response maak(String wie, Object body) {
        return als("klantmanager", wie).contentType("application/json").body(body).post(WEERGAVEN);
    }

    @Test
    void aUserSavesReadsChangesAndDeletesTheirViews() {
        String wie = "km-" + UUID.randomUUID();
        Response created = maak(wie, Map.of("naam", "Mijn verlopen reviews", "filter", Map.of("toegewezenAan", "ik",
                "soort", "casework.review", "venster", "verlopen")));
        created.then().statusCode(201).header("ETag", "\"1\"").body("naam", is("Mijn verlopen reviews"))
                .body("filter.toegewezenAan", is("ik")).body("filter.venster", is("verlopen"))
                .body("filter.team", nullValue()).body("versie", is(1));
        String id = created.path("id");
        String location = created.header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/weergaven/" + id), location);

        als("klantmanager", wie).get(WEERGAVEN + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("filter.soort", is("casework.review"));
        maak(wie, Map.of("naam", "Team", "filter", Map.of("team", "team-werk", "rol", "klantmanager")))
                .then().statusCode(201);
        als("klantmanager", wie).queryParam("pageSize", 1).get(WEERGAVEN).then().statusCode(200)
                .body("totalItems", is(2)).body("weergaven[0].naam", is("Mijn verlopen reviews"))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));

        maak(wie, Map.of("naam", "Team")).then().statusCode(409).contentType("application/problem+json");

        als("klantmanager", wie).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("naam", "Vandaag", "filter", Map.of("venster", "vandaag"))).put(WEERGAVEN + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("naam", is("Vandaag"))
                .body("filter.soort", nullValue()).body("filter.venster", is("vandaag"));
        als("klantmanager", wie).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("naam", "Oud")).put(WEERGAVEN + "/" + id).then().statusCode(412);
        als("klantmanager", wie).contentType("application/json").body(Map.of("naam", "Team"))
                .put(WEERGAVEN + "/" + id).then().statusCode(409);

        als("klantmanager", wie).delete(WEERGAVEN + "/" + id).then().statusCode(204);
        als("klantmanager", wie).get(WEERGAVEN + "/" + id).then().statusCode(404);
        als("klantmanager", wie).delete(WEERGAVEN + "/" + id).then().statusCode(404);
    }

    @Test
    void anotherUsersViewIsNotFound() {
        String eigenaar = "km-" + UUID.randomUUID();
        String id = maak(eigenaar, Map.of("naam", "Privé")).then().statusCode(201).extract().path("id");
        for (String[] ander : List.of(new String[] {"klantmanager", "km-" + UUID.randomUUID()},
                new String[] {"teamleider", "tl-" + UUID.randomUUID()})) {
            als(ander[0], ander[1]).get(WEERGAVEN + "/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            als(ander[0], ander[1]).contentType("application/json").body(Map.of("naam", "Overgenomen"))
                    .put(WEERGAVEN + "/" + id).then().statusCode(404);
            als(ander[0], ander[1]).delete(WEERGAVEN + "/" + id).then().statusCode(404);
            als(ander[0], ander[1]).get(WEERGAVEN).then().statusCode(200).body("totalItems", is(0));
        }
        als("klantmanager", eigenaar).get(WEERGAVEN + "/" + id).then().statusCode(200).body("naam", is("Privé"));
        als("klantmanager", eigenaar).get(WEERGAVEN + "/" + UUID.randomUUID()).then().statusCode(404);
        als("beleidsmedewerker", "bm").get(WEERGAVEN).then().statusCode(403);
    }

    @Test
    void anIdempotentRetryReturnsTheFirstView() {
        String wie = "km-" + UUID.randomUUID();
        String first = als("klantmanager", wie).header("Idempotency-Key", "k1").contentType("application/json")
                .body(Map.of("naam", "Eén")).post(WEERGAVEN).then().statusCode(201).extract().path("id");
        als("klantmanager", wie).header("Idempotency-Key", "k1").contentType("application/json")
                .body(Map.of("naam", "Eén")).post(WEERGAVEN).then().statusCode(200).body("id", is(first))
                .header("Location", nullValue());
        als("klantmanager", wie).get(WEERGAVEN).then().body("totalItems", is(1)).body("weergaven[0].id",
                endsWith(first.substring(30)));
    }
}
