package nl.trede.ladder.api;

import static nl.trede.ladder.api.MetingResourceTest.meting;
import static nl.trede.ladder.api.MetingResourceTest.post;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Traject context from casework through the platform inbox (casework's {@code traject-gestart} and
 * {@code traject-beeindigd} on {@code trede.casework.v1}) → the metingen due at traject start and end and the movement
 * per voorziening (sources L5.3: the end of a traject triggers a meting; sources
 * H7.4, thesis §4.2.1: which trajectories move klanten up).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class TrajectFlowTest {

    private static final String SOURCE = "urn:nld:oin:00000000000000000000:systeem:trede-casework";
    private static final String VERWACHT = "/api/ladder/v1/verwachte-metingen";

    @ConfigProperty(name = "trede.topics.casework")
    String caseworkTopic;

    private KafkaProducer<String, CloudEvent> producer;

    @BeforeEach
    void producer() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", CloudEventSerializer.class.getName()));
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private void send(UUID klant, String type, OffsetDateTime time, String data) throws Exception {
        producer.send(new ProducerRecord<>(caseworkTopic, klant.toString(), EventEnvelope.build(UUID.randomUUID(),
                SOURCE, "nl.trede.casework." + type, klant.toString(), time, null, data))).get();
    }

    private void gestart(UUID klant, UUID traject, String voorziening, String start, String eind) throws Exception {
        send(klant, "traject-gestart", TestDag.nuUtc(), "{\"trajectId\":\"" + traject
                + "\",\"zaakId\":\"" + UUID.randomUUID() + "\",\"voorziening\":\"" + voorziening
                + "\",\"startdatum\":\"" + start + "\",\"einddatum\":\"" + eind + "\"}");
    }

    private void beeindigd(UUID klant, UUID traject, String voorziening, OffsetDateTime op) throws Exception {
        send(klant, "traject-beeindigd", op, "{\"trajectId\":\"" + traject + "\",\"zaakId\":\"" + UUID.randomUUID()
                + "\",\"voorziening\":\"" + voorziening + "\",\"resultaat\":\"werk-gevonden\"}");
    }

    private static void eventually(Supplier<Boolean> check) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!check.get()) {
            assertTrue(Instant.now().isBefore(deadline), "not reached within 30 s");
            Thread.sleep(250);
        }
    }

    /** The due rows of these trajecten on the peildatum, as "reden@verwachtOp" per trajectId. */
    private static Map<String, Set<String>> due(String peildatum, Set<UUID> trajecten) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> p = as(Roles.KLANTMANAGER).queryParam("peildatum", peildatum)
                    .queryParam("pageSize", 100).queryParam("page", page).get(VERWACHT).then().statusCode(200)
                    .extract().jsonPath().getList("verwachteMetingen");
            rows.addAll(p);
            if (p.size() < 100) {
                break;
            }
        }
        Set<String> ids = trajecten.stream().map(UUID::toString).collect(Collectors.toSet());
        return rows.stream().filter(r -> ids.contains(r.get("trajectId")))
                .collect(Collectors.groupingBy(r -> (String) r.get("trajectId"),
                        Collectors.mapping(r -> r.get("reden") + "@" + r.get("verwachtOp"), Collectors.toSet())));
    }

    private static Map<String, Object> metTraject(Map<String, Object> meting, UUID traject, String aanleiding) {
        meting.put("trajectId", traject.toString());
        meting.put("aanleiding", aanleiding);
        return meting;
    }

    @Test
    @DisplayName("requirement 'metingen due (at traject start and end ...)', sources L5.3 (end of a traject): nulmeting unless a meting lies within 30 days before the start [D]; end on the end date or when ended earlier; a meting with the trajectId satisfies it")
    void metingenDueAtTrajectStartAndEnd() throws Exception {
        UUID a = TestZaken.klant();
        UUID b = TestZaken.klant();
        UUID c = TestZaken.klant();
        UUID d = TestZaken.klant();
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        UUID t3 = UUID.randomUUID();
        UUID t4 = UUID.randomUUID();
        // b was measured 20 days before its start (inside the window), c 46 days before (outside it).
        post(meting(b, "divosa", 2, null, "2012-02-10"));
        post(meting(c, "divosa", 2, null, "2012-01-15"));
        gestart(a, t1, "werkervaringsplaats", "2012-03-01", "2012-09-01");
        gestart(b, t2, "werkervaringsplaats", "2012-03-01", "2012-09-01");
        gestart(c, t3, "taalcursus", "2012-03-01", "2012-09-01");
        gestart(d, t4, "jobcoaching", "2012-04-01", "2012-12-31");
        beeindigd(d, t4, "jobcoaching", OffsetDateTime.parse("2012-06-15T10:00:00+02:00"));
        // casework's other types on the topic are skipped, not poison
        send(a, "zaak-aangemaakt", TestDag.nuUtc(), "{\"zaakId\":\"" + UUID.randomUUID() + "\"}");
        Set<UUID> alle = Set.of(t1, t2, t3, t4);
        eventually(() -> due("2012-12-31", alle).size() == 4
                && due("2012-12-31", alle).get(t4.toString()).contains("traject-einde@2012-06-15"));

        Map<String, Set<String>> opStart = due("2012-03-01", alle);
        assertEquals(Set.of("traject-start@2012-03-01"), opStart.get(t1.toString()));
        assertEquals(null, opStart.get(t2.toString()), "a meting 20 days before the start is the nulmeting");
        assertEquals(Set.of("traject-start@2012-03-01"), opStart.get(t3.toString()));
        assertEquals(null, opStart.get(t4.toString()), "not due before its start");

        Map<String, Set<String>> later = due("2012-12-31", alle);
        assertEquals(Set.of("traject-start@2012-03-01", "traject-einde@2012-09-01"), later.get(t1.toString()));
        assertEquals(Set.of("traject-einde@2012-09-01"), later.get(t2.toString()));
        // ended by casework on 15 June (Europe/Amsterdam), before its end date of 31 December
        assertEquals(Set.of("traject-start@2012-04-01", "traject-einde@2012-06-15"), later.get(t4.toString()));

        // A meting with the trajectId on or after the due date satisfies it; one before the end date does not
        // satisfy the end.
        post(metTraject(meting(c, "divosa", 2, null, "2012-03-05"), t3, "traject-start"));
        post(metTraject(meting(d, "divosa", 3, null, "2012-06-20"), t4, "traject-einde"));
        later = due("2012-12-31", alle);
        assertEquals(Set.of("traject-einde@2012-09-01"), later.get(t3.toString()));
        assertEquals(null, later.get(t4.toString()), "the meting on 20 June with the trajectId covers start and end");

        // The periodic rows are still there, with their reason and without a traject.
        as(Roles.KLANTMANAGER).queryParam("peildatum", "2013-02-10").queryParam("model", "divosa")
                .queryParam("pageSize", 100).get(VERWACHT).then().statusCode(200)
                .body("verwachteMetingen.find { it.klantId == '" + b + "' }.reden", is("periodiek"))
                .body("verwachteMetingen.find { it.klantId == '" + b + "' }.verwachtOp", is("2013-02-10"))
                .body("verwachteMetingen.find { it.klantId == '" + b + "' }.trajectId", nullValue())
                .body("verwachteMetingen.findAll { it.reden != 'periodiek' }.size()", is(0));
    }

    private void klant(String voorziening, Map<String, Object> voor, Map<String, Object> na, UUID klant,
                       String start, String eind) throws Exception {
        UUID traject = UUID.randomUUID();
        post(voor);
        gestart(klant, traject, voorziening, start, eind);
        if (na != null) {
            post(metTraject(na, traject, "traject-einde"));
        }
    }

    private static ValidatableResponse trajecten(String model, String niveau) {
        return as(Roles.BELEIDSMEDEWERKER).queryParam("model", model).queryParam("van", "2019-01-01")
                .queryParam("tot", "2019-12-31").queryParam("niveau", niveau)
                .get("/api/ladder/v1/rapportages/trajecten").then().statusCode(200);
    }

    @Test
    @DisplayName("requirement 'movement per traject type (which voorzieningen move people up)', sources H7.4 (thesis §4.2.1): last meting at/before the start vs first at/after the end, per voorziening, per model, small cells suppressed")
    void movementPerVoorziening() throws Exception {
        String wep = "werkervaringsplaats-" + UUID.randomUUID().toString().substring(0, 6);
        String taal = "taalcursus-" + UUID.randomUUID().toString().substring(0, 6);
        // 7 up: trede 1 long before, 2 just before the start (the one that counts), 5 during, 4 just after the end
        // (the one that counts), 6 later.
        for (int i = 0; i < 7; i++) {
            UUID k = TestZaken.klant();
            post(meting(k, "heemskerk", 1, null, "2019-01-01"));
            klant(wep, meting(k, "heemskerk", 2, null, "2019-02-20"), meting(k, "heemskerk", 4, null, "2019-09-05"),
                    k, "2019-03-01", "2019-09-01");
            post(meting(k, "heemskerk", 5, null, "2019-06-01"));
            post(meting(k, "heemskerk", 6, null, "2019-11-01"));
        }
        // 5 from 2.1 to 2.4: the same trede, up at sub-trede level (sources H2.4 ordering); measured on the end date.
        for (int i = 0; i < 5; i++) {
            UUID k = TestZaken.klant();
            klant(wep, meting(k, "heemskerk", 2, List.of("2.1"), "2019-02-01"),
                    meting(k, "heemskerk", 2, List.of("2.4"), "2019-09-01"), k, "2019-03-01", "2019-09-01");
        }
        // 1 down: 3 → 2.2
        UUID omlaag = TestZaken.klant();
        klant(wep, meting(omlaag, "heemskerk", 3, null, "2019-02-01"),
                meting(omlaag, "heemskerk", 2, List.of("2.2"), "2019-09-10"), omlaag, "2019-03-01", "2019-09-01");
        // not counted: no meting after the end; and a klant measured on divosa only (no mixing of models)
        UUID zonderEinde = TestZaken.klant();
        klant(wep, meting(zonderEinde, "heemskerk", 2, null, "2019-02-01"), null, zonderEinde, "2019-03-01",
                "2019-09-01");
        UUID divosa = TestZaken.klant();
        klant(wep, meting(divosa, "divosa", 2, null, "2019-02-01"), meting(divosa, "divosa", 4, null, "2019-09-02"),
                divosa, "2019-03-01", "2019-09-01");
        // 5 the same on a taalcursus that casework ended early (the first meting after that day counts)
        for (int i = 0; i < 5; i++) {
            UUID k = TestZaken.klant();
            UUID traject = UUID.randomUUID();
            post(meting(k, "heemskerk", 3, null, "2019-04-01"));
            gestart(k, traject, taal, "2019-04-01", "2020-04-01");
            beeindigd(k, traject, taal, OffsetDateTime.parse("2019-10-01T09:00:00+02:00"));
            post(metTraject(meting(k, "heemskerk", 3, null, "2019-10-02"), traject, "traject-einde"));
        }
        eventually(() -> Integer.valueOf(5).equals(trajecten("heemskerk", "trede")
                .extract().path("voorzieningen.find { it.voorziening == '" + taal + "' }.totaal.aantal"))
                && Integer.valueOf(13).equals(trajecten("heemskerk", "trede")
                .extract().path("voorzieningen.find { it.voorziening == '" + wep + "' }.totaal.aantal")));

        String w = "voorzieningen.find { it.voorziening == '" + wep + "' }.";
        String t = "voorzieningen.find { it.voorziening == '" + taal + "' }.";
        // trede level: 7 up, 5 same, 1 down; the 1 is hidden and the next smallest (5) with it (Onderdrukking)
        trajecten("heemskerk", "trede").body("model", is("heemskerk")).body("minimumCelgrootte", is(5))
                .body(w + "totaal.aantal", is(13)).body(w + "gestegen.aantal", is(7))
                .body(w + "gelijk.onderdrukt", is(true)).body(w + "gelijk.aantal", nullValue())
                .body(w + "gedaald.onderdrukt", is(true))
                .body(t + "gelijk.aantal", is(5)).body(t + "gestegen.aantal", is(0))
                .body(t + "gedaald.aantal", is(0));
        // sub-trede level: 12 up, 0 same, 1 down → the 1 and the 12 hidden, 0 shown
        trajecten("heemskerk", "sub-trede").body(w + "totaal.aantal", is(13))
                .body(w + "gestegen.onderdrukt", is(true)).body(w + "gelijk.aantal", is(0))
                .body(w + "gedaald.onderdrukt", is(true));
        // the divosa klant counts on divosa only: 1 traject, a small cell
        trajecten("divosa", "trede").body(w + "totaal.onderdrukt", is(true))
                .body(w + "gestegen.onderdrukt", is(true));
        // only trajecten that ended in the window
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("van", "2019-09-02")
                .queryParam("tot", "2019-12-31").get("/api/ladder/v1/rapportages/trajecten").then().statusCode(200)
                .body(w + "totaal", nullValue()).body(t + "totaal.aantal", is(5));
        as(Roles.KLANTMANAGER).queryParam("model", "heemskerk").get("/api/ladder/v1/rapportages/trajecten").then()
                .statusCode(403);
        as(Roles.BELEIDSMEDEWERKER).queryParam("model", "heemskerk").queryParam("naarModel", "divosa")
                .get("/api/ladder/v1/rapportages/trajecten").then().statusCode(400)
                .body("invalidParams[0].name", is("naarModel"));
    }

    @Test
    @DisplayName("platform inbox: a traject event the ladder cannot read goes to the DLQ, the partition goes on")
    void malformedTrajectEventGoesToTheDlq() throws Exception {
        UUID klant = TestZaken.klant();
        String marker = UUID.randomUUID().toString();
        // no startdatum
        send(klant, "traject-gestart", TestDag.nuUtc(), "{\"trajectId\":\"" + UUID.randomUUID()
                + "\",\"zaakId\":\"" + marker + "\",\"voorziening\":\"re-integratie\"}");
        // subject is not a klantId
        producer.send(new ProducerRecord<>(caseworkTopic, "x", EventEnvelope.build(UUID.randomUUID(), SOURCE,
                "nl.trede.casework.traject-beeindigd", "geen-klant", TestDag.nuUtc(), null,
                "{\"trajectId\":\"" + UUID.randomUUID() + "\",\"zaakId\":\"" + UUID.randomUUID()
                        + "\",\"voorziening\":\"" + marker + "\"}"))).get();
        UUID traject = UUID.randomUUID();
        gestart(klant, traject, "re-integratie", "2011-05-01", "2011-11-01");
        eventually(() -> due("2011-05-01", Set.of(traject)).containsKey(traject.toString()));
        try (TopicProbe dlq = new TopicProbe(caseworkTopic + ".dlq")) {
            assertTrue(dlq.await(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"zaakId\":\""
                    + marker), Duration.ofSeconds(20)).isPresent(), "missing startdatum");
            assertTrue(dlq.await(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"voorziening\":\""
                    + marker), Duration.ofSeconds(20)).isPresent(), "subject is not a klantId");
        }
    }
}
