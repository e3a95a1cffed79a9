package nl.trede.enforcement.api;

import static nl.trede.enforcement.api.GedragingFlowTest.PATH;
import static nl.trede.enforcement.api.GedragingFlowTest.VANDAAG;
import static nl.trede.platform.testsupport.TestRequests.as;
import static nl.trede.enforcement.api.GedragingFlowTest.hoorverzoek;
import static nl.trede.enforcement.api.GedragingFlowTest.id;
import static nl.trede.enforcement.api.GedragingFlowTest.mutatiesVan;
import static nl.trede.enforcement.api.GedragingFlowTest.registreer;
import static nl.trede.enforcement.api.GedragingFlowTest.stap;
import static nl.trede.enforcement.api.GedragingFlowTest.voorstel;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Recidive and samenloop over real sequences of besluiten, end to end. Gedragingen lie before today and are decided
 * today, so no besluit lies between them: they are one period (samenloop), and neither is recidive of the other
 * (Pw art. 18 lid 6 "binnen twaalf maanden nadat … toepassing heeft gevonden").
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class RecidiveEnSamenloopFlowTest {

    static final String REGELSETS = "/api/enforcement/v1/regelsets";

    static String registreerMet(UUID klant, String categorie, LocalDate datum, String klantgroep, String regelset) {
        Map<String, Object> body = new HashMap<>(Map.of("klantId", klant.toString(), "categorie", categorie,
                "datum", datum.toString()));
        body.put("klantgroep", klantgroep);
        body.put("regelset", regelset);
        return as(Roles.HANDHAVER).body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    static void totVoorstel(String id) {
        stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(id, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
    }

    /** The verlagingen still in force in the GWS feed: imposed and not lapsed or ended by samenloop. */
    static List<Map<String, Object>> inWerking(UUID klant) {
        List<Map<String, Object>> mutaties = mutatiesVan(klant);
        Set<Object> vervallen = mutaties.stream().filter(m -> "vervallen".equals(m.get("soort")))
                .map(m -> m.get("maatregelId")).collect(Collectors.toSet());
        return mutaties.stream().filter(m -> List.of("verlaging", "eenmalige-verlaging").contains(m.get("soort")))
                .filter(m -> !vervallen.contains(m.get("maatregelId"))).toList();
    }

    /**
     * Samenloop (Deventer PB ch. 8 "één verlaging … de hoogste"; VNG model: samenloop van gedragingen) without a
     * clerk's link: 30% (G1) and 50% (G12) of one period, decided one after the other in either order, leave one
     * verlaging, the 50%, never 80% in one month.
     */
    @Test
    void twoGedragingenOfOnePeriodDecidedSeparatelyGiveOneVerlagingTheHighest() {
        for (boolean hoogsteEerst : List.of(false, true)) {
            UUID klant = UUID.randomUUID();
            String g1 = id(registreer(Roles.HANDHAVER, klant, "g1-plan-van-aanpak", VANDAAG.minusDays(12)));
            String g12 = id(registreer(Roles.HANDHAVER, klant, "g12-zeer-ernstige-misdraging", VANDAAG.minusDays(8)));
            totVoorstel(g1);
            totVoorstel(g12);
            String eerste = hoogsteEerst ? g12 : g1;
            String tweede = hoogsteEerst ? g1 : g12;
            stap(eerste, "besluit", null).statusCode(200).body("status", is("opgelegd"));
            stap(tweede, "besluit", null).statusCode(200).body("status", is("opgelegd"));

            List<Map<String, Object>> inWerking = inWerking(klant);
            assertEquals(1, inWerking.size(), "one verlaging in force: " + mutatiesVan(klant));
            assertEquals(g12, inWerking.get(0).get("gedragingId"));
            if (hoogsteEerst) {
                as(Roles.HANDHAVER).get(PATH + "/" + g1).then().body("maatregel.opgenomenIn", notNullValue())
                        .body("maatregel.perioden", is(List.of())).body("maatregel.stap", is(1))
                        .body("maatregel.percentage", is(30));
            } else {
                as(Roles.HANDHAVER).get(PATH + "/" + g1).then().body("maatregel.vervangenDoor", notNullValue());
                as(Roles.HANDHAVER).get(PATH + "/" + g12).then().body("maatregel.opgenomenIn", nullValue())
                        .body("maatregel.percentage", is(50));
            }
        }
    }

    /**
     * The voorstel previews the samenloop the besluit will compute (Deventer PB ch. 8 "één verlaging … de hoogste"):
     * a 30% (G1) proposed while a 50% (G12) of the same period is in force says it will be taken up in the 50%; a 50%
     * proposed while a 30% is in force says it will end the 30%. Before, the voorstel did not show it at all.
     */
    @Test
    void theVoorstelPreviewsTheSamenloopTheBesluitApplies() {
        UUID klant = UUID.randomUUID();
        String g12 = id(registreer(Roles.HANDHAVER, klant, "g12-zeer-ernstige-misdraging", VANDAAG.minusDays(8)));
        String g1 = id(registreer(Roles.HANDHAVER, klant, "g1-plan-van-aanpak", VANDAAG.minusDays(12)));
        totVoorstel(g12);
        as(Roles.HANDHAVER).get(PATH + "/" + g12).then().body("maatregel.samenloopVoorbeeld.opgenomenIn", nullValue())
                .body("maatregel.samenloopVoorbeeld.vervangt", is(List.of()));
        String hoog = stap(g12, "besluit", null).statusCode(200).body("maatregel.samenloopVoorbeeld", nullValue())
                .extract().path("maatregel.id");
        stap(g1, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(g1, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(g1, "voorstel", voorstel(true, null, null, false, null)).statusCode(200)
                .body("maatregel.percentage", is(30))
                .body("maatregel.samenloopVoorbeeld.opgenomenIn", is(hoog))
                .body("maatregel.samenloopVoorbeeld.toelichting", org.hamcrest.Matchers.containsString(hoog));
        stap(g1, "besluit", null).statusCode(200).body("maatregel.opgenomenIn", is(hoog));

        UUID ander = UUID.randomUUID();
        String laag = id(registreer(Roles.HANDHAVER, ander, "g1-plan-van-aanpak", VANDAAG.minusDays(12)));
        String hoger = id(registreer(Roles.HANDHAVER, ander, "g12-zeer-ernstige-misdraging", VANDAAG.minusDays(8)));
        totVoorstel(laag);
        String laagId = stap(laag, "besluit", null).statusCode(200).extract().path("maatregel.id");
        stap(hoger, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(hoger, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(hoger, "voorstel", voorstel(true, null, null, false, null)).statusCode(200)
                .body("maatregel.samenloopVoorbeeld.opgenomenIn", nullValue())
                .body("maatregel.samenloopVoorbeeld.vervangt", is(List.of(laagId)));
        stap(hoger, "besluit", null).statusCode(200);
        as(Roles.HANDHAVER).get(PATH + "/" + laag).then().body("maatregel.vervangenDoor", notNullValue());
    }

    /**
     * Pw art. 18 lid 4-5 and samenloop: two werkweigeringen of one period give one 100% verlaging (a tie: the earlier
     * gedraging stays); the one taken up has no verlaging of its own, so a lid-11 herziening of it is 409 naming
     * the maatregel that covers it.
     */
    @Test
    void aMaatregelTakenUpInAnotherCannotBeRevisedItself() {
        UUID klant = UUID.randomUUID();
        String eerste = id(registreer(Roles.HANDHAVER, klant, "g8-werkweigering", VANDAAG.minusDays(6)));
        String tweede = id(registreer(Roles.HANDHAVER, klant, "g9-belemmering-sollicitatie", VANDAAG.minusDays(4)));
        totVoorstel(eerste);
        totVoorstel(tweede);
        stap(tweede, "besluit", null).statusCode(200).body("maatregel.opgenomenIn", nullValue());
        stap(eerste, "besluit", null).statusCode(200).body("maatregel.opgenomenIn", nullValue());
        as(Roles.HANDHAVER).get(PATH + "/" + tweede).then().body("maatregel.vervangenDoor", notNullValue());
        assertEquals(eerste, inWerking(klant).get(0).get("gedragingId"));
        assertEquals(1, inWerking(klant).size(), mutatiesVan(klant).toString());
        // decided the other way round, the later one is taken up
        UUID ander = UUID.randomUUID();
        String a1 = id(registreer(Roles.HANDHAVER, ander, "g8-werkweigering", VANDAAG.minusDays(6)));
        String a2 = id(registreer(Roles.HANDHAVER, ander, "g9-belemmering-sollicitatie", VANDAAG.minusDays(4)));
        totVoorstel(a1);
        totVoorstel(a2);
        stap(a1, "besluit", null).statusCode(200);
        stap(a2, "besluit", null).statusCode(200).body("maatregel.opgenomenIn", notNullValue());
        stap(a2, "herziening", Map.of("herzienPer", VANDAAG.withDayOfMonth(1).plusMonths(1).plusDays(10).toString(),
                "reden", "werkt")).statusCode(409).contentType("application/problem+json")
                .body("code", is("herziening-niet-mogelijk"));
    }

    /**
     * Deventer Productenboek §5.3.1, §5.3.2, §7.2 (Faciliteren): two no-shows (10 and 3 days ago), decided one after
     * the other. With the statutory recidive semantics the second happened before the first besluit, so it is not
     * recidive (Pw art. 18 lid 6 "nadat"): both belong to one period, and samenloop leaves one € 50 — never € 50
     * twice.
     */
    @Test
    void twoNoShowsBeforeAnyBesluitAreOnePeriodOneFiftyEuro() {
        UUID klant = UUID.randomUUID();
        String eerste = registreerMet(klant, "no-show", VANDAAG.minusDays(10), "faciliteren", null);
        String tweede = registreerMet(klant, "no-show", VANDAAG.minusDays(3), "faciliteren", null);
        totVoorstel(eerste);
        totVoorstel(tweede);
        // Faciliteren: each € 50 besluit carries the new appointment (PB §5.3.1, §5.3.2, §7.2)
        stap(eerste, "besluit", BlokkeringFlowTest.afspraak(VANDAAG.plusDays(7))).statusCode(200)
                .body("maatregel.bedragEenmalig", is(50.00f));
        stap(tweede, "besluit", BlokkeringFlowTest.afspraak(VANDAAG.plusDays(7))).statusCode(200)
                .body("maatregel.recidive", is(false))
                .body("maatregel.stap", is(1)).body("maatregel.opgenomenIn", notNullValue());
        List<Map<String, Object>> inWerking = inWerking(klant);
        assertEquals(1, inWerking.size(), "one € 50: " + mutatiesVan(klant));
        assertEquals("eenmalige-verlaging", inWerking.get(0).get("soort"));
    }

    /**
     * A verordening that counts the no-show "de tweede keer" from the earlier gedraging (regelset recidive vanaf
     * gedragingsdatum): the later one waits for the earlier besluit (409 eerdere-gedraging-open), then is recidive —
     * for Faciliteren a blokkering (PB §5.3.1, §5.3.2, §7.2). The semantics is shown by GET, a bad code is 400.
     */
    @Test
    void aRegelsetCountingFromTheGedragingDecidesInGedragingOrder() {
        String code = "test-volgorde-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Map<String, Object> noShow = Map.of("code", "no-show", "omschrijving", "No-show", "artikel",
                "Pw art. 18 lid 2", "soort", "vast-bedrag", "bron", "beleid", "stappen", List.of(Map.of("stap", 1,
                        "percentage", 0, "bedragEenmalig", new java.math.BigDecimal("50.00"), "artikel",
                        "Pw art. 18 lid 2", "bron", "beleid"),
                        Map.of("stap", 2, "percentage", 30, "duurMaanden", 1, "artikel", "Pw art. 18 lid 2", "bron",
                                "beleid")));
        Map<String, Object> set = new HashMap<>(Map.of("code", code, "naam", "Verordening test", "gemeente",
                "Testdorp", "geldigVanaf", "2025-01-01", "bron", "CVDR000002", "categorieen", List.of(noShow)));
        set.put("recidive", Map.of("telt", "altijd", "vanaf", "gisteren"));
        as(Roles.FUNCTIONEEL_BEHEERDER).body(set).post(REGELSETS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("recidive.telt"))
                .body("invalidParams.name", hasItem("recidive.vanaf"));
        set.put("recidive", Map.of("telt", "opgelegd", "vanaf", "gedragingsdatum"));
        int id = as(Roles.FUNCTIONEEL_BEHEERDER).body(set).post(REGELSETS).then().statusCode(201)
                .body("recidive.telt", is("opgelegd")).body("recidive.vanaf", is("gedragingsdatum"))
                .extract().path("id");
        as(Roles.HANDHAVER).get(REGELSETS + "/" + id).then().statusCode(200)
                .body("recidive.vanaf", is("gedragingsdatum"));

        UUID klant = UUID.randomUUID();
        String eerste = registreerMet(klant, "no-show", VANDAAG.minusDays(10), "faciliteren", code);
        String tweede = registreerMet(klant, "no-show", VANDAAG.minusDays(3), "faciliteren", code);
        stap(tweede, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(tweede, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(tweede, "voorstel", voorstel(true, null, null, false, null)).statusCode(409)
                .contentType("application/problem+json").body("code", is("eerdere-gedraging-open"));
        totVoorstel(eerste);
        stap(eerste, "besluit", BlokkeringFlowTest.afspraak(VANDAAG.plusDays(7))).statusCode(200)
                .body("maatregel.bedragEenmalig", is(50.00f));
        stap(tweede, "voorstel", voorstel(true, null, null, false, null)).statusCode(200)
                .body("maatregel.uitkomst", is("blokkeren")).body("maatregel.recidive", is(true))
                .body("maatregel.stap", is(2));
        stap(tweede, "besluit", null).statusCode(200).body("status", is("geblokkeerd"));
    }

    /**
     * Rotterdam Verordening maatregelen art. 11 and Pw art. 18 lid 6 count recidive after an <em>imposed</em>
     * maatregel only: after a waarschuwing the next breach is a first breach (step 1, not recidive). The shipped
     * sets say so in their recidive semantics.
     */
    @Test
    void aWaarschuwingDoesNotMakeTheNextBreachRecidive() {
        UUID klant = UUID.randomUUID();
        String eerste = id(registreer(Roles.HANDHAVER, klant, "g1-plan-van-aanpak", VANDAAG.minusDays(5)));
        stap(eerste, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(eerste, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        stap(eerste, "voorstel", voorstel(true, null, null, true, null)).statusCode(200)
                .body("maatregel.uitkomst", is("waarschuwing"));
        stap(eerste, "besluit", null).statusCode(200).body("status", is("gewaarschuwd"));

        String tweede = id(registreer(Roles.HANDHAVER, klant, "g1-plan-van-aanpak", VANDAAG));
        stap(tweede, "hoorverzoek", hoorverzoek(VANDAAG)).statusCode(200);
        stap(tweede, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        stap(tweede, "voorstel", voorstel(true, null, null, false, null)).statusCode(200)
                .body("maatregel.uitkomst", is("opleggen")).body("maatregel.recidive", is(false))
                .body("maatregel.stap", is(1));
        stap(tweede, "besluit", null).statusCode(200).body("maatregel.recidive", is(false));

        int deventer = as(Roles.HANDHAVER).queryParam("code", "deventer-maatregelen")
                .queryParam("peildatum", "2026-03-01").get(REGELSETS).then()
                .statusCode(200).extract().path("[0].id");
        as(Roles.HANDHAVER).get(REGELSETS + "/" + deventer).then().statusCode(200)
                .body("recidive.telt", is("opgelegd")).body("recidive.vanaf", is("besluitdatum"));
    }
}
