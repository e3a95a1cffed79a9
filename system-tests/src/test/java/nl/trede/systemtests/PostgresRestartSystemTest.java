package nl.trede.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * the robustness requirements, fault test 3: PostgreSQL is stopped (fast shutdown: every session is cut) and started
 * again while requests to all four services run through the gateway. During the outage every request fails fast with
 * 503 application/problem+json ({@code database-unavailable}, nothing changed, Retry-After) — never a hang, never a 500
 * with a stack trace; afterwards every service works again without being restarted (the pool replaces the broken
 * connections), and a melding still becomes a zaak.
 */
@ExtendWith(Stack.class)
@Order(Integer.MAX_VALUE - 8)
class PostgresRestartSystemTest {

    private static final Duration DOWN = Duration.ofSeconds(8);

    private enum Phase { BEFORE, DOWN, AFTER }

    private record Call(String operation, Phase phase, long atMs, Flows.Answer answer) {
    }

    /** One request per service, each of which reads or writes that service's database. */
    private static final Map<String, Supplier<Flows.Answer>> OPERATIONS = Map.of(
            "intake POST /meldingen", () -> Flows.send("POST", Stack.GATEWAY + "/api/intake/v1/meldingen",
                    "intake-medewerker", "{\"type\":\"aanvraag-levensonderhoud\",\"bsn\":\""
                            + MeldingToZaakSystemTest.randomBsn() + "\",\"naam\":\"P. Restart\","
                            + "\"geboortedatum\":\"1979-09-09\",\"kanaal\":\"telefonisch\"}"),
            "casework GET /zaken", () -> Flows.send("GET", Stack.GATEWAY + "/api/casework/v1/zaken?pageSize=5",
                    "teamleider", null),
            "enforcement GET /gedragingen", () -> Flows.send("GET", Stack.GATEWAY
                    + "/api/enforcement/v1/gedragingen?pageSize=5", "teamleider", null),
            "ladder GET /klanten/{id}/metingen", () -> Flows.send("GET", Stack.GATEWAY + "/api/ladder/v1/klanten/"
                    + UUID.randomUUID() + "/metingen", "teamleider", null));

    @Test
    void requestsFailFastWith503DuringAPostgresRestartAndEverythingRecoversWithoutRestarts() throws Exception {
        for (var op : OPERATIONS.entrySet()) {
            Flows.Answer warm = op.getValue().get();
            assertTrue(warm.success(), op.getKey() + " works before the restart: " + warm);
        }
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<Phase> phase =
                new java.util.concurrent.atomic.AtomicReference<>(Phase.BEFORE);
        long t0 = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(OPERATIONS.size());
        for (var op : OPERATIONS.entrySet()) {
            load.submit(() -> {
                while (running.get()) {
                    Phase p = phase.get();
                    long at = (System.nanoTime() - t0) / 1_000_000;
                    calls.add(new Call(op.getKey(), p, at, op.getValue().get()));
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        long downAt;
        long upAt;
        try {
            Thread.sleep(2_000);
            phase.set(Phase.DOWN);
            Stack.postgres("stop");
            downAt = (System.nanoTime() - t0) / 1_000_000;
            Thread.sleep(DOWN.toMillis());
        } finally {
            Stack.postgres("ensure");
        }
        upAt = (System.nanoTime() - t0) / 1_000_000;
        phase.set(Phase.AFTER);
        // Until every operation has succeeded five times in a row (at most 60 s), then 2 s more.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!recovered(calls) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS), "the load stopped");

        List<Call> all;
        synchronized (calls) {
            all = new ArrayList<>(calls);
        }
        Map<String, Integer> byPhaseAndStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        long slowest = 0;
        for (Call c : all) {
            Flows.Answer a = c.answer();
            byPhaseAndStatus.merge(c.phase() + " " + a.status(), 1, Integer::sum);
            slowest = Math.max(slowest, a.millis());
            boolean fine = a.success()
                    || (a.status() == 503 && a.problem() && a.json().path("status").asInt() == 503);
            if (!fine) { // a hanging request is status 0 after Flows.TIMEOUT: wrong, however busy the machine
                wrong.add(c.operation() + " " + c.phase() + " at " + c.atMs() + " ms: " + a);
            }
        }
        Map<String, Long> recoveredAfter = new TreeMap<>();
        for (String op : OPERATIONS.keySet()) {
            // The first success after which this operation never failed again.
            long lastFailure = all.stream().filter(c -> c.operation().equals(op) && !c.answer().success())
                    .mapToLong(Call::atMs).max().orElse(upAt);
            recoveredAfter.put(op, Math.max(0, lastFailure - upAt));
        }
        long unavailable = all.stream().filter(c -> c.answer().status() == 503).count();
        long databaseUnavailable = all.stream().filter(c -> c.answer().status() == 503
                && "database-unavailable".equals(c.answer().json().path("code").asText())).count();
        System.out.printf("[fault] PostgreSQL stopped at %d ms for %d s, accepting again at %d ms: %d requests, by "
                        + "phase and status %s; %d answered 503 (%d database-unavailable), slowest answer %d ms; last "
                        + "failure after PostgreSQL was back, per operation (ms): %s; wrong answers %d%n", downAt,
                DOWN.toSeconds(), upAt, all.size(), byPhaseAndStatus, unavailable, databaseUnavailable, slowest,
                recoveredAfter, wrong.size());
        assertEquals(List.of(), wrong, "only 2xx or 503 problem+json, none hanging beyond " + Flows.TIMEOUT);
        for (String op : OPERATIONS.keySet()) {
            assertTrue(all.stream().anyMatch(c -> c.operation().equals(op) && c.phase() == Phase.DOWN
                            && c.answer().status() == 503), op + " answered 503 while the database was down");
        }
        assertTrue(recovered(all), "every operation works again after the restart, services not restarted");

        // The event flow recovered too: a melding doorgezet now becomes a zaak.
        Flows.Doorgezet melding = Flows.doorgezetMelding(Stack.GATEWAY);
        GedragingToMaatregelSystemTest.await(() -> Db.zaken(List.of(melding.meldingId())),
                n -> n == 1, "a zaak from a melding doorgezet after the restart", Duration.ofSeconds(90));
        for (int offset = 0; offset <= 4; offset++) {
            String ready = Stack.serviceUrl(offset) + "/q/health/ready";
            GedragingToMaatregelSystemTest.await(() -> Flows.send("GET", ready, "teamleider", null).status(),
                    s -> s == 200, ready + " UP", Duration.ofSeconds(60));
        }
    }

    /** Every operation's last five answers were successes. */
    private static boolean recovered(List<Call> calls) {
        List<Call> copy;
        synchronized (calls) {
            copy = new ArrayList<>(calls);
        }
        for (String op : OPERATIONS.keySet()) {
            List<Call> mine = copy.stream().filter(c -> c.operation().equals(op) && c.phase() == Phase.AFTER).toList();
            if (mine.size() < 5 || !mine.subList(mine.size() - 5, mine.size()).stream()
                    .allMatch(c -> c.answer().success())) {
                return false;
            }
        }
        return true;
    }
}
