package nl.trede.worklist.api;

import static nl.trede.worklist.api.Bronnen.item;
import static nl.trede.worklist.api.Bronnen.publiceer;
import static nl.trede.worklist.api.Bronnen.snapshot;
import static nl.trede.worklist.api.Bronnen.verwerkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * The consumer of the werkitems contract (docs/contracts/werkitems.md) through the platform inbox: a snapshot that
 * breaks the contract goes to {@code <topic>.dlq} with its reason and blocks nothing (README "Events", delivery).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ConsumerTest {

    private static final LocalDate DAG = LocalDate.of(2027, 1, 27);

    @Test
    void aSnapshotThatBreaksTheContractGoesToTheDlqAndTheNextOneApplies() {
        String team = Bronnen.nieuwTeam();
        UUID klant = UUID.randomUUID();
        // Another bron in the data than the topic's, and an id twice: poison.
        UUID verkeerdeBron = publiceer("casework", "werkitems-bijgewerkt", klant, TestDag.nuUtc(), Map.of(
                "bron", "ladder", "klantId", klant, "volgnummer", 1, "werkitems", List.of()));
        UUID dubbel = snapshot("casework", klant, 2, item("taak:x", "casework.taak", DAG, "klantmanager", team, null),
                item("taak:x", "casework.taak", DAG, "klantmanager", team, null));
        UUID andereKlant = publiceer("casework", "werkitems-bijgewerkt", klant, TestDag.nuUtc(), Map.of(
                "bron", "casework", "klantId", UUID.randomUUID(), "volgnummer", 3, "werkitems", List.of()));
        verwerkt(snapshot("casework", klant, 4, item("taak:goed", "casework.taak", DAG, "klantmanager", team, null)));
        assertEquals(List.of("taak:goed"), Bronnen.ids(Bronnen.als("klantmanager", "km-" + team, team),
                Map.of("klantId", klant.toString())));

        try (TopicProbe dlq = new TopicProbe(Bronnen.topic("casework") + ".dlq")) {
            for (UUID id : List.of(verkeerdeBron, dubbel, andereKlant)) {
                var record = dlq.await(r -> id.toString().equals(TopicProbe.header(r, "ce_id")), Duration.ofSeconds(30));
                assertTrue(record.isPresent(), "event " + id + " in the DLQ");
                String reason = TopicProbe.header(record.get(), "trede-dlq-reason");
                assertTrue(reason != null && !reason.isBlank(), "a reason");
            }
        }
    }
}
