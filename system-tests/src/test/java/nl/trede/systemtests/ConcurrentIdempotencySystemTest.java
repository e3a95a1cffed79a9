package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requirement "Duplicate POST with the same Idempotency-Key under concurrency creates one resource"
 * (README.md#api-conventions): 16 identical registrations with one key, released at the same moment through the
 * gateway, give one 201 and fifteen 200 replays, all naming the same melding, and intake holds exactly one melding for
 * the person; the same key with another body is a 409 problem.
 */
@ExtendWith(Stack.class)
class ConcurrentIdempotencySystemTest {

    private static final int CALLERS = 16;

    @Test
    void sixteenConcurrentRetriesCreateOneMelding() throws Exception {
        String bearer = Stack.bearer("intake-medewerker", "im-idem");
        String key = UUID.randomUUID().toString();
        String bsn = MeldingToZaakSystemTest.randomBsn();
        Map<String, Object> body = Map.of("type", "aanvraag-levensonderhoud", "bsn", bsn, "naam", "I. Dempotent",
                "geboortedatum", "1988-08-08", "kanaal", "digitaal");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CALLERS; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return given().baseUri(Stack.GATEWAY).header("Authorization", bearer)
                            .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                            .post("/api/intake/v1/meldingen");
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                ids.add(r.path("id"));
            }
            System.out.printf("[system-test] %d concurrent creates with one Idempotency-Key: statuses %s, %d distinct "
                    + "ids%n", CALLERS, statuses, ids.stream().distinct().count());
            assertEquals(Map.of(200, CALLERS - 1, 201, 1), statuses);
            assertEquals(1, ids.stream().distinct().count(), "every answer names the same melding: " + ids);
        } finally {
            pool.shutdownNow();
        }
        List<String> found = given().baseUri(Stack.GATEWAY).header("Authorization", bearer)
                .contentType(ContentType.JSON).body(Map.of("bsn", bsn)).post("/api/intake/v1/meldingen/_zoek")
                .then().statusCode(200).extract().path("id");
        assertEquals(1, found.size(), "exactly one melding for the person");

        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("naam", "A. Nder");
        given().baseUri(Stack.GATEWAY).header("Authorization", bearer).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(other).post("/api/intake/v1/meldingen")
                .then().statusCode(409).contentType("application/problem+json");
    }
}
