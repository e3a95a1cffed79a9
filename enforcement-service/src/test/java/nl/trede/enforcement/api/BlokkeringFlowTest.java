package nl.trede.enforcement.api;

import static nl.trede.enforcement.api.GedragingFlowTest.PATH;
import static nl.trede.enforcement.api.GedragingFlowTest.VANDAAG;
import static nl.trede.platform.testsupport.TestRequests.as;
import static nl.trede.enforcement.api.GedragingFlowTest.etag;
import static nl.trede.enforcement.api.GedragingFlowTest.id;
import static nl.trede.enforcement.api.GedragingFlowTest.mutatiesVan;
import static nl.trede.enforcement.api.GedragingFlowTest.stap;
import static nl.trede.enforcement.api.KlantgroepFlowTest.registreer;
import static nl.trede.enforcement.api.KlantgroepFlowTest.tegenBesluit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.AuditProbe;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What follows a no-show per klantgroep in Deventer's beleid, over REST with the real database and broker: the
 * Faciliteren € 50 besluit that carries the new appointment (PB §5.3.1, §5.3.2, §7.2), lifting a blokkering, and
 * Zorg's stopzetting after a blokkering and an unanswered hersteltermijn (PB §6.3.1, §7.2).
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@SuppressWarnings("unchecked")
class BlokkeringFlowTest {

    @ConfigProperty(name = "trede.topics.enforcement")
    String topic;

    @Inject
    TestClock clock;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    static Map<String, Object> afspraak(LocalDate datum) {
        return Map.of("nieuweAfspraak", Map.of("datum", datum.toString(), "tijd", "10:30",
                "soort", "kennismakingsgesprek", "plaats", "Werkplein Deventer"));
    }

    /** Faciliteren's two no-shows: the € 50 with its new appointment, then the blokkering. Returns the 2nd id. */
    static String geblokkeerd(UUID klant, String klantgroep) {
        String eerste = id(registreer(klant, "no-show", VANDAAG.minusDays(20), klantgroep).statusCode(201));
        tegenBesluit(eerste);
        stap(eerste, "besluit", "zorg".equals(klantgroep) ? null : afspraak(VANDAAG.plusDays(7))).statusCode(200);
        String tweede = id(registreer(klant, "no-show", VANDAAG, klantgroep).statusCode(201));
        tegenBesluit(tweede).body("maatregel.uitkomst", is("blokkeren"));
        stap(tweede, "besluit", null).statusCode(200).body("status", is("geblokkeerd"))
                .body("maatregel.blokkering.actief", is(true))
                .body("maatregel.blokkering.geblokkeerdPer", is(VANDAAG.toString()));
        return tweede;
    }

    /**
     * PB §5.3.1, §5.3.2, §7.2: at a Faciliteren no-show the klant gets a one-off € 50 „en in datzelfde besluit
     * ontvangt hij vervolgens een nieuwe afspraak". Before: the besluit took no appointment at all.
     */
    @Test
    void faciliterenFiftyEuroBesluitCarriesTheNewAppointment() {
        UUID klant = TestZaken.klant(); // a klant with an open zaak of the klantmanager's team (record access)
        String id = id(registreer(klant, "no-show", VANDAAG.minusDays(20), "faciliteren").statusCode(201));
        tegenBesluit(id).body("maatregel.bedragEenmalig", is(50.00f));

        stap(id, "besluit", null).statusCode(400).contentType("application/problem+json")
                .body("code", is("nieuwe-afspraak-vereist")).body("invalidParams[0].name", is("nieuweAfspraak"))
                .body("invalidParams[0].reason", containsString("PB §5.3.1"));
        stap(id, "besluit", afspraak(VANDAAG.minusDays(1))).statusCode(400)
                .body("invalidParams[0].name", is("nieuweAfspraak.datum"));
        stap(id, "besluit", Map.of("nieuweAfspraak", Map.of("datum", VANDAAG.toString(), "tijd", "10:30",
                "soort", "huisbezoek", "plaats", "x"))).statusCode(400);
        as(Roles.HANDHAVER).get(PATH + "/" + id).then().body("status", is("voorgesteld"));
        assertEquals(0, mutatiesVan(klant).size(), "nothing written by a refused besluit");

        stap(id, "besluit", afspraak(VANDAAG.plusDays(7))).statusCode(200).body("status", is("opgelegd"))
                .body("maatregel.nieuweAfspraak.datum", is(VANDAAG.plusDays(7).toString()))
                .body("maatregel.nieuweAfspraak.tijd", containsString("10:30"))
                .body("maatregel.nieuweAfspraak.soort", is("kennismakingsgesprek"))
                .body("maatregel.nieuweAfspraak.plaats", is("Werkplein Deventer"))
                .body("maatregel.motivering", containsString("nieuwe afspraak: kennismakingsgesprek op "
                        + VANDAAG.plusDays(7) + " om 10:30, Werkplein Deventer"));
        as(Roles.HANDHAVER).get(PATH + "/" + id).then().statusCode(200)
                .body("maatregel.nieuweAfspraak.soort", is("kennismakingsgesprek"));
    }

