package nl.trede.ladder.api;

import static nl.trede.ladder.api.MetingResourceTest.meting;
import static nl.trede.ladder.api.MetingResourceTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import nl.trede.platform.testsupport.WerkitemsProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ladder publishes the klant's next meting as {@code nl.trede.ladder.werkitems-bijgewerkt}
 * (docs/contracts/werkitems.md): due a review interval after the latest meting (Heemskerk 2.2: 6 months, sources
 * H2.6), for the klantmanager of the klant's zaak; recording that meting moves the work to the next interval.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class WerkitemsTest {

    private static final Duration WACHT = Duration.ofSeconds(20);

    @ConfigProperty(name = "trede.topics.ladder")
    String topic;

    @Test
    void theNextMetingIsTheKlantmanagersWorkAndMovesWhenItIsRecorded() {
        UUID klant = TestZaken.klant();
        LocalDate vorige = TestDag.vandaag().minusDays(100);
        post(meting(klant, "heemskerk", 2, List.of("2.2"), vorige.toString()));
        String id = "verwachte-meting:" + klant + ":heemskerk";
        try (WerkitemsProbe probe = new WerkitemsProbe(topic, "ladder")) {
            JsonNode eerste = probe.await(klant, d -> WerkitemsProbe.item(d, id).isPresent(), WACHT);
            JsonNode item = WerkitemsProbe.item(eerste, id).orElseThrow();
            // sources H2.6: Heemskerk 2.2 "Periodieke controle" every 6 months
            assertEquals(vorige.plusMonths(6).toString(), item.get("vervaldatum").asText());
            assertEquals("ladder.meting", item.get("soort").asText());
            assertEquals("open", item.get("status").asText());
            assertEquals("klantmanager", item.get("rol").asText());
            assertEquals(TestZaken.TEAM, item.get("team").asText());
            assertEquals("/api/ladder/v1/metingen", item.get("pad").asText());

            LocalDate nu = TestDag.vandaag();
            post(meting(klant, "heemskerk", 2, List.of("2.2"), nu.toString()));
            JsonNode volgende = probe.await(klant, d -> WerkitemsProbe.item(d, id).map(i -> i.get("vervaldatum")
                    .asText().equals(nu.plusMonths(6).toString())).orElse(false), WACHT);
            assertEquals(1, volgende.get("werkitems").size(), "the met due date is gone");
        }
    }
}
