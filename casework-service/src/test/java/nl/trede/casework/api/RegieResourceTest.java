package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.trede.casework.domain.CaseworkEvents;
import nl.trede.casework.domain.Gedraging;
import nl.trede.casework.domain.Regiewissel;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Exactly one regisseur at every moment (sources A3 R-01, A6 T06): a new zaak in the team queue, taking,
 * handing over and returning it atomically, concurrent transfers, the database constraint, caseload and backlog; a
 * gedraging reported to enforcement; closing never silently; the timeline.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class RegieResourceTest {

    private static final String ZAKEN = ZaakService.PATH;

    @Inject
    ZaakService service;

    @ConfigProperty(name = "trede.topics.casework")
    String topic;

    /** A zaak as melding-doorgezet opens it (the event path itself is MeldingDoorgezetFlowTest's). */
    private String nieuweZaak() {
        return QuarkusTransaction.requiringNew().call(() -> service.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", "matchen",
                new ZaakService.Persoonsgegevens("T. Test", LocalDate.of(1990, 1, 1)))).id.toString();
    }

    private static Map<String, Object> regie(String regisseur, String reden) {
        return regisseur == null ? Map.of("reden", reden) : Map.of("regisseur", regisseur, "reden", reden);
    }

    @Test
    @DisplayName("R-01: queue → taken → handed over → back in the queue; always one owner, every change in history")
    void takeHandOverAndReturn() {
        String id = nieuweZaak();
        as(Roles.KLANTMANAGER, "km-a").get(ZAKEN + "/" + id).then().statusCode(200)
                .body("team", is("team-werk")).body("regisseur", nullValue()).body("eigenaar", is("team-werk"))
                .body("klantgroep", is("matchen"));
        as(Roles.KLANTMANAGER, "km-a").body(regie("km-a", "Oppakken uit de queue")).post(ZAKEN + "/" + id + "/regie")
                .then().statusCode(200).body("regisseur", is("km-a")).body("eigenaar", is("km-a"));
        // Someone else cannot take it.
        as(Roles.KLANTMANAGER, "km-b").body(regie("km-b", "Ik neem hem")).post(ZAKEN + "/" + id + "/regie")
                .then().statusCode(403).contentType("application/problem+json");
        as(Roles.KLANTMANAGER, "km-a").body(regie("km-b", "Warme overdracht binnen het team"))
                .post(ZAKEN + "/" + id + "/regie").then().statusCode(200).body("regisseur", is("km-b"));
        as(Roles.TEAMLEIDER, "tl-x").body(regie(null, "Km-b met verlof")).post(ZAKEN + "/" + id + "/regie")
                .then().statusCode(200).body("regisseur", nullValue()).body("eigenaar", is("team-werk"));
        as(Roles.KLANTMANAGER, "km-a").get(ZAKEN + "/" + id + "/regiehistorie").then().statusCode(200)
                .body("naarRegisseur", contains("km-a", "km-b", null))
                .body("door", contains("km-a", "km-a", "tl-x"));
        as(Roles.KLANTMANAGER, "km-a").get(ZAKEN + "/" + id + "/tijdlijn").then().statusCode(200)
                .body("soort", contains("zaak-aangemaakt", "regisseur-toegewezen", "regisseur-toegewezen",
                        "regisseur-toegewezen"));
        try (TopicProbe probe = new TopicProbe(topic)) {
            assertTrue(probe.await(r -> CaseworkEvents.REGISSEUR_TOEGEWEZEN.equals(TopicProbe.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(id), Duration.ofSeconds(20)).isPresent());
        }
    }

    @Test
    @DisplayName("T06: concurrent transfers with the same ETag: exactly one wins, the zaak keeps exactly one regisseur")
    void concurrentTransfersLeaveExactlyOneRegisseur() throws Exception {
        String id = nieuweZaak();
        String etag = as(Roles.TEAMLEIDER, "tl-x").get(ZAKEN + "/" + id).then().extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String naar = "km-" + i;
                Callable<Integer> call = () -> as(Roles.TEAMLEIDER, "tl-x").header("If-Match", etag)
                        .body(regie(naar, "Parallel")).post(ZAKEN + "/" + id + "/regie").then().extract().statusCode();
                results.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 412 || s == 409), statuses.toString());

            // Without If-Match: every request either wins in turn or loses with 409, never a 500.
            List<Future<Integer>> blind = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String naar = "km-blind-" + i;
                blind.add(pool.submit(() -> as(Roles.TEAMLEIDER, "tl-x").body(regie(naar, "Parallel zonder ETag"))
                        .post(ZAKEN + "/" + id + "/regie").then().extract().statusCode()));
            }
            long gewonnen = 0;
            for (Future<Integer> f : blind) {
                int s = f.get();
                assertTrue(s == 200 || s == 409, "status " + s);
                gewonnen += s == 200 ? 1 : 0;
            }
            long rijen = QuarkusTransaction.requiringNew().call(() -> Regiewissel.count("zaakId", UUID.fromString(id)));
            assertEquals(1 + gewonnen, rijen, "one history row per successful change, none for the losers");
            Zaak zaak = QuarkusTransaction.requiringNew().call(() -> Zaak.<Zaak>findById(UUID.fromString(id)));
            Regiewissel laatste = QuarkusTransaction.requiringNew().call(() ->
                    Regiewissel.vanZaak(UUID.fromString(id)).get((int) rijen - 1));
            assertEquals(laatste.naarRegisseur, zaak.regisseur, "the zaak's regisseur is the last change's");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-01 in the database itself: a zaak without a team cannot be stored")
    void theDatabaseRefusesAnOwnerlessZaak() {
        String id = nieuweZaak();
        UUID zaakId = UUID.fromString(id);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Zaak.getEntityManager()
                .createNativeQuery("update zaak set team = ' ' where id = :id").setParameter("id", zaakId)
                .executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Zaak.getEntityManager()
                .createNativeQuery("update zaak set team = null where id = :id").setParameter("id", zaakId)
                .executeUpdate()));
        as(Roles.TEAMLEIDER, "tl-x").get(ZAKEN + "/" + id).then().body("eigenaar", is("team-werk"));
    }

    @Test
    @DisplayName("Caseload per regisseur and the unassigned backlog per team are queryable")
    void caseloadAndBacklog() {
        String team = "team-test-" + UUID.randomUUID().toString().substring(0, 8);
        String a = nieuweZaak();
        String b = nieuweZaak();
        String c = nieuweZaak();
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("team", team, "regisseur", "km-q", "reden", "x"))
                .post(ZAKEN + "/" + a + "/regie").then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("team", team, "regisseur", "km-q", "reden", "x"))
                .post(ZAKEN + "/" + b + "/regie").then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("team", team, "reden", "Naar de queue van het nieuwe team"))
                .post(ZAKEN + "/" + c + "/regie").then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-x").queryParam("team", team).get("/api/casework/v1/caseload").then().statusCode(200)
                .body("regisseurs.wie", contains("km-q")).body("regisseurs.open", contains(2))
                .body("backlog.team", contains(team)).body("backlog.open", contains(1));
        as(Roles.TEAMLEIDER, "tl-x").queryParam("team", team).queryParam("zonderRegisseur", true).get(ZAKEN)
                .then().statusCode(200).body("zaken.id", contains(c));
        as(Roles.TEAMLEIDER, "tl-x").queryParam("regisseur", "km-q").queryParam("pageSize", 100).get(ZAKEN)
                .then().statusCode(200).body("zaken.id", hasItem(a)).body("zaken.id", hasItem(b));
    }

    @Test
    @DisplayName("A gedraging goes to enforcement as an event with code and date only; bad input writes nothing")
    void gedragingMelden() {
        nl.trede.casework.messaging.EnforcementContract.catalogusLaden();
        String id = nieuweZaak();
        String gedraging = as(Roles.KLANTMANAGER, "km-a").body(Map.of("categorie", "no-show",
                        "datum", TestDag.vandaag().minusDays(1).toString(), "toelichting", "Niet op de afspraak gekomen."))
                .post(ZAKEN + "/" + id + "/gedragingen").then().statusCode(201).extract().path("id");
        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> event = probe.await(r -> CaseworkEvents.GEDRAGING_GEMELD
                    .equals(TopicProbe.header(r, "ce_type")) && new String(r.value(), StandardCharsets.UTF_8)
                    .contains(gedraging), Duration.ofSeconds(20)).orElseThrow();
            String data = new String(event.value(), StandardCharsets.UTF_8);
            assertTrue(data.contains("\"categorie\":\"no-show\""), data);
            // Enforcement's contract: the report's id as meldingId, and what it needs to judge (klantgroep, zorg).
            assertTrue(data.contains("\"meldingId\":\"" + gedraging + "\"") && data.contains("\"klantgroep\":\"matchen\"")
                    && data.contains("\"actieveZorg\":false"), data);
            assertFalse(data.contains("afspraak"), "no free text in events: " + data);
        }
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("categorie", "Niet Verschenen",
                        "datum", TestDag.vandaag().plusDays(3).toString(), "toelichting", " "))
                .post(ZAKEN + "/" + id + "/gedragingen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("categorie", "toelichting"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("categorie", "no-show",
                        "datum", TestDag.vandaag().plusDays(3).toString(), "toelichting", "x"))
                .post(ZAKEN + "/" + id + "/gedragingen").then().statusCode(400)
                .body("invalidParams[0].name", is("datum"));
        long count = QuarkusTransaction.requiringNew().call(() -> Gedraging.count("zaakId", UUID.fromString(id)));
        assertEquals(1, count);
        as(Roles.KLANTMANAGER, "km-a").get(ZAKEN + "/" + id + "/tijdlijn").then()
                .body("soort", hasItem("gedraging-gemeld"));
    }

    @Test
    @DisplayName("the casework requirements: a zaak never closes silently — a reason, by its regisseur or a teamleider, once")
    void afsluitenMetReden() {
        String id = nieuweZaak();
        as(Roles.KLANTMANAGER, "km-a").body(regie("km-a", "Oppakken")).post(ZAKEN + "/" + id + "/regie")
                .then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of()).post(ZAKEN + "/" + id + "/afsluiting").then().statusCode(400)
                .body("invalidParams[0].name", is("reden"));
        as(Roles.KLANTMANAGER, "km-b").body(Map.of("reden", "uitstroom-werk")).post(ZAKEN + "/" + id + "/afsluiting")
                .then().statusCode(403);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk", "toelichting", "Vast contract."))
                .post(ZAKEN + "/" + id + "/afsluiting").then().statusCode(200)
                .body("status", is("afgesloten")).body("afsluitReden", is("uitstroom-werk"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "overig")).post(ZAKEN + "/" + id + "/afsluiting")
                .then().statusCode(409);
        as(Roles.TEAMLEIDER, "tl-x").body(regie("km-b", "Na afsluiting")).post(ZAKEN + "/" + id + "/regie")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("closed"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("categorie", "no-show", "datum", TestDag.vandaag().toString(),
                "toelichting", "x")).post(ZAKEN + "/" + id + "/gedragingen").then().statusCode(409);
    }

    @Test
    @DisplayName("the casework requirements: a klantmanager opens a zaak directly for a known klant; one open zaak per klant; owner at once")
    void zaakDirectOpenen() {
        String eerste = nieuweZaak();
        String klantId = as(Roles.KLANTMANAGER, "km-a").get(ZAKEN + "/" + eerste).then().extract().path("klantId");
        Map<String, Object> body = Map.of("klantId", klantId, "klantgroep", "groeien", "reden", "Terug na verlies "
                + "van werk.");
        as(Roles.KLANTMANAGER, "km-a").body(body).post(ZAKEN).then().statusCode(409)
                .body("existing", org.hamcrest.Matchers.endsWith(eerste));
        as(Roles.KLANTMANAGER, "km-a").body(regie("km-a", "Oppakken")).post(ZAKEN + "/" + eerste + "/regie")
                .then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk")).post(ZAKEN + "/" + eerste
                + "/afsluiting").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").body(body).post(ZAKEN).then().statusCode(201)
                .body("regisseur", is("km-a")).body("eigenaar", is("km-a")).body("klantgroep", is("groeien"))
                .body("meldingId", nullValue()).body("status", is("open"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("klantId", UUID.randomUUID().toString(), "reden", "x"))
                .post(ZAKEN).then().statusCode(404).contentType("application/problem+json");
        as(Roles.INTAKE_MEDEWERKER, "im-1").body(body).post(ZAKEN).then().statusCode(403);
    }
}
