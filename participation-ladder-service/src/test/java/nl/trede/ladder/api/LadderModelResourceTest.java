package nl.trede.ladder.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Heemskerk's municipal ladder as data, the mapping between models, and new model versions (the ladder README). */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class LadderModelResourceTest {

    static final String TREDEN = "/api/ladder/v1/treden";
    static final String MODELLEN = "/api/ladder/v1/ladder-modellen";

    @Test
    @DisplayName("sources H2.3/H2.4: Heemskerk 2018 has trede 1 Rust and sub-treden 2.1-2.6 of trede 2")
    void heemskerkIsSeededWithItsSubTreden() {
        as(Roles.KLANTMANAGER).queryParam("model", "heemskerk").get(TREDEN).then().statusCode(200)
                .body("model.code", is("heemskerk"))
                .body("model.versie", is("2018"))
                .body("model.geldigVanaf", is("2018-02-19"))
                .body("treden.nummer", contains(1, 2, 3, 4, 5, 6))
                .body("treden[0].naam", is("Rust (altijd tijdelijk)"))
                .body("treden[0].definitie", is("Tijdelijk niet sociaal en economisch actief"))
                .body("treden[0].voorbeeld", is("Cliënt heeft verschillende problematiek (psychisch en lichamelijk). "
                        + "Cliënt 'doet' niets."))
                .body("treden[0].subTreden", empty())
                .body("treden[1].definitie", is("Sociaal activering, zonder directe groei naar arbeid"))
                .body("treden[1].subTreden.code", contains("2.1", "2.2", "2.3", "2.4", "2.5", "2.6"))
                .body("treden[1].subTreden.naam", contains("Sociale activering, zonder directe groei naar werk",
                        "Oplossingsgericht", "Tegenprestatie", "Vrijwilligerswerk (op dit moment) maximaal haalbaar",
                        "Voortraject re-integratie", "Parttime(werk) (op dit moment) maximaal haalbaar"))
                .body("treden[1].subTreden.definitie", contains("Cliënt wordt geholpen bij zijn problematiek",
                        "Cliënt volgt een sociaal activeringstraject",
                        "Cliënt is nog niet toe aan vrijwilligerswerk, maar voert af en toe een tegenprestatie uit",
                        "Cliënt doet aan vrijwilligerswerk, nog niet beschikbaar voor 'gewoon' werk",
                        "Cliënt wordt voorbereid op part time werk",
                        "Cliënt voert parttime werk uit, wordt gemotiveerd om zijn belastbaarheid te vergroten"))
                .body("treden[1].subTreden.bron", everyItem(containsString("definition verbatim thesis §4.2.2")))
                // sources H2.6: B5 "Periodieke controle" for 1, 2.1-2.3 (6 months [DERIVED]), yearly for the rest.
                .body("treden[1].subTreden.herbeoordelingMaanden", contains(6, 6, 6, 12, 12, 12))
                .body("treden[0].herbeoordelingMaanden", is(6))
                .body("treden[2].definitie", is("Sociaal activering gericht richting werk"))
                .body("treden[5].definitie", is("Direct naar (fulltime) werk via het werkgeversservicepunt (WSP)"))
                .body("treden.subTreden[2]", empty());
        as(Roles.BELEIDSMEDEWERKER).get(MODELLEN + "/heemskerk/versies/2018").then().statusCode(200)
                .body("treden[1].subTreden.size()", is(6));
        as(Roles.BELEIDSMEDEWERKER).get(MODELLEN + "/heemskerk/versies/1999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("sources H2.3, H10 item 11: Heemskerk 2.4 is VNG trede 4 and 2.6 is VNG trede 5, as data")
    void theMappingBetweenModelsIsDocumentedData() {
        as(Roles.BELEIDSMEDEWERKER).queryParam("van", "heemskerk").queryParam("naar", "divosa")
                .get(MODELLEN + "/koppelingen").then().statusCode(200)
                .body("size()", is(12))
                .body("find { it.vanSubTrede == '2.4' }.naarTrede", is(4))
                .body("find { it.vanSubTrede == '2.4' }.bron", containsString("H10 item 11"))
                .body("find { it.vanSubTrede == '2.6' }.naarTrede", is(5))
                .body("find { it.vanTrede == 1 }.naarTrede", is(1))
                .body("van.code", everyItem(is("heemskerk")))
                .body("naar.versie", everyItem(is("2008")))
                .body("findAll { it.vanSubTrede != '2.4' && it.vanSubTrede != '2.6' }.bron", everyItem(containsString("[D]")));
        as(Roles.BELEIDSMEDEWERKER).queryParam("van", "divosa").queryParam("naar", "heemskerk")
                .get(MODELLEN + "/koppelingen").then().statusCode(200).body("size()", is(0));
        as(Roles.BELEIDSMEDEWERKER).queryParam("van", "heemskerk").get(MODELLEN + "/koppelingen")
                .then().statusCode(400).body("invalidParams[0].name", is("naar"));
    }

    static Map<String, Object> model(String code, String versie, String vanaf, String tot) {
        List<Map<String, Object>> treden = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            Map<String, Object> t = new HashMap<>(Map.of("nummer", n, "naam", "Trede " + n, "definitie", "Definitie " + n,
                    "bron", "test"));
            if (n == 2) {
                t.put("subTreden", List.of(
                        Map.of("code", "2.1", "naam", "Laag", "definitie", "d", "bron", "test"),
                        Map.of("code", "2.2", "naam", "Hoog", "definitie", "d", "bron", "test",
                                "herbeoordelingMaanden", 3)));
                t.put("herbeoordelingMaanden", 6);
            }
            treden.add(t);
        }
        Map<String, Object> m = new HashMap<>(Map.of("code", code, "naam", "Test " + code, "versie", versie,
                "geldigVanaf", vanaf, "bron", "test", "treden", treden));
        m.put("geldigTot", tot);
        return m;
    }

    static String randomCode() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("A functioneel beheerder adds versions; a later version succeeds the open one; no overlap (409)")
    void aFunctioneelBeheerderAddsVersionsThatDoNotOverlap() {
        String code = randomCode();
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(model(code, "1", "2020-01-01", null))
                .post(MODELLEN).then().statusCode(201)
                .header("Location", endsWith(MODELLEN + "/" + code + "/versies/1"))
                .body("model.code", is(code))
                .body("model.geldigTot", nullValue())
                .body("treden.nummer", contains(1, 2, 3, 4, 5, 6))
                .body("treden[1].subTreden.code", contains("2.1", "2.2"))
                .body("treden[1].subTreden.herbeoordelingMaanden", contains(6, 3))
                .body("treden[0].herbeoordelingMaanden", is(12));
        // A version that starts on the open version's first day overlaps it; the same versie is immutable.
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(model(code, "2", "2020-01-01", null))
                .post(MODELLEN).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("geldigheid-overlapt"))
                .body("existing", is(MODELLEN + "/" + code + "/versies/1"));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(model(code, "1", "2030-01-01", null))
                .post(MODELLEN).then().statusCode(409).body("code", is("versie-bestaat"));
        // A later version succeeds the open one, which ends the day before; a version cannot be lengthened.
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(model(code, "2", "2026-01-01", null))
                .post(MODELLEN).then().statusCode(201);
        as(Roles.KLANTMANAGER).get(MODELLEN + "/" + code + "/versies/1").then().statusCode(200)
                .body("model.geldigTot", is("2025-12-31"));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(Map.of("geldigTot", "2026-06-30"))
                .post(MODELLEN + "/" + code + "/versies/1/beeindiging").then().statusCode(409)
                .body("code", is("geldigheid-alleen-inkorten"));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(Map.of("geldigTot", "2019-12-31"))
                .post(MODELLEN + "/" + code + "/versies/1/beeindiging").then().statusCode(400)
                .body("invalidParams[0].name", is("geldigTot"));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(model(code, "3", "2025-12-31", null))
                .post(MODELLEN).then().statusCode(409).body("code", is("geldigheid-overlapt"));
        as(Roles.KLANTMANAGER).get(MODELLEN).then().statusCode(200)
                .body("ladderModellen.findAll { it.code == '" + code + "' }.versie", contains("1", "2"));
        as(Roles.KLANTMANAGER).queryParam("model", code).get(TREDEN).then().statusCode(200)
                .body("model.versie", is("2"));
        // A model that is not the default one is retired by ending its last version.
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(Map.of("geldigTot", "2030-12-31"))
                .post(MODELLEN + "/" + code + "/versies/2/beeindiging").then().statusCode(200)
                .body("model.geldigTot", is("2030-12-31"));
    }

    @Test
    @DisplayName("sources H2.2/H2.4: six treden 1-6 and sub-treden of their own trede, else 400")
    void anInvalidDefinitionIs400NamingEveryField() {
        Map<String, Object> bad = model("Niet Kebab", "1", "2020-01-01", "2019-01-01");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> treden = (List<Map<String, Object>>) bad.get("treden");
        treden.get(1).put("subTreden", List.of(Map.of("code", "3.1", "naam", "x", "definitie", "d", "bron", "b"),
                Map.of("code", "2.x", "naam", "x", "definitie", "d", "bron", "b")));
        treden.get(5).put("nummer", 5);
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(bad).post(MODELLEN)
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("code", "geldigTot", "treden[1].subTreden[0].code",
                        "treden[1].subTreden[1].code", "treden[5].nummer"))
                .body("invalidParams.find { it.name == 'treden[1].subTreden[0].code' }.reason",
                        is("sub-trede 3.1 does not belong to trede 2"));
        Map<String, Object> vijf = model(randomCode(), "1", "2020-01-01", null);
        ((List<?>) vijf.get("treden")).remove(5);
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(vijf).post(MODELLEN)
                .then().statusCode(400).body("invalidParams.name", hasItem("treden"));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body("{\"code\": 1,").post(MODELLEN)
                .then().statusCode(400).contentType("application/problem+json");
    }

    static List<Map<String, Object>> rijen() {
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            rijen.add(new HashMap<>(Map.of("vanTrede", n, "naarTrede", n, "bron", "[D] test")));
        }
        rijen.add(new HashMap<>(Map.of("vanTrede", 2, "vanSubTrede", "2.2", "naarTrede", 4, "bron", "test")));
        return rijen;
    }

    @Test
    @DisplayName("sources H2.3: a new version gets its own documented mapping, complete per trede")
    void aFunctioneelBeheerderAddsTheMappingOfANewVersion() {
        String code = randomCode();
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(model(code, "1", "2020-01-01", null))
                .post(MODELLEN).then().statusCode(201);
        // Without a mapping a report in divosa is refused, never silently mixed.
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", code).queryParam("naarModel", "divosa")
                .get("/api/ladder/v1/rapportages/verdeling").then().statusCode(400)
                .body("invalidParams[0].name", is("naarModel"));
        Map<String, Object> body = new HashMap<>(Map.of("van", Map.of("code", code, "versie", "1"),
                "naar", Map.of("code", "divosa", "versie", "2008"), "rijen", rijen()));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(body).post(MODELLEN + "/koppelingen")
                .then().statusCode(201)
                .header("Location", endsWith(MODELLEN + "/koppelingen?van=" + code + "&naar=divosa"))
                .body("size()", is(7))
                .body("find { it.vanSubTrede == '2.2' }.naarTrede", is(4));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", code).queryParam("naarModel", "divosa")
                .get("/api/ladder/v1/rapportages/verdeling").then().statusCode(200)
                .body("naarModel", is("divosa")).body("totaal.aantal", is(0));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json").body(body).post(MODELLEN + "/koppelingen")
                .then().statusCode(409).body("code", is("koppeling-bestaat"));

        List<Map<String, Object>> slecht = rijen();
        slecht.remove(5);                                   // no row for trede 6
        slecht.get(1).put("vanSubTrede", "3.1");            // not a sub-trede of trede 2 (and trede 2 loses its row)
        slecht.add(new HashMap<>(Map.of("vanTrede", 2, "vanSubTrede", "2.7", "naarTrede", 3, "bron", "x")));
        as(Roles.FUNCTIONEEL_BEHEERDER).contentType("application/json")
                .body(Map.of("van", Map.of("code", code, "versie", "1"), "naar", Map.of("code", "divosa",
                        "versie", "1999"), "rijen", slecht))
                .post(MODELLEN + "/koppelingen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("naar"))
                .body("invalidParams.name", hasItem("rijen[1].vanSubTrede"))
                .body("invalidParams.name", hasItem("rijen[6].vanSubTrede"))
                .body("invalidParams.reason", hasItem("trede 6 has no row of its own (vanSubTrede null)"))
                .body("invalidParams.reason", hasItem("trede 2 has no row of its own (vanSubTrede null)"));
        as(Roles.KLANTMANAGER).contentType("application/json").body(body).post(MODELLEN + "/koppelingen")
                .then().statusCode(403);
    }

    @Test
    void onlyTheFunctioneelBeheerderWritesModels() {
        for (String role : List.of(Roles.KLANTMANAGER, Roles.BELEIDSMEDEWERKER, Roles.TEAMLEIDER, Roles.SERVICE)) {
            as(role).contentType("application/json").body(model(randomCode(), "1", "2020-01-01", null))
                    .post(MODELLEN).then().statusCode(403).contentType("application/problem+json");
            as(role).contentType("application/json").body(Map.of("geldigTot", "2025-12-31"))
                    .post(MODELLEN + "/heemskerk/versies/2018/beeindiging").then().statusCode(403);
        }
    }
}
