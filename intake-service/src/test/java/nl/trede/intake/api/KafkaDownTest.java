package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.Map;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/**
 * README.md#events: Kafka being down never fails a user request and never loses an event: with the broker unreachable
 * a melding is still registered at once, its event waits in the outbox, and readiness and metrics show the
 * backlog. (The system tests prove that the backlog is delivered once Kafka is back.)
 */
@QuarkusTest
@TestProfile(KafkaDownTest.UnreachableBroker.class)
@WithTestResource(JwtKeysTestResource.class)
class KafkaDownTest {

    public static class UnreachableBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 9 (discard) on loopback: nothing listens, connections are refused at once. A short back-off keeps
            // the relay's backlog count current while the test watches it.
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:9", "trede.outbox.max-backoff", "1s");
        }
    }

    @Inject
    EntityManager em;

    @Test
    void requestsSucceedAndEventsWaitInTheOutbox() throws InterruptedException {
        String id = as(Roles.INTAKE_MEDEWERKER)
                .body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()))
                .post("/api/intake/v1/meldingen")
                .then().statusCode(201).extract().path("id");
        IntakeFlow.toKlantgroepBepaald(id);
        // A request that waited for the broker would take at least the producer's max.block.ms (5 s): the
        // outbox keeps Kafka off the request path entirely.
        long start = System.nanoTime();
        as(Roles.INTAKE_MEDEWERKER).post("/api/intake/v1/meldingen/" + id + "/doorzetten")
                .then().statusCode(202);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 4_000, "doorzetten must not wait for Kafka, took " + millis + " ms");

        long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND data LIKE ?1 AND type NOT LIKE ?2")
                .setParameter(1, "%" + id + "%").setParameter(2, "%.werkitems-bijgewerkt").getSingleResult())
                .longValue());
        // melding-geregistreerd, screening-afgerond, klantgroep-bepaald, melding-doorgezet (the klant's snapshots of
        // open work, werkitems-bijgewerkt, wait beside them)
        assertTrue(pending == 4, "all four events wait in the outbox, found " + pending);

        // The relay reports the backlog once it has tried (it backs off while the broker is unreachable, and counts
        // the backlog at each attempt: the first attempt may have counted only the first event).
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            var outbox = given().get("/q/health/ready").then().extract().jsonPath();
            Number gemeld = outbox.get("checks.find { it.name == 'outbox' }.data.pending");
            if ("unreachable".equals(outbox.getString("checks.find { it.name == 'outbox' }.data.kafka"))
                    && gemeld != null && gemeld.longValue() >= 4) {
                break;
            }
            Thread.sleep(200);
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'outbox' }.data.kafka", is("unreachable"))
                .body("checks.find { it.name == 'outbox' }.data.pending", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
        given().get("/q/metrics").then().statusCode(200).body(containsString("trede_outbox_pending"));
    }
}
