package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestKalender;
import nl.trede.platform.testsupport.WerkitemsProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * intake publishes the klant's open deadlines as {@code nl.trede.intake.werkitems-bijgewerkt}
 * (docs/contracts/werkitems.md): after every step the complete list, with strictly increasing volgnummers, and the
 * deadline a step meets is gone from the next snapshot — also for a step without an event of its own (the
 * ambitiegesprek). Expected dates come from TestKalender (Awb 4:13 with Atw art. 1; Awb 4:5).
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class WerkitemsTest {

    private static final Duration WACHT = Duration.ofSeconds(20);

    @ConfigProperty(name = "trede.topics.intake")
    String topic;

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @Test
    void eachStepPublishesTheKlantsOpenDeadlinesAndTheMetOnesDisappear() {
        LocalDate vandaag = clock.vandaag();
        String bsn = MeldingResourceTest.randomBsn();
        JsonPath melding = asMedewerker().body(MeldingResourceTest.melding(bsn))
                .post(MELDINGEN).then().statusCode(201).extract().jsonPath();
        String id = melding.getString("id");
        UUID klant = UUID.fromString(melding.getString("klantId"));
        List<Long> volgnummers = new ArrayList<>();
        try (WerkitemsProbe probe = new WerkitemsProbe(topic, "intake")) {
            JsonNode eerste = probe.await(klant, d -> WerkitemsProbe.soort(d, "intake.beslistermijn").isPresent(),
                    WACHT);
            volgnummers.add(eerste.get("volgnummer").asLong());
            assertEquals("intake", eerste.get("bron").asText());
            assertEquals(klant.toString(), eerste.get("klantId").asText());
            JsonNode beslis = WerkitemsProbe.soort(eerste, "intake.beslistermijn").orElseThrow();
            // Awb 4:13 lid 2 / PB §2.1: 8 weeks from the melding; Atw art. 1: a weekend day or feestdag runs on.
            assertEquals(TestKalender.atwEinde(vandaag.plusWeeks(8)).toString(), beslis.get("vervaldatum").asText());
            assertEquals("Pw art. 44 lid 1; Awb art. 4:13", beslis.get("grondslag").asText());
            assertEquals("open", beslis.get("status").asText());
            assertEquals("intake-medewerker", beslis.get("rol").asText());
            assertEquals(MELDINGEN + "/" + id, beslis.get("pad").asText());
            String screening = termijnId(eerste, "Screeningsgesprek houden");
            assertEquals(TestKalender.plusWerkdagen(vandaag, 2).toString(),
                    WerkitemsProbe.item(eerste, screening).orElseThrow().get("vervaldatum").asText());
            String data = eerste.toString();
            assertFalse(data.contains("Vries") || data.contains(bsn), "no personal data: " + data);

            asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening").then()
                    .statusCode(200);
            JsonNode naScreening = probe.await(klant, d -> WerkitemsProbe.item(d, screening).isEmpty(), WACHT);
            volgnummers.add(naScreening.get("volgnummer").asLong());
            String ambitie = termijnId(naScreening, "Ambitiegesprek houden");

            asMedewerker().body(Map.of("lengteDagen", 7, "ontbrekend", "Bankafschriften van drie maanden"))
                    .post(MELDINGEN + "/" + id + "/aanvultermijnen").then().statusCode(200);
            JsonNode aanvul = probe.await(klant, d -> WerkitemsProbe.soort(d, "intake.aanvultermijn").isPresent(),
                    WACHT);
            volgnummers.add(aanvul.get("volgnummer").asLong());
            JsonNode aanvultermijn = WerkitemsProbe.soort(aanvul, "intake.aanvultermijn").orElseThrow();
            // Awb 4:5 lid 1 with Atw art. 1: the letter's day plus the term.
            assertEquals(TestKalender.atwEinde(vandaag.plusDays(7)).toString(),
                    aanvultermijn.get("vervaldatum").asText());
            assertEquals("Awb art. 4:5", aanvultermijn.get("grondslag").asText());
            assertFalse(aanvul.toString().contains("Bankafschriften"), "no free text: " + aanvul);

            // no event for the ambitiegesprek: the step marks the klant itself
            asMedewerker().body(IntakeFlow.ambitiegesprek()).post(MELDINGEN + "/" + id + "/ambitiegesprek").then()
                    .statusCode(200);
            JsonNode naAmbitie = probe.await(klant, d -> d.get("volgnummer").asLong() > aanvul.get("volgnummer")
                    .asLong() && WerkitemsProbe.item(d, ambitie).isEmpty(), WACHT);
            volgnummers.add(naAmbitie.get("volgnummer").asLong());

            asMedewerker().body(Map.of("toelichting", "Klant heeft werk gevonden."))
                    .post(MELDINGEN + "/" + id + "/intrekking").then().statusCode(200);
            JsonNode leeg = probe.await(klant, d -> d.get("werkitems").isEmpty(), WACHT);
            volgnummers.add(leeg.get("volgnummer").asLong());
        }
        for (int i = 1; i < volgnummers.size(); i++) {
            assertTrue(volgnummers.get(i) > volgnummers.get(i - 1), "strictly increasing: " + volgnummers);
        }
    }

    @Test
    void aRefusedRequestMarksNoKlant() {
        long voor = marks();
        asMedewerker().body(Map.of("type", "aanvraag-levensonderhoud", "bsn", "123456789", "naam", "J. de Vries",
                "geboortedatum", "1990-05-17", "kanaal", "digitaal")).post(MELDINGEN).then().statusCode(400);
        assertEquals(voor, marks(), "a 400 changes nothing, not even a mark");
    }

    private long marks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM werk_te_verversen").getSingleResult()).longValue());
    }

    private static String termijnId(JsonNode data, String omschrijving) {
        for (JsonNode item : data.get("werkitems")) {
            if (omschrijving.equals(item.get("omschrijving").asText())) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no item '" + omschrijving + "' in " + data);
    }
}