    /** Only the Faciliteren € 50 takes a new appointment: a Matchen € 50 or a Zorg blokkering refuses one (400). */
    @Test
    void otherBesluitenTakeNoAppointment() {
        UUID klant = TestZaken.klant(); // a klant with an open zaak of the klantmanager's team (record access)
        String matchen = id(registreer(klant, "no-show", VANDAAG.minusDays(20), "matchen").statusCode(201));
        tegenBesluit(matchen);
        stap(matchen, "besluit", afspraak(VANDAAG.plusDays(7))).statusCode(400)
                .body("invalidParams[0].name", is("nieuweAfspraak"));
        stap(matchen, "besluit", null).statusCode(200).body("maatregel.nieuweAfspraak", nullValue());
    }

    /** A blokkering is lifted once: feed opdracht deblokkeren from the date, event, audit; then 409. */
    @Test
    void liftingABlokkeringTellsGwsToPayAgainOnce() {
        UUID klant = TestZaken.klant(); // a klant with an open zaak of the klantmanager's team (record access)
        try (TopicProbe probe = new TopicProbe(topic)) {
            String id = geblokkeerd(klant, "faciliteren");
            Map<String, Object> opheffing = Map.of("per", VANDAAG.plusDays(1).toString(), "reden",
                    "De klant is verschenen op de nieuwe afspraak.");
            as(Roles.HANDHAVER).body(opheffing).post(PATH + "/" + id + "/blokkering-opheffing").then()
                    .statusCode(428);
            as(Roles.KLANTMANAGER).header("If-Match", etag(id)).body(opheffing)
                    .post(PATH + "/" + id + "/blokkering-opheffing").then().statusCode(403);
            stap(id, "blokkering-opheffing", Map.of("per", VANDAAG.minusDays(1).toString(), "reden", "x"))
                    .statusCode(400).body("invalidParams[0].name", is("per"));

            String trace = AuditProbe.traceparent();
            as(Roles.HANDHAVER).header("If-Match", etag(id)).header("traceparent", trace).body(opheffing)
                    .post(PATH + "/" + id + "/blokkering-opheffing").then().statusCode(200)
                    .body("status", is("blokkering-opgeheven"))
                    .body("maatregel.blokkering.actief", is(false))
                    .body("maatregel.blokkering.opgehevenPer", is(VANDAAG.plusDays(1).toString()));
            assertEquals("wijzigen", AuditProbe.inTrace("enforcement", klant, trace).get(0).get("actie"));

            stap(id, "blokkering-opheffing", opheffing).statusCode(409).body("code", is("geen-actieve-blokkering"));

            List<Map<String, Object>> mutaties = mutatiesVan(klant);
            assertEquals(List.of("eenmalige-verlaging", "blokkering", "deblokkering"),
                    mutaties.stream().map(m -> m.get("soort")).toList());
            Map<String, Object> deblokkering = mutaties.get(2);
            assertEquals(VANDAAG.plusDays(1).toString(), deblokkering.get("gedeblokkeerdPer"));
            List<Map<String, Object>> opdrachten = (List<Map<String, Object>>) deblokkering.get("opdrachten");
            assertEquals(1, opdrachten.size(), opdrachten.toString());
            assertEquals("deblokkeren", opdrachten.get(0).get("actie"));
            assertEquals(VANDAAG.plusDays(1).toString(), opdrachten.get(0).get("vanaf"));
            assertEquals(mutaties.get(1).get("maatregelId"), opdrachten.get(0).get("maatregelId"));

            List<ConsumerRecord<String, byte[]>> vanKlant = probe.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> klant.toString().equals(r.key())).toList();
            assertEquals(1, vanKlant.stream().filter(TopicProbe.ofType(
                    "nl.trede.enforcement.uitkering-gedeblokkeerd")).count());
        }
    }

    /** No blokkering in force: 409 geen-actieve-blokkering for lifting, the hersteltermijn and the stopzetting. */
    @Test
    void noBlokkeringNoLifting() {
        UUID klant = TestZaken.klant(); // a klant with an open zaak of the klantmanager's team (record access)
        String id = id(registreer(klant, "no-show", VANDAAG.minusDays(20), "matchen").statusCode(201));
        tegenBesluit(id);
        stap(id, "besluit", null).statusCode(200).body("status", is("opgelegd"));
        stap(id, "blokkering-opheffing", Map.of("per", VANDAAG.toString(), "reden", "x")).statusCode(409)
                .contentType("application/problem+json").body("code", is("geen-actieve-blokkering"));
        stap(id, "stopzetting", Map.of("per", VANDAAG.toString(), "reden", "x")).statusCode(409)
                .body("code", is("geen-actieve-blokkering"));
        assertEquals(List.of("eenmalige-verlaging"), mutatiesVan(klant).stream().map(m -> m.get("soort")).toList());
    }

    /**
     * Zorg, PB §6.3.1, §7.2: „wanneer de klant dan blijft volharden in het niet reageren (ook na het versturen van een
     * hersteltermijn), moet de uitkering worden stopgezet": only after the blokkering and a hersteltermijn that ended
     * (409 before), then the feed tells GWS to stop from the date, with the event and an audit record.
     */
    @Test
    void zorgStopzettingAfterBlokkeringAndAnUnansweredHersteltermijn() {
        UUID klant = TestZaken.klant(); // a klant with an open zaak of the klantmanager's team (record access)
        try (TopicProbe probe = new TopicProbe(topic)) {
            String id = geblokkeerd(klant, "zorg");
            Map<String, Object> stop = Map.of("per", VANDAAG.plusDays(21).toString(), "reden",
                    "Geen reactie, ook niet na de hersteltermijn.");
            stap(id, "stopzetting", stop).statusCode(409).body("code", is("hersteltermijn-vereist"));

            LocalDate tot = VANDAAG.plusDays(14);
            stap(id, "blokkering-hersteltermijn", Map.of("verzondenOp", VANDAAG.toString(), "termijnTot",
                    VANDAAG.plusDays(1).toString())).statusCode(400).body("invalidParams[0].name", is("termijnTot"));
            stap(id, "blokkering-hersteltermijn", Map.of("verzondenOp", VANDAAG.toString(), "termijnTot",
                    tot.toString())).statusCode(200).body("status", is("geblokkeerd"))
                    .body("maatregel.blokkering.hersteltermijnTot", is(tot.toString()));
            stap(id, "stopzetting", stop).statusCode(409).body("code", is("hersteltermijn-loopt"));

            clock.naar(tot.plusDays(1));
            stap(id, "stopzetting", Map.of("per", tot.toString(), "reden", "x")).statusCode(400)
                    .body("invalidParams[0].name", is("per"));
            String trace = AuditProbe.traceparent();
            as(Roles.HANDHAVER).header("If-Match", etag(id)).header("traceparent", trace).body(stop)
                    .post(PATH + "/" + id + "/stopzetting").then().statusCode(200).body("status", is("stopgezet"))
                    .body("maatregel.blokkering.stopgezetPer", is(VANDAAG.plusDays(21).toString()))
                    .body("maatregel.blokkering.actief", is(false));
            assertEquals("wijzigen", AuditProbe.inTrace("enforcement", klant, trace).get(0).get("actie"));
            stap(id, "stopzetting", stop).statusCode(409).body("code", is("geen-actieve-blokkering"));
            stap(id, "blokkering-opheffing", Map.of("per", VANDAAG.plusDays(21).toString(), "reden", "x"))
                    .statusCode(409);

            List<Map<String, Object>> mutaties = mutatiesVan(klant);
            assertEquals(List.of("blokkering", "stopzetting"), mutaties.stream().map(m -> m.get("soort")).toList());
            List<Map<String, Object>> opdrachten = (List<Map<String, Object>>) mutaties.get(1).get("opdrachten");
            assertEquals("stopzetten", opdrachten.get(0).get("actie"));
            assertEquals(VANDAAG.plusDays(21).toString(), opdrachten.get(0).get("vanaf"));
            assertEquals(null, opdrachten.get(0).get("totEnMet"));

            List<ConsumerRecord<String, byte[]>> vanKlant = probe.drain(Duration.ofSeconds(3)).stream()
                    .filter(r -> klant.toString().equals(r.key())).toList();
            assertEquals(1, vanKlant.stream().filter(TopicProbe.ofType("nl.trede.enforcement.uitkering-stopgezet"))
                    .count());
            assertEquals(1, vanKlant.stream().filter(TopicProbe.ofType(
                    "nl.trede.enforcement.blokkering-hersteltermijn-verstuurd")).count());
        }
    }

    /** The stopzetting is Zorg's rule (PB §6.3.1): for a Faciliteren blokkering it is 409. */
    @Test
    void faciliterenHasNoStopzetting() {
        UUID klant = TestZaken.klant(); // a klant with an open zaak of the klantmanager's team (record access)
        String id = geblokkeerd(klant, "faciliteren");
        stap(id, "blokkering-hersteltermijn", Map.of("verzondenOp", VANDAAG.toString(), "termijnTot",
                VANDAAG.plusDays(14).toString())).statusCode(409).body("code", is("stopzetten-niet-mogelijk"));
        assertTrue(mutatiesVan(klant).stream().noneMatch(m -> "stopzetting".equals(m.get("soort"))));
    }
}
