package nl.trede.ladder.api;

import static nl.trede.ladder.api.MetingResourceTest.meting;
import static nl.trede.ladder.api.MetingResourceTest.post;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestZaken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The beleidsmedewerker's reports on a realistic fixture: the Heemskerk thesis counts (sources H2.8:
 * 967 klanten on benefit, 133 on trede 1 and 232 on trede 2; B5: 2.1 137, 2.2 9, 2.3 12, 2.4 21, 2.6 3, and 375 on
 * treden 3-6 together; 121 not yet classified). Fixture assumptions [D]: the 50 klanten of trede 2 without a
 * readable sub-trede (232 - 182; the 2.5 row is lost, sources H10 item 2) are measured on trede 2 without
 * sub-trede; the 375 are split 150/120/65/40 over treden 3-6; the 227 klanten without a trede have no meting, so 740
 * klanten hold a position. All on 2018-03-01 (measured before the thesis date, 1 June 2018); movements on 2018-09-03.
 * Other test classes record Heemskerk metingen only from 2024 on, so they never hold a position on these dates.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class RapportageResourceTest {

    static final String VERDELING = "/api/ladder/v1/rapportages/verdeling";
    static final String OVERGANGEN = "/api/ladder/v1/rapportages/overgangen";
    static final String VERBLIJFSDUUR = "/api/ladder/v1/rapportages/verblijfsduur";

    private static boolean geladen;

    @Inject
    AgroalDataSource dataSource;

    /**
     * {@code aantal} klanten with one meting on 2018-03-01, written straight to the tables in one statement (the
     * API path of a meting is covered by MetingResourceTest; 740 requests would only slow the build down). The
     * projection row is what the service writes for a klant's only meting: current since the meetdatum.
     */
    private List<UUID> op(int aantal, int trede, String sub) {
        String fixture = "fixture-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO meting (id, klant_id, model_id, trede_id, "
                    + "sub_trede_id, meetdatum, bron, aanleiding, beoordelaar, geregistreerd_op, geregistreerd_door) "
                    + "SELECT gen_random_uuid(), gen_random_uuid(), m.id, t.id, s.id, DATE '2018-03-01', "
                    + "'KLANTMANAGER_GESPREK', 'PERIODIEK', ?, now(), ? FROM ladder_model m "
                    + "JOIN trede t ON t.model_id = m.id AND t.nummer = ? "
                    + "LEFT JOIN sub_trede s ON s.trede_id = t.id AND s.code = ? "
                    + "CROSS JOIN generate_series(1, ?) WHERE m.code = 'heemskerk' AND m.versie = '2018'")) {
                s.setString(1, fixture);
                s.setString(2, fixture);
                s.setInt(3, trede);
                s.setString(4, sub);
                s.setInt(5, aantal);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO ladder_positie (meting_id, klant_id, "
                    + "model_code, model_id, trede, sub_trede, van, tot, herbeoordeling_op, trede_sinds, "
                    + "positie_sinds) "
                    + "SELECT me.id, me.klant_id, 'heemskerk', me.model_id, t.nummer, s.code, me.meetdatum, NULL, "
                    + "me.meetdatum + make_interval(months => COALESCE(s.herbeoordeling_maanden, "
                    + "t.herbeoordeling_maanden)), me.meetdatum, me.meetdatum "
                    + "FROM meting me JOIN trede t ON t.id = me.trede_id "
                    + "LEFT JOIN sub_trede s ON s.id = me.sub_trede_id WHERE me.beoordelaar = ?")) {
                s.setString(1, fixture);
                s.executeUpdate();
            }
            List<UUID> klanten = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT klant_id FROM meting WHERE beoordelaar = ?")) {
                s.setString(1, fixture);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        klanten.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            c.commit();
            assertEquals(aantal, klanten.size());
            return klanten;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A klantmanager of the klant's zaak's team records the movement (the klant is in their caseload). */
    private static String naar(UUID klant, int trede, String sub) {
        TestZaken.zaak(klant);
        return post(meting(klant, "heemskerk", trede, sub == null ? null : List.of(sub), "2018-09-03"));
    }

    @BeforeEach
    void thesisFixture() {
        if (geladen) {
            return;
        }
        List<UUID> een = op(133, 1, null);
        op(50, 2, null);
        List<UUID> tweeEen = op(137, 2, "2.1");
        op(9, 2, "2.2");
        op(12, 2, "2.3");
        List<UUID> tweeVier = op(21, 2, "2.4");
        op(3, 2, "2.6");
        List<UUID> drie = op(150, 3, null);
        op(120, 4, null);
        op(65, 5, null);
        op(40, 6, null);
        // Movements measured on 2018-09-03 (hand-computed below).
        for (int i = 0; i < 7; i++) {
            naar(een.get(i), 2, "2.1");                 // 1 -> 2.1: up
        }
        for (int i = 0; i < 6; i++) {
            naar(tweeEen.get(i), 1, null);              // 2.1 -> 1: down
        }
        String teCorrigeren = null;
        for (int i = 6; i < 18; i++) {
            teCorrigeren = naar(tweeEen.get(i), 2, "2.4"); // 2.1 -> 2.4: up within trede 2
        }
        for (int i = 0; i < 2; i++) {
            naar(tweeVier.get(i), 2, "2.6");            // 2.4 -> 2.6: up within trede 2
        }
        for (int i = 0; i < 3; i++) {
            naar(drie.get(i), 4, null);                 // 3 -> 4: up
        }
        for (int i = 0; i < 6; i++) {
            naar(UUID.randomUUID(), 2, "2.2");          // first measured between the dates
        }
        // One 2.1 -> 2.4 move was wrong: corrected to 2.5. Reports follow the correction.
        Map<String, Object> correctie = meting(tweeEen.get(17), "heemskerk", 2, List.of("2.5"), "2018-09-03");
        correctie.put("corrigeert", teCorrigeren);
        correctie.put("correctiereden", "2.5 in plaats van 2.4");
        post(correctie);
        geladen = true;
    }

    private static ValidatableResponse verdeling(String peildatum, String niveau, String naarModel) {
        var r = as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("peildatum", peildatum);
        if (niveau != null) {
            r = r.queryParam("niveau", niveau);
        }
        if (naarModel != null) {
            r = r.queryParam("naarModel", naarModel);
        }
        return r.get(VERDELING).then().statusCode(200);
    }

    @Test
    @DisplayName("sources H2.8: on 1 June 2018, 133 klanten on trede 1 and 232 on trede 2")
    void distributionOverTredenMatchesTheThesis() {
        verdeling("2018-06-01", null, null)
                .body("model", is("heemskerk"))
                .body("versies", contains("2018"))
                .body("niveau", is("trede"))
                .body("minimumCelgrootte", is(5))
                .body("totaal.aantal", is(740))
                .body("cellen.positie", contains("1", "2", "3", "4", "5", "6"))
                .body("cellen.aantal", contains(133, 232, 150, 120, 65, 40))
                .body("cellen.onderdrukt", contains(false, false, false, false, false, false))
                .body(not(containsString("klantId")));
    }

    @Test
    @DisplayName("sources H2.8 (B5) at sub-trede level: 2.6 has 3 klanten → hidden, and 2.2 (9) with it")
    void subTredenWithSmallCellsSuppressed() {
        verdeling("2018-06-01", "sub-trede", null)
                .body("niveau", is("sub-trede"))
                .body("cellen.positie", contains("1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3", "4", "5", "6"))
                .body("cellen.aantal", contains(133, 50, 137, null, 12, 21, 0, null, 150, 120, 65, 40))
                .body("cellen.onderdrukt", contains(false, false, false, true, false, false, false, true, false, false,
                        false, false))
                .body("totaal.aantal", is(740));
    }

    @Test
    @DisplayName("sources H2.3: mapped to the VNG ladder only when asked, through the documented rows")
    void distributionMappedToDivosa() {
        // 2.1 and trede 2 -> 2; 2.2 and 2.3 -> 3; 2.4 -> 4; 2.6 -> 5 (V2 mapping).
        verdeling("2018-06-01", null, "divosa")
                .body("naarModel", is("divosa"))
                .body("cellen.aantal", contains(133, 187, 171, 141, 68, 40))
                .body("totaal.aantal", is(740));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "divosa").queryParam("naarModel", "heemskerk")
                .get(VERDELING).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("naarModel"))
                .body("invalidParams[0].reason", containsString("no documented mapping"));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("naarModel", "divosa")
                .queryParam("niveau", "sub-trede").get(VERDELING).then().statusCode(400)
                .body("invalidParams[0].name", is("niveau"));
    }

    @Test
    @DisplayName("the ladder requirements: transition matrix between two dates, trede level, hand-computed from the fixture")
    void transitionMatrixAtTredeLevel() {
        ValidatableResponse r = as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk")
                .queryParam("van", "2018-06-01").queryParam("tot", "2018-12-01").get(OVERGANGEN).then().statusCode(200)
                .body("totaal.aantal", is(740))
                // up: 1->2 (7) and 3->4 (3); down: 2->1 (6); the 2.1->2.4/2.5 and 2.4->2.6 moves stay within trede 2.
                .body("gestegen.aantal", is(10))
                .body("gedaald.aantal", is(6))
                .body("gelijk.aantal", is(724))
                .body("nieuwGemeten.aantal", is(6))
                .body("cellen.size()", is(36));
        cel(r, "1", "1", 126, "gelijk");
        cel(r, "2", "2", 226, "gelijk");
        cel(r, "2", "1", 6, "gedaald");
        cel(r, "3", "3", 147, "gelijk");
        // 3->4 has 3 klanten: hidden, and the only other up cell (1->2, 7) with it.
        cel(r, "3", "4", null, "gestegen");
        cel(r, "1", "2", null, "gestegen");
        cel(r, "6", "1", 0, "gedaald");
    }

    @Test
    @DisplayName("sources H3.3: at sub-trede level a sub-trede higher is up; corrections are followed")
    void transitionMatrixAtSubTredeLevel() {
        ValidatableResponse r = as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk")
                .queryParam("van", "2018-06-01").queryParam("tot", "2018-12-01").queryParam("niveau", "sub-trede")
                .get(OVERGANGEN).then().statusCode(200)
                .body("cellen.size()", is(144))
                .body("gestegen.aantal", is(24))
                .body("gedaald.aantal", is(6))
                .body("gelijk.aantal", is(710));
        cel(r, "1", "2.1", 7, "gestegen");
        cel(r, "2.1", "2.4", 11, "gestegen");
        cel(r, "2.1", "2.5", null, "gestegen");
        cel(r, "2.4", "2.6", null, "gestegen");
        cel(r, "2.1", "2.1", 119, "gelijk");
        cel(r, "2.4", "2.4", 19, "gelijk");
        // 2.6 -> 2.6 (3) is the only small "same" cell, so 2.2 -> 2.2 (9) is hidden too.
        cel(r, "2.6", "2.6", null, "gelijk");
        cel(r, "2.2", "2.2", null, "gelijk");
        cel(r, "2.1", "1", 6, "gedaald");
    }

    @Test
    @DisplayName("requirement 'average time per trede': stays that ended between the dates, 2018-03-01 to 2018-09-03 = 186 days")
    void averageTimePerTrede() {
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2018-06-01")
                .queryParam("tot", "2018-12-01").get(VERBLIJFSDUUR).then().statusCode(200)
                .body("niveau", is("trede"))
                .body("cellen.positie", contains("1", "2", "3", "4", "5", "6"))
                // 1 -> 2.1 (7) ends a stay on 1; 2.1 -> 1 (6) ends one on 2; 2.1 -> 2.4 stays on trede 2; 3 -> 4 (3) small.
                .body("cellen.aantal", contains(7, 6, null, 0, 0, 0))
                .body("cellen.gemiddeldAantalDagen", contains(186, 186, null, null, null, null))
                .body("cellen.onderdrukt", contains(false, false, true, false, false, false));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2018-06-01")
                .queryParam("tot", "2018-12-01").queryParam("niveau", "sub-trede").get(VERBLIJFSDUUR).then()
                .statusCode(200)
                // 2.1 ends for the 6 down and the 12 up (one corrected to 2.5: still a move); 2.4 -> 2.6 (2) small.
                .body("cellen.find { it.positie == '2.1' }.aantal", is(18))
                .body("cellen.find { it.positie == '2.1' }.gemiddeldAantalDagen", is(186))
                .body("cellen.find { it.positie == '1' }.aantal", is(7))
                .body("cellen.find { it.positie == '2.4' }.onderdrukt", is(true))
                .body("cellen.find { it.positie == '2.2' }.aantal", is(0));
        // Before the movements nothing ended yet.
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2018-03-01")
                .queryParam("tot", "2018-09-02").get(VERBLIJFSDUUR).then().statusCode(200)
                .body("cellen.aantal", contains(0, 0, 0, 0, 0, 0));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2018-06-01")
                .queryParam("tot", "2018-12-01").queryParam("naarModel", "divosa").get(VERBLIJFSDUUR).then()
                .statusCode(400).body("invalidParams[0].name", is("naarModel"));
    }

    private static void cel(ValidatableResponse r, String van, String naar, Integer aantal, String richting) {
        String cel = "cellen.find { it.van == '" + van + "' && it.naar == '" + naar + "' }.";
        r.body(cel + "aantal", aantal == null ? nullValue() : is(aantal))
                .body(cel + "onderdrukt", is(aantal == null))
                .body(cel + "richting", is(richting));
    }

    @Test
    void badRequestsAndRoles() {
        as(Roles.BELEIDSMEDEWERKER).get(VERDELING).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", is("model"));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "onbekend").get(VERDELING).then().statusCode(400)
                .body("invalidParams[0].name", is("model"));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("peildatum", "2018-13-01")
                .get(VERDELING).then().statusCode(400).body("invalidParams[0].name", is("peildatum"));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("niveau", "klant")
                .get(VERDELING).then().statusCode(400).body("invalidParams[0].name", is("niveau"));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2018-12-01")
                .queryParam("tot", "2018-06-01").get(OVERGANGEN).then().statusCode(400)
                .body("invalidParams[0].name", is("tot"));
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("tot", "2018-06-01")
                .get(OVERGANGEN).then().statusCode(400).body("invalidParams[0].name", is("van"));
        for (String role : List.of(Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.FUNCTIONEEL_BEHEERDER)) {
            as(role).queryParam("model", "heemskerk").get(VERDELING).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
