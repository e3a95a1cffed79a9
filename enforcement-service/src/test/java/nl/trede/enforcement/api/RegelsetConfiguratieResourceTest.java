package nl.trede.enforcement.api;

import static nl.trede.enforcement.api.RegelsetResourceTest.PATH;
import static nl.trede.platform.testsupport.TestRequests.as;
import static nl.trede.enforcement.api.RegelsetResourceTest.set;
import static nl.trede.enforcement.api.RegelsetResourceTest.stap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Loading a regelset version is checked on every version of its code as it would be afterwards
 * (domain/RegelsetConfiguratie): a version that would break the configuration is a 409 naming the rule, and the
 * versions read the same before and after.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class RegelsetConfiguratieResourceTest {

    private static final String DEVENTER = "deventer-maatregelen";

    /** Every version of {@code code} with its content, as the API shows them. */
    private static String versies(String code) {
        List<Integer> ids = as(Roles.HANDHAVER).queryParam("code", code).get(PATH).then().statusCode(200).extract()
                .jsonPath().getList("id");
        StringBuilder out = new StringBuilder();
        for (Integer id : ids) {
            out.append(as(Roles.HANDHAVER).get(PATH + "/" + id).then().statusCode(200).extract().asString());
        }
        return out.toString();
    }

    /** The categories of Deventer's current version, as a request body would give them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> deventerCategorieen() {
        int id = as(Roles.HANDHAVER).queryParam("code", DEVENTER).get(PATH).then().statusCode(200).extract()
                .path("[-1].id");
        List<Map<String, Object>> categorieen = as(Roles.HANDHAVER).get(PATH + "/" + id).then().statusCode(200)
                .extract().jsonPath().getList("categorieen");
        List<Map<String, Object>> verzoek = new ArrayList<>();
        for (Map<String, Object> c : categorieen) {
            Map<String, Object> m = new HashMap<>(c);
            m.remove("volgnummer");
            List<Map<String, Object>> stappen = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) c.get("stappen")) {
                Map<String, Object> stap = new HashMap<>(s);
                if (stap.get("bedragEenmalig") != null) {
                    stap.put("bedragEenmalig", new java.math.BigDecimal(stap.get("bedragEenmalig").toString()));
                }
                stappen.add(stap);
            }
            m.put("stappen", stappen);
            verzoek.add(m);
        }
        return verzoek;
    }

    private static ValidatableResponse laad(Map<String, Object> body) {
        return as(Roles.FUNCTIONEEL_BEHEERDER).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String code) {
        return response.statusCode(409).contentType("application/problem+json").body("code", is(code));
    }

    @Test
    void theDeventerCopyItselfWouldBeAccepted() {
        // The fixture of the tests below: Deventer's categories as they are fail on none of the document's rules
        // (a 400 here would make the 409s below meaningless). Loaded under a code of its own.
        String code = "kopie-" + UUID.randomUUID().toString().substring(0, 8);
        laad(set(code, "2090-01-01", null, deventerCategorieen())).statusCode(201);
    }

    @Test
    void pwArt18Lid2TheRegelsetInUseIsValidOnEveryDateFromTodayOn() {
        String voor = versies(DEVENTER);
        // A successor with an end date would end the current version the day before and leave 2091 without one.
        refused(laad(set(DEVENTER, "2090-01-01", "2090-12-31", deventerCategorieen())), "regelset-loopt-af")
                .body("detail", containsString("2091-01-01"));
        assertEquals(voor, versies(DEVENTER));
    }

    @Test
    void aSuccessorKeepsEveryCategoryCaseworkReports() {
        String voor = versies(DEVENTER);
        List<Map<String, Object>> zonderG12 = new ArrayList<>(deventerCategorieen());
        zonderG12.removeIf(c -> c.get("code").equals("g12-zeer-ernstige-misdraging"));
        refused(laad(set(DEVENTER, "2090-01-01", null, zonderG12)), "categorie-vervalt")
                .body("detail", containsString("g12-zeer-ernstige-misdraging"));
        assertEquals(voor, versies(DEVENTER));
    }

    @Test
    void deventerPb12FaciliterenAndZorgNeedACategoryWithoutArbeidsverplichting() {
        String voor = versies(DEVENTER);
        List<Map<String, Object>> alleenArbeid = new ArrayList<>();
        for (Map<String, Object> c : deventerCategorieen()) {
            Map<String, Object> m = new HashMap<>(c);
            if (!"pw-art-18-lid-4".equals(m.get("recidivegroep"))) {
                m.put("artikel", "Pw art. 9 lid 1 onder a"); // the arbeidsplicht: now every category is one
            }
            alleenArbeid.add(m);
        }
        refused(laad(set(DEVENTER, "2090-01-01", null, alleenArbeid)), "klantgroep-zonder-categorie")
                .body("detail", containsString("faciliteren"));
        assertEquals(voor, versies(DEVENTER));
    }

    @Test
    void aGapBetweenVersionsIsRefused() {
        String code = "gat-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> noShow = List.of(Map.of("code", "no-show", "omschrijving", "No-show", "artikel",
                "Pw art. 18 lid 2", "soort", "percentage", "bron", "beleid", "stappen", List.of(stap(1, 30, 1))));
        laad(set(code, "2027-01-01", "2027-12-31", noShow)).statusCode(201);
        String voor = versies(code);
        refused(laad(set(code, "2029-01-01", null, noShow)), "regelset-gat")
                .body("detail", containsString("from 2028-01-01 to 2028-12-31"));
        assertEquals(voor, versies(code));
        laad(set(code, "2028-01-01", null, noShow)).statusCode(201);
    }

    @Test
    void pwArt18Lid7And8TheLastLid4StepIsThreeMonthsAndAShortGroupIs400() {
        String code = "kort-" + UUID.randomUUID().toString().substring(0, 8);
        laad(set(code, "2027-01-01", null, List.of(RegelsetResourceTest.lid4(List.of(stap(1, 100, 1))))))
                .statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("categorieen[0].stappen"));
        assertEquals("", versies(code));
    }
}
