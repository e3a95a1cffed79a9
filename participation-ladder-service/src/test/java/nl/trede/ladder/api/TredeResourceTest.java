package nl.trede.ladder.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The six treden of the Participatieladder (sources L5.2, sources H2.2), end to end. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class TredeResourceTest {

    private static final String TREDEN = "/api/ladder/v1/treden";
    private static final String MODELLEN = "/api/ladder/v1/ladder-modellen";

    /** nummer - 1 -> {naam, definitie, voorbeeld}, as the sources give them. */
    private static final List<String[]> TREDE = List.of(
            new String[] {"Geïsoleerd",
                "No or hardly any social contacts outside the home.",
                "De cliënt is vereenzaamd en/of heeft alleen contacten via internet"},
            new String[] {"Sociale contacten buitenshuis",
                "At least weekly social contacts outside the home that are not organised (neighbours, friends).",
                "De cliënt neemt incidenteel mee aan activiteiten, bezoeken van buren of vrienden"},
            new String[] {"Deelname georganiseerde activiteiten",
                "At least weekly participation in organised activities (course, schooling, active club member) "
                        + "without responsibilities.",
                "Cursus of opleiding / cliënt is een actief verenigingslid"},
            new String[] {"Onbetaald werk",
                "Tasks with responsibility towards others, with at least 1 physical contact per week: "
                        + "vrijwilligerswerk, stage, werken met behoud van uitkering.",
                "Cliënt doet werk met behoud van uitkering, stage of vrijwilligerswerk"},
            new String[] {"Betaald werk met ondersteuning",
                "Paid work with instruments (LKS, jobcoach, sociale werkvoorziening) or a supplementary benefit. "
                        + "Also work combined with inburgering/education.",
                "Cliënt doet werk met aanvullende uitkering van gemeente of UWV, werk met externe begeleiding, of "
                        + "werk en tegelijk een inburgeringscursus"},
            new String[] {"Betaald werk",
                "Paid work without a supplementary benefit or instruments. Includes zzp'er and ondernemer.",
                "Baan met arbeidscontract, zzp'r, ondernemer"});

    private static void assertDivosaModel(ValidatableResponse r, String prefix) {
        r.body(prefix + "code", is("divosa"))
                .body(prefix + "naam", is("Participatieladder (VNG/Divosa)"))
                .body(prefix + "versie", is("2008"))
                .body(prefix + "geldigVanaf", is("2009-04-01"))
                .body(prefix + "geldigTot", nullValue())
                .body(prefix + "actueel", is(true))
                .body(prefix + "bron", containsString("instrumentwijzer.nl/participatieladder"))
                .body(prefix + "bron", containsString("Regioplan"));
    }

    @Test
    void listsExactlyTheSixTredenOfTheCurrentModelWithTheirSources() {
        ValidatableResponse r = as(Roles.KLANTMANAGER).get(TREDEN).then().statusCode(200)
                .contentType("application/json")
                .header("API-Version", "1.0.0")
                .body("treden.nummer", contains(1, 2, 3, 4, 5, 6))
                .body("treden.naam", contains(TREDE.stream().map(t -> t[0]).toArray()))
                .body("treden.definitie", contains(TREDE.stream().map(t -> t[1]).toArray()))
                .body("treden.voorbeeld", contains(TREDE.stream().map(t -> t[2]).toArray()))
                .body("treden.model.code", everyItem(is("divosa")))
                .body("treden.model.versie", everyItem(is("2008")))
                .body("treden.bron", everyItem(containsString("verbatim from the VNG table")))
                .body("treden.bron", everyItem(containsString("Heemskerk thesis 2018 §")))
                .body("treden.subTreden", everyItem(org.hamcrest.Matchers.empty()))
                .body("treden.herbeoordelingMaanden", everyItem(is(12)))
                .body("treden[0].bron", containsString("[D]"))
                .body("treden[1].bron", containsString("AKC document 4402"));
        assertDivosaModel(r, "model.");
        as(Roles.KLANTMANAGER).queryParam("model", "divosa").get(TREDEN).then().statusCode(200)
                .body("model.code", is("divosa")).body("treden.size()", is(6));
    }

    @Test
    void getsEachTredeByNummer() {
        for (int n = 1; n <= 6; n++) {
            String[] t = TREDE.get(n - 1);
            as(Roles.TEAMLEIDER).get(TREDEN + "/" + n).then().statusCode(200)
                    .header("API-Version", "1.0.0")
                    .body("nummer", is(n))
                    .body("naam", is(t[0]))
                    .body("definitie", is(t[1]))
                    .body("voorbeeld", is(t[2]))
                    .body("bron", containsString("L5.2"))
                    .body("model.code", is("divosa"))
                    .body("model.versie", is("2008"));
        }
        as(Roles.TEAMLEIDER).queryParam("model", "divosa").get(TREDEN + "/4").then().statusCode(200)
                .body("naam", is("Onbetaald werk"));
    }

    @Test
    void unknownTredeIs404Problem() {
        for (String n : List.of("7", "0", "99")) {
            as(Roles.KLANTMANAGER).get(TREDEN + "/" + n).then().statusCode(404)
                    .contentType("application/problem+json")
                    .header("API-Version", "1.0.0")
                    .body("status", is(404))
                    .body("title", notNullValue())
                    .body("detail", containsString("1 to 6"));
        }
    }

    @Test
    void nonNumberIs400NamingNummer() {
        for (String n : List.of("een", "2.5", "-1", "drie")) {
            as(Roles.KLANTMANAGER).get(TREDEN + "/" + n).then().statusCode(400)
                    .contentType("application/problem+json")
                    .header("API-Version", "1.0.0")
                    .body("status", is(400))
                    .body("invalidParams.name", contains("nummer"))
                    .body("invalidParams[0].reason", containsString("whole number"));
        }
    }

    @Test
    void unknownModelIs400NamingModelAndListingTheKnownOnes() {
        as(Roles.KLANTMANAGER).queryParam("model", "heemskerk-2018").get(TREDEN).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("model"))
                .body("invalidParams[0].reason", containsString("divosa"));
        as(Roles.KLANTMANAGER).queryParam("model", "nope").get(TREDEN + "/3").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("model"));
    }

    @Test
    void listsTheLadderModels() {
        ValidatableResponse r = as(Roles.FUNCTIONEEL_BEHEERDER).get(MODELLEN).then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("ladderModellen.code", hasItem("heemskerk"))
                .body("ladderModellen.findAll { it.code == 'divosa' }.size()", is(1));
        assertDivosaModel(r, "ladderModellen.find { it.code == 'divosa' }.");
    }

    @Test
    void noTokenIs401AndARoleWithoutAccessIs403AsProblems() {
        for (String path : List.of(TREDEN, TREDEN + "/1", MODELLEN)) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .header("API-Version", "1.0.0");
            as("geen-trede-rol").get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("status", is(403));
        }
        given().header("Authorization", "Bearer " + TestTokens.expired(Roles.KLANTMANAGER)).get(TREDEN)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.jwt").get(MODELLEN)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void everyUserRoleAndTredeServiceCanRead() {
        List<String> roles = new java.util.ArrayList<>(List.of(Roles.ALL_USER_ROLES));
        roles.add(Roles.SERVICE);
        for (String role : roles) {
            as(role).get(TREDEN).then().statusCode(200).body("treden.size()", is(6));
            as(role).get(TREDEN + "/6").then().statusCode(200);
            as(role).get(MODELLEN).then().statusCode(200);
        }
    }

    @Test
    void healthOpenApiAndMetrics() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("outbox"));
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health").then().statusCode(200).body("checks.name", hasItem("outbox"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.contact.name", is("Trede"))
                // The base path is the server; the paths are relative to it (NL API Design Rules /core/uri-version).
                .body("servers[0].url", is("/api/ladder/v1"))
                .body("paths", hasKey("/treden"))
                .body("paths", hasKey("/treden/{nummer}"))
                .body("paths", hasKey("/ladder-modellen"))
                .body("paths", hasKey("/metingen"))
                .body("paths", hasKey("/klanten/{klantId}/posities"))
                .body("paths", hasKey("/verwachte-metingen"))
                .body("paths", hasKey("/rapportages/verdeling"))
                .body("paths", hasKey("/rapportages/overgangen"))
                .body("paths.'/metingen'.post.requestBody.content.'application/json'.examples",
                        hasKey("correctie"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("trede_outbox_pending"));
    }
}
