package nl.trede.casework.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.CaseworkEvents;
import nl.trede.casework.domain.Gedraging;
import nl.trede.casework.domain.Gedragingscategorie;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract casework ↔ enforcement (casework-service/README.md "Reporting a gedraging"), with the real broker and
 * enforcement's own examples from {@code docs/contracts} (which enforcement's tests check against what it publishes):
 * a report enforcement would refuse is refused here at once, and a report enforcement still refuses comes back
 * on the zaak. Before, casework answered 201 to anything (its own OpenAPI example {@code niet-verschenen}, a
 * werkweigering for a Zorg zaak) and the zaak said "gemeld bij handhaving" while enforcement dead-lettered it.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class EnforcementContractFlowTest {

    static final String ENFORCEMENT = "urn:nld:oin:00000000000000000000:systeem:trede-enforcement";
    static final LocalDate VANDAAG = TestDag.vandaag();
    private static KafkaProducer<String, CloudEvent> events;

    @Inject
    ZaakService zaken;

    @ConfigProperty(name = "trede.topics.enforcement")
    String enforcementTopic;

    @ConfigProperty(name = "trede.topics.casework")
    String caseworkTopic;

    @BeforeAll
    static void producer() {
        events = new KafkaProducer<>(Map.of("bootstrap.servers", ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class), "key.serializer", StringSerializer.class.getName(),
                "value.serializer", CloudEventSerializer.class.getName()));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    static RequestSpecification km() {
        return given().header("Authorization", TestTokens.bearer(Roles.KLANTMANAGER)).contentType(ContentType.JSON);
    }

    UUID[] zaak(String klantgroep) {
        UUID klant = UUID.randomUUID();
        UUID zaak = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(klant, UUID.randomUUID(),
                "aanvraag-levensonderhoud", klantgroep, new ZaakService.Persoonsgegevens("C. Contract",
                        LocalDate.of(1988, 3, 4)))).id;
        return new UUID[] {klant, zaak};
    }

    static io.restassured.response.ValidatableResponse meld(UUID zaak, String categorie, LocalDate datum) {
        return km().body(Map.of("categorie", categorie, "datum", datum.toString(), "toelichting", "Gebeurd."))
                .post(ZaakService.PATH + "/" + zaak + "/gedragingen").then();
    }

    static long gedragingen(UUID zaak) {
        return QuarkusTransaction.requiringNew().call(() -> Gedraging.count("zaakId", zaak));
    }

    void publiceer(JsonNode voorbeeld, String subject) throws Exception {
        CloudEvent e = EventEnvelope.build(UUID.randomUUID(), ENFORCEMENT, voorbeeld.get("type").asText(), subject,
                TestDag.nuUtc(), "http://localhost/x", voorbeeld.get("data").toString());
        events.send(new ProducerRecord<>(enforcementTopic, subject, e)).get();
    }

    @Test
    @DisplayName("Before enforcement's catalogue arrived a report is 503 catalogus-onbekend; nothing is written")
    void zonderCatalogus503() {
        UUID[] z = zaak("matchen");
        QuarkusTransaction.requiringNew().run(() -> Gedragingscategorie.deleteAll());
        try {
            meld(z[1], "no-show", VANDAAG).statusCode(503).contentType("application/problem+json")
                    .body("code", is("catalogus-onbekend"));
            assertEquals(0, gedragingen(z[1]));
        } finally {
            EnforcementContract.catalogusLaden();
        }
    }

    @Test
    @DisplayName("Enforcement's catalogue through the topic: what enforcement refuses is 400 naming the field and the rule")
    void catalogusVanHandhavingBepaaltWatGemeldKanWorden() throws Exception {
        JsonNode voorbeeld = EnforcementContract.voorbeeld(EnforcementContract.CATALOGUS);
        assertEquals(GedragingscategorieenHandler.TYPE, voorbeeld.get("type").asText());
        QuarkusTransaction.requiringNew().run(() -> Gedragingscategorie.deleteAll());
        publiceer(voorbeeld, voorbeeld.get("subject").asText());
        Instant deadline = Instant.now().plusSeconds(30);
        long n = 0;
        while (n == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            n = QuarkusTransaction.requiringNew().call(() -> Gedragingscategorie.count());
        }
        assertEquals(voorbeeld.at("/data/versies/0/categorieen").size(), n);

        UUID[] matchen = zaak("matchen");
        // casework's own former OpenAPI example is no code of enforcement
        meld(matchen[1], "niet-verschenen", VANDAAG).statusCode(400).contentType("application/problem+json")
                .body("code", is("categorie-onbekend")).body("invalidParams[0].name", is("categorie"))
                .body("invalidParams[0].reason", containsString("no-show"));
        // a date before enforcement's first version
        meld(matchen[1], "no-show", LocalDate.of(2024, 12, 31)).statusCode(400)
                .body("invalidParams[0].name", is("datum"));
        // the kennisgeving date a report cannot carry
        meld(matchen[1], "taaleis-voortijdig-stoppen", VANDAAG).statusCode(400)
                .body("code", is("referentiedatum-vereist"));
        meld(matchen[1], "g8-werkweigering", VANDAAG).statusCode(201);
        meld(matchen[1], "no-show", VANDAAG).statusCode(201).body("status", is("gemeld"))
                .body("weigering", nullValue());

        // PB §1.2: no arbeidsverplichting for Faciliteren and Zorg
        for (String groep : List.of("faciliteren", "zorg")) {
            UUID[] z = zaak(groep);
            for (String categorie : List.of("g8-werkweigering", "g6-onvoldoende-solliciteren")) {
                meld(z[1], categorie, VANDAAG).statusCode(400).body("code", is("geen-arbeidsverplichting"))
                        .body("invalidParams[0].name", is("categorie"))
                        .body("detail", containsString("PB §1.2"));
            }
            meld(z[1], "no-show", VANDAAG).statusCode(201);
            assertEquals(1, gedragingen(z[1]));
        }
    }

    @Test
    @DisplayName("A report enforcement still refuses comes back: status geweigerd and on the zaak's timeline")
    void weigeringVanHandhavingKomtTerug() throws Exception {
        EnforcementContract.catalogusLaden();
        UUID[] z = zaak("matchen");
        String gid = meld(z[1], "no-show", VANDAAG).statusCode(201).extract().path("id");
        try (TopicProbe probe = new TopicProbe(caseworkTopic)) {
            assertTrue(probe.await(r -> CaseworkEvents.GEDRAGING_GEMELD.equals(TopicProbe.header(r, "ce_type"))
                    && new String(r.value()).contains(gid), Duration.ofSeconds(20)).isPresent());
        }
        // enforcement's example, for this report (e.g. the catalogue changed in between)
        JsonNode voorbeeld = EnforcementContract.voorbeeld(EnforcementContract.GEWEIGERD).deepCopy();
        ObjectNode data = (ObjectNode) voorbeeld.get("data");
        data.put("meldingId", gid);
        data.put("zaakId", z[1].toString());
        data.put("categorie", "no-show");
        data.put("datum", VANDAAG.toString());
        publiceer(voorbeeld, z[0].toString());

        String pad = ZaakService.PATH + "/" + z[1] + "/gedragingen/" + gid;
        Instant deadline = Instant.now().plusSeconds(30);
        String status = "gemeld";
        while (!"geweigerd".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = km().get(pad).then().statusCode(200).extract().path("status");
        }
        km().get(pad).then().statusCode(200).body("status", is("geweigerd"))
                .body("weigering.redenCode", is(data.get("redenCode").asText()))
                .body("weigering.reden", is(data.get("reden").asText()));
        km().get(ZaakService.PATH + "/" + z[1] + "/tijdlijn").then().statusCode(200)
                .body("soort", hasItem("gedraging-geweigerd"))
                .body("samenvatting", hasItem(containsString("geweigerd door handhaving: "
                        + data.get("redenCode").asText())));
    }
}
