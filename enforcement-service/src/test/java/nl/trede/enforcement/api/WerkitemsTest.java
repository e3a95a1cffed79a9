package nl.trede.enforcement.api;

import static nl.trede.enforcement.api.GedragingFlowTest.hersteltermijn;
import static nl.trede.enforcement.api.GedragingFlowTest.hoorverzoek;
import static nl.trede.enforcement.api.GedragingFlowTest.id;
import static nl.trede.enforcement.api.GedragingFlowTest.registreer;
import static nl.trede.enforcement.api.GedragingFlowTest.stap;
import static nl.trede.enforcement.api.GedragingFlowTest.voorstel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestKalender;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.WerkitemsProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * enforcement publishes the handhaver's open steps as {@code nl.trede.enforcement.werkitems-bijgewerkt}
 * (docs/contracts/werkitems.md): horen (Awb 4:8), the hersteltermijn until the conversation it names (sources D4.6),
 * the besluit (Awb 4:13), then the bezwaartermijn to watch (Awb 6:7: six weeks, Atw art. 1), which leaves the
 * snapshot by itself the day after its last day. Each item is for the team of the klant's zaak.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class WerkitemsTest {

    private static final Duration WACHT = Duration.ofSeconds(20);

    @ConfigProperty(name = "trede.topics.enforcement")
    String topic;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachStepOfTheProcedureIsTheHandhaversWorkUntilTheBezwaartermijnEnds() {
        LocalDate vandaag = clock.vandaag();
        UUID klant = TestZaken.klant();
        String id = id(registreer(Roles.KLANTMANAGER, klant, "no-show", vandaag).statusCode(201));
        try (WerkitemsProbe probe = new WerkitemsProbe(topic, "enforcement")) {
            JsonNode horen = WerkitemsProbe.item(probe.await(klant, d -> WerkitemsProbe.item(d, "horen:" + id)
                    .isPresent(), WACHT), "horen:" + id).orElseThrow();
            assertEquals("enforcement.horen", horen.get("soort").asText());
            assertEquals(vandaag.toString(), horen.get("vervaldatum").asText());
            assertEquals("Awb art. 4:8", horen.get("grondslag").asText());
            assertEquals("handhaver", horen.get("rol").asText());
            assertEquals(TestZaken.TEAM, horen.get("team").asText());
            assertEquals("/api/enforcement/v1/gedragingen/" + id, horen.get("pad").asText());

            stap(id, "hoorverzoek", hoorverzoek(vandaag)).statusCode(200);
            LocalDate gesprek = TestKalender.plusWerkdagen(vandaag, 6); // 5 full working days in between
            stap(id, "hersteltermijn", hersteltermijn(vandaag, gesprek)).statusCode(200);
            JsonNode metTermijn = probe.await(klant, d -> WerkitemsProbe.item(d, "hersteltermijn:" + id).isPresent(),
                    WACHT);
            assertEquals(1, metTermijn.get("werkitems").size(), "horen is replaced by the running hersteltermijn");
            assertEquals(gesprek.toString(), WerkitemsProbe.item(metTermijn, "hersteltermijn:" + id).orElseThrow()
                    .get("vervaldatum").asText());

            stap(id, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
            probe.await(klant, d -> WerkitemsProbe.item(d, "besluit:" + id).isPresent(), WACHT);
            String maatregel = stap(id, "besluit", null).statusCode(200).extract().path("maatregel.id");
            JsonNode naBesluit = probe.await(klant, d -> WerkitemsProbe.item(d, "bezwaartermijn:" + maatregel)
                    .isPresent(), WACHT);
            assertEquals(1, naBesluit.get("werkitems").size(), "the besluit is taken: only the term to watch");
            JsonNode bezwaar = WerkitemsProbe.item(naBesluit, "bezwaartermijn:" + maatregel).orElseThrow();
            LocalDate bezwaarTot = TestKalender.atwEinde(vandaag.plusWeeks(6));
            assertEquals(bezwaarTot.toString(), bezwaar.get("vervaldatum").asText());
            assertEquals("bewaken", bezwaar.get("status").asText());
            assertEquals("Awb art. 6:7", bezwaar.get("grondslag").asText());

            // the day after its last day the term is over: the snapshot is published again without it
            clock.naar(bezwaarTot.plusDays(1));
            probe.await(klant, d -> d.get("volgnummer").asLong() > naBesluit.get("volgnummer").asLong()
                    && d.get("werkitems").isEmpty(), WACHT);
        }
    }
}
