package nl.trede.enforcement.api;

import static nl.trede.enforcement.api.GedragingFlowTest.PATH;
import static nl.trede.enforcement.api.GedragingFlowTest.VANDAAG;
import static nl.trede.platform.testsupport.TestRequests.as;
import static nl.trede.enforcement.api.GedragingFlowTest.hoorverzoek;
import static nl.trede.enforcement.api.GedragingFlowTest.id;
import static nl.trede.enforcement.api.GedragingFlowTest.mutatiesVan;
import static nl.trede.enforcement.api.GedragingFlowTest.stap;
import static nl.trede.enforcement.api.GedragingFlowTest.totaal;
import static nl.trede.enforcement.api.GedragingFlowTest.voorstel;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The klantgroep over REST with the real database and broker (sources D4.1, D4.3): Zorg's two
 * no-shows, Faciliteren's blokkering, and no arbeidsverplichting for Faciliteren/Zorg (PB §1.2).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KlantgroepFlowTest {

    @ConfigProperty(name = "trede.topics.enforcement")
    String topic;

    static ValidatableResponse registreer(UUID klant, String categorie, LocalDate datum, String klantgroep) {
        Map<String, Object> body = new HashMap<>(Map.of("klantId", klant.toString(), "categorie", categorie,
                "datum", datum.toString()));
        body.put("klantgroep", klantgroep);
        return as(Roles.KLANTMANAGER).body(body).post(PATH).then();
    }

    static ValidatableResponse tegenBesluit(String id) {
        stap(id, "hoorverzoek", hoorverzoek(VANDAAG)).statusCode(200);
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.toString())).statusCode(200);
        return stap(id, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
    }

    static List<Map<String, Object>> onderzoeken(UUID klant) {
        return as(Roles.HANDHAVER).queryParam("klantId", klant.toString())
                .get("/api/enforcement/v1/handhavingsonderzoeken").then().statusCode(200).extract().path("$");
    }

    /**
     * D4.3 Zorg row: 1st no-show „No fine" (the IC seeks contact: no verlaging, nothing in the GWS feed); „Pas bij 2x
     * no show wordt de uitkering geblokkeerd. Dan wordt ook een rechtmatigheid onderzoek opgeboekt" → blokkering,
     * onderzoek and the feed's blokkering mutatie exactly once each.
     */
    @Test
    void zorgTwoNoShowsNoFineThenBlokkeringOnderzoekAndFeedOnce() {
        UUID klant = TestZaken.klant();
        try (TopicProbe probe = new TopicProbe(topic)) {
            String eerste = id(registreer(klant, "no-show", VANDAAG.minusDays(20), "zorg").statusCode(201)
                    .body("klantgroep", is("zorg")));
            tegenBesluit(eerste).body("maatregel.uitkomst", is("contact-zoeken"))
                    .body("maatregel.bedragEenmalig", nullValue()).body("maatregel.percentage", is(0));
            stap(eerste, "besluit", null).statusCode(200).body("status", is("contact-gezocht"))
                    .body("maatregel.status", is("contact-gezocht")).body("maatregel.artikel", is("PB §6.3.1, §7.2"))
                    .body("maatregel.perioden.size()", is(0)).body("toegestaneActies.size()", is(0));
            assertEquals(0, mutatiesVan(klant).size(), "no fine: nothing for GWS");
            assertEquals(0, onderzoeken(klant).size());

            String tweede = id(registreer(klant, "no-show", VANDAAG, "zorg").statusCode(201));
            tegenBesluit(tweede).body("maatregel.uitkomst", is("blokkeren")).body("maatregel.stap", is(2))
                    .body("maatregel.recidive", is(true));
            String onderzoekId = stap(tweede, "besluit", null).statusCode(200).body("status", is("geblokkeerd"))
                    .body("maatregel.status", is("geblokkeerd")).body("maatregel.onderzoekId", notNullValue())
                    .extract().path("maatregel.onderzoekId");

            List<Map<String, Object>> mutaties = mutatiesVan(klant);
            assertEquals(1, mutaties.size(), mutaties.toString());
            assertEquals("blokkering", mutaties.get(0).get("soort"));
            assertEquals(onderzoekId, mutaties.get(0).get("onderzoekId"));
            assertEquals(tweede, mutaties.get(0).get("gedragingId"));
            assertEquals(VANDAAG.toString(), mutaties.get(0).get("geblokkeerdPer"));

            List<Map<String, Object>> onderzoeken = onderzoeken(klant);
            assertEquals(1, onderzoeken.size(), onderzoeken.toString());
            assertEquals(onderzoekId, onderzoeken.get(0).get("id"));
            assertEquals("gestart", onderzoeken.get(0).get("status"));

            // a second besluit is not possible: the blokkering happens once
            stap(tweede, "besluit", null).statusCode(409);
            assertEquals(1, mutatiesVan(klant).size());

            List<ConsumerRecord<String, byte[]>> vanKlant = probe.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> klant.toString().equals(r.key())).toList();
            assertEquals(1, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.uitkering-geblokkeerd"))
                    .count());
            assertEquals(1, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.onderzoek-gestart"))
                    .count());
            assertEquals(0, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.maatregel-opgelegd"))
                    .count());
        }
    }

    /** D4.3 Faciliteren rows: „eenmalig € 50,00", then „geblokkeerd" + rechtmatigheidsonderzoek. */
    @Test
    void faciliterenFiftyEuroOnceThenBlokkering() {
        UUID klant = TestZaken.klant();
        String eerste = id(registreer(klant, "no-show", VANDAAG.minusDays(20), "faciliteren").statusCode(201));
        tegenBesluit(eerste).body("maatregel.bedragEenmalig", is(50.00f));
        // „en in datzelfde besluit ontvangt hij vervolgens een nieuwe afspraak" (PB §5.3.1): BlokkeringFlowTest
        stap(eerste, "besluit", BlokkeringFlowTest.afspraak(VANDAAG.plusDays(7))).statusCode(200)
                .body("status", is("opgelegd"));
        String tweede = id(registreer(klant, "no-show", VANDAAG, "faciliteren").statusCode(201));
        tegenBesluit(tweede).body("maatregel.uitkomst", is("blokkeren"));
        stap(tweede, "besluit", null).statusCode(200).body("status", is("geblokkeerd"))
                .body("maatregel.artikel", is("PB §5.3.1, §5.3.2, §7.2"));
        List<Map<String, Object>> mutaties = mutatiesVan(klant);
        assertEquals(List.of("eenmalige-verlaging", "blokkering"), mutaties.stream().map(m -> m.get("soort")).toList());
        assertEquals(1, onderzoeken(klant).size());
    }

    /** PB §1.2 „geen arbeidsverplichting" (sources D4.1): 400 for Faciliteren/Zorg, nothing written. */
    @Test
    void noArbeidsverplichtingForFaciliterenAndZorg() {
        UUID klant = TestZaken.klant();
        for (String groep : List.of("faciliteren", "zorg")) {
            for (String categorie : List.of("g8-werkweigering", "g6-onvoldoende-solliciteren",
                    "g3-workshops-routekaart")) {
                registreer(klant, categorie, VANDAAG, groep).statusCode(400)
                        .body("code", is("geen-arbeidsverplichting"))
                        .body("invalidParams[0].name", is("categorie"))
                        .body("detail", containsString("PB §1.2")).body("detail", containsString(categorie));
            }
        }
        registreer(klant, "no-show", VANDAAG, "faciliteren").statusCode(201);       // no-shows still apply (§4.1)
        registreer(klant, "g8-werkweigering", VANDAAG, "matchen").statusCode(201);  // Matchen has the duty
        registreer(klant, "g8-werkweigering", VANDAAG, null).statusCode(201);       // unknown: as before
        registreer(klant, "no-show", VANDAAG, "ander").statusCode(400);
        assertEquals(3, totaal(klant));
    }

    /**
     * A verordening's rows in the group pw-art-18-lid-4 (Pw art. 18 lid 4 onder a-h, loaded by functioneel beheer;
     * the shipped statutory set has no steps of its own and cannot judge a gedraging for anyone) are refused too.
     */
    @Test
    void lid4GroupRowsOfALoadedVerordeningRefusedForZorg() {
        String code = "klantgroep-" + UUID.randomUUID().toString().substring(0, 8);
        as(Roles.FUNCTIONEEL_BEHEERDER).body(RegelsetResourceTest.set(code, "2025-01-01", null,
                RegelsetResourceTest.GOED)).post(RegelsetResourceTest.PATH).then().statusCode(201);
        UUID klant = TestZaken.klant();
        Map<String, Object> body = new HashMap<>(Map.of("klantId", klant.toString(), "categorie", "werkweigering",
                "datum", VANDAAG.toString(), "regelset", code, "klantgroep", "zorg"));
        as(Roles.HANDHAVER).body(body).post(PATH).then().statusCode(400).body("code", is("geen-arbeidsverplichting"))
                .body("detail", containsString("Pw art. 18 lid 4 onder a"));
        assertEquals(0, totaal(klant));
        body.put("klantgroep", "groeien");
        as(Roles.HANDHAVER).body(body).post(PATH).then().statusCode(201);
    }
}
