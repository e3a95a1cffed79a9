package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.trede.intake.domain.Persoon;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Requirement "one open melding per person per kind" when the same person is registered several times at once. */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ConcurrentRegistrationTest {

    @Test
    @DisplayName("Six simultaneous registrations of one person and kind: one 201, five 409 linking it, one persoon")
    void simultaneousRegistrationsOfOnePerson() throws Exception {
        String bsn = MeldingResourceTest.randomBsn();
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(bsn));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<io.restassured.response.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> asMedewerker().body(body).post(MELDINGEN)));
            }
            List<Integer> statuses = new ArrayList<>();
            String created = null;
            List<String> links = new ArrayList<>();
            for (Future<io.restassured.response.Response> f : calls) {
                io.restassured.response.Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 201) {
                    created = r.path("id");
                } else if (r.statusCode() == 409) {
                    links.add(r.path("existing"));
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            String first = created;
            assertTrue(links.stream().allMatch(l -> l != null && l.endsWith(first)), links.toString());
            long personen = QuarkusTransaction.requiringNew().call(() -> Persoon.count("bsn", bsn));
            assertEquals(1, personen);
        } finally {
            pool.shutdownNow();
        }
    }
}
