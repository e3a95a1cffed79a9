package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The statutory gedragingscategorieen of Participatiewet art. 18 lid 4 (sources L4.3), end to end. */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class GedragingscategorieResourceTest {

    private static final String PATH = "/api/enforcement/v1/gedragingscategorieen";
    private static final String REGELSET = "pw-art-18-lid-4";

    /** Art. 18 lid 4 a-h: code, letter, and a phrase of the law text that sources L4.3 summarises. */
    private static final List<String[]> CATEGORIEEN = List.of(
            new String[] {"arbeid-aanvaarden-of-behouden", "a",
                "het aanvaarden of het behouden van algemeen geaccepteerde arbeid"},
            new String[] {"inschrijving-uitzendbureau", "b", "ingeschreven te staan bij een uitzendbureau"},
            new String[] {"arbeid-verkrijgen-voor-verhuizing", "c", "alvorens naar die andere gemeente te verhuizen"},
            new String[] {"reisbereidheid", "d", "totale reisduur van 3 uur per dag"},
            new String[] {"verhuisbereidheid", "e", "een duur van tenminste een jaar en een netto beloning die ten "
                + "minste gelijk is aan de voor de belanghebbende geldende bijstandsnorm"},
            new String[] {"kennis-en-vaardigheden", "f", "het verkrijgen en behouden van kennis en vaardigheden"},
            new String[] {"belemmering-door-kleding-verzorging-of-gedrag", "g",
                "door kleding, gebrek aan persoonlijke verzorging of gedrag"},
            new String[] {"voorzieningen-en-onderzoek", "h", "waaronder begrepen sociale activering, gericht op "
                + "arbeidsinschakeling en mee te werken aan onderzoek"});

    @Test
    void listsExactlyTheEightStatutoryCategoriesWithTheirSources() {
        var response = as(Roles.HANDHAVER).get(PATH).then().statusCode(200)
                .contentType("application/json")
                .header("API-Version", "1.0.0")
                .body("peildatum", is(TestDag.vandaag().toString()))
                .body("regelset.code", is(REGELSET))
                .body("regelset.geldigVanaf", is("2025-01-01"))
                .body("regelset.geldigTot", nullValue())
                .body("regelset.bron", containsString("BWBR0015703"))
                .body("regelset.bron", containsString("L4.3"))
                .body("gedragingscategorieen.code", contains(CATEGORIEEN.stream().map(c -> c[0]).toArray()))
                .body("gedragingscategorieen.percentage", everyItem(is(100)))
                .body("gedragingscategorieen.duurMaandenMin", everyItem(is(1)))
                .body("gedragingscategorieen.duurMaandenMax", everyItem(is(3)))
                .body("gedragingscategorieen.regelset.code", everyItem(is(REGELSET)))
                .body("gedragingscategorieen.regelset.geldigVanaf", everyItem(is("2025-01-01")))
                .extract().response();
        for (int i = 0; i < CATEGORIEEN.size(); i++) {
            String[] c = CATEGORIEEN.get(i);
            String item = "gedragingscategorieen[" + i + "].";
            response.then()
                    .body(item + "artikel", is("Pw art. 18 lid 4 onder " + c[1]))
                    .body(item + "omschrijving", containsString(c[2]))
                    .body(item + "bron", containsString("art. 18 lid 4 onder " + c[1]))
                    .body(item + "bron", containsString("lid 5"))
                    .body(item + "bron", containsString("wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel18"));
        }
    }

    @Test
    void theRegelsetCarriesTheRecidiveStepsOfLid6To8() {
        as(Roles.KLANTMANAGER).get(PATH).then().statusCode(200)
                .body("regelset.recidivestappen.lid", contains(6, 7, 8))
                .body("regelset.recidivestappen.naLid", contains(5, 6, 7))
                .body("regelset.recidivestappen.binnenMaanden", everyItem(is(12)))
                .body("regelset.recidivestappen.percentage", everyItem(is(100)))
                .body("regelset.recidivestappen[0].duurMaandenMin", nullValue())
                .body("regelset.recidivestappen[0].omschrijving",
                        containsString("langer is dan de op grond van het vijfde lid"))
                .body("regelset.recidivestappen.duurMaandenMin[1]", is(3))
                .body("regelset.recidivestappen.duurMaandenMin[2]", is(3))
                .body("regelset.recidivestappen.duurMaandenMax", everyItem(is(3)))
                .body("regelset.recidivestappen[2].omschrijving", containsString("telkens"))
                .body("regelset.recidivestappen.artikel",
                        contains("Pw art. 18 lid 6", "Pw art. 18 lid 7", "Pw art. 18 lid 8"))
                .body("regelset.recidivestappen.bron", everyItem(containsString("L4.3")));
    }

    @Test
    void thePeildatumSelectsTheVersionInForce() {
        as(Roles.BELEIDSMEDEWERKER).queryParam("peildatum", "2025-01-01").get(PATH).then().statusCode(200)
                .body("peildatum", is("2025-01-01")).body("gedragingscategorieen.size()", is(8));
        as(Roles.BELEIDSMEDEWERKER).queryParam("peildatum", "2099-12-31").get(PATH).then().statusCode(200)
                .body("regelset.code", is(REGELSET));
        as(Roles.BELEIDSMEDEWERKER).queryParam("peildatum", "2024-12-31").get(PATH).then().statusCode(404)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("status", is(404))
                .body("code", is("no-regelset"))
                .body("detail", containsString("2025-01-01"));
    }

    @Test
    void getsOneCategoryByCode() {
        as(Roles.GWS_KOPPELING).get(PATH + "/voorzieningen-en-onderzoek").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("code", is("voorzieningen-en-onderzoek"))
                .body("artikel", is("Pw art. 18 lid 4 onder h"))
                .body("percentage", is(100))
                .body("duurMaandenMin", is(1))
                .body("duurMaandenMax", is(3))
                .body("omschrijving", containsString("sociale activering"))
                .body("bron", containsString("art. 18 lid 4 onder h"))
                .body("regelset.code", is(REGELSET))
                .body("regelset.geldigVanaf", is("2025-01-01"));
        as(Roles.GWS_KOPPELING).queryParam("peildatum", "2026-07-01").get(PATH + "/reisbereidheid")
                .then().statusCode(200).body("artikel", is("Pw art. 18 lid 4 onder d"));
        as(Roles.GWS_KOPPELING).queryParam("peildatum", "2020-01-01").get(PATH + "/reisbereidheid")
                .then().statusCode(404).contentType("application/problem+json").body("code", is("no-regelset"));
    }

    @Test
    void unknownCodeIs404Problem() {
        as(Roles.HANDHAVER).get(PATH + "/zeer-ernstige-misdragingen").then().statusCode(404)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("status", is(404))
                .body("title", notNullValue())
                .body("detail", containsString(REGELSET));
        as(Roles.HANDHAVER).get(PATH + "/ONBEKEND").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void malformedPeildatumIs400NamingIt() {
        for (String bad : List.of("2026-02-30", "23-11-2026", "2026-13-01", "vandaag", "2026-1-5")) {
            as(Roles.HANDHAVER).queryParam("peildatum", bad).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json")
                    .header("API-Version", "1.0.0")
                    .body("status", is(400))
                    .body("invalidParams.name", contains("peildatum"))
                    .body("invalidParams[0].reason", containsString("yyyy-mm-dd"));
        }
        as(Roles.HANDHAVER).queryParam("peildatum", "morgen").get(PATH + "/reisbereidheid").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("peildatum"));
    }

    @Test
    void noTokenIs401AndRolesWithoutAccessAre403AsProblems() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("API-Version", "1.0.0");
        given().header("Authorization", "Bearer " + TestTokens.expired(Roles.HANDHAVER)).get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.jwt").get(PATH + "/reisbereidheid")
                .then().statusCode(401).contentType("application/problem+json");
        for (String role : List.of(Roles.INTAKE_MEDEWERKER, Roles.KETENPARTNER, Roles.PRIVACY_OFFICER)) {
            as(role).get(PATH).then().statusCode(403).contentType("application/problem+json").body("status", is(403));
            as(role).get(PATH + "/reisbereidheid").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void everyRoleWithAccessCanRead() {
        for (String role : List.of(Roles.HANDHAVER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.FUNCTIONEEL_BEHEERDER,
                Roles.GWS_KOPPELING, Roles.BELEIDSMEDEWERKER, Roles.SERVICE)) {
            as(role).get(PATH).then().statusCode(200).body("gedragingscategorieen.size()", is(8));
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
                .body("servers[0].url", is("/api/enforcement/v1"))
                .body("paths", hasKey("/gedragingscategorieen"))
                .body("paths", hasKey("/gedragingscategorieen/{code}"))
                .body("paths.'/gedragingscategorieen'.get.parameters.name", hasItem("peildatum"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("trede_outbox_pending"));
    }
}
