package nl.trede.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * the robustness requirements, fault test 1: the broker is stopped for 30 s while meldingen are registered and
 * doorgezet through the gateway at a steady rate, then started. Every request still answers at once (README.md#events
 * (delivery): Kafka being down never fails a user request), every doorgezet melding becomes exactly one zaak, intake's
 * outbox drains, and the counts in = out are checked in the databases.
 */
@ExtendWith(Stack.class)
@Order(Integer.MAX_VALUE - 10)
class KafkaOutageUnderLoadSystemTest {

    static final String DOORGEZET = "nl.trede.intake.melding-doorgezet";
    private static final int PER_SECOND = 4;
    private static final Duration BEFORE = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration AFTER = Duration.ofSeconds(10);

    private enum Phase { BEFORE, OUTAGE, AFTER }

    private record Outcome(Phase phase, Flows.Doorgezet melding, String failure, long millis) {
    }

    /** The flow times of one phase, sorted. */
    private static long[] millis(List<Outcome> outcomes, Phase phase) {
        return outcomes.stream().filter(o -> o.phase() == phase).mapToLong(Outcome::millis).sorted().toArray();
    }

    private static long median(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    @Test
    void thirtySecondsWithoutKafkaUnderSteadyLoadLosesNothingAndDoublesNothing() throws Exception {
        double duplicatesBefore = Flows.metric(Stack.serviceUrl(2), "trede_inbox_duplicates_total");
        List<Future<Outcome>> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(8);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        java.util.concurrent.atomic.AtomicReference<Phase> phase =
                new java.util.concurrent.atomic.AtomicReference<>(Phase.BEFORE);
        ticker.scheduleAtFixedRate(() -> {
            Phase now = phase.get();
            outcomes.add(workers.submit(() -> {
                long start = System.nanoTime();
                try {
                    Flows.Doorgezet d = Flows.doorgezetMelding(Stack.GATEWAY);
                    return new Outcome(now, d, null, (System.nanoTime() - start) / 1_000_000);
                } catch (AssertionError | RuntimeException e) {
                    return new Outcome(now, null, e.getMessage(), (System.nanoTime() - start) / 1_000_000);
                }
            }));
        }, 0, 1000 / PER_SECOND, TimeUnit.MILLISECONDS);

        long kafkaBack;
        try {
            Thread.sleep(BEFORE.toMillis());
            phase.set(Phase.OUTAGE);
            Stack.kafka("stop");
            long stopped = System.nanoTime();
            try {
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
            } finally {
                Stack.kafka("start");
            }
            kafkaBack = System.nanoTime();
            phase.set(Phase.AFTER);
            Thread.sleep(AFTER.toMillis());
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            workers.shutdown();
            assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS), "the load finished");
        }

        List<Outcome> done = new ArrayList<>();
        for (Future<Outcome> f : outcomes) {
            done.add(f.get());
        }
        List<String> failures = done.stream().filter(o -> o.failure() != null)
                .map(o -> o.phase() + ": " + o.failure()).toList();
        List<String> meldingIds = done.stream().filter(o -> o.melding() != null).map(o -> o.melding().meldingId())
                .toList();
        List<String> klantIds = done.stream().filter(o -> o.melding() != null).map(o -> o.melding().klantId())
                .toList();
        long duringOutage = done.stream().filter(o -> o.phase() == Phase.OUTAGE).count();
        long[] outageMillis = millis(done, Phase.OUTAGE);
        long worstDuringOutage = outageMillis.length == 0 ? 0 : outageMillis[outageMillis.length - 1];
        long medianDuringOutage = median(outageMillis);
        long medianBefore = median(millis(done, Phase.BEFORE));
        assertEquals(List.of(), failures, "every request answered as usual, with or without Kafka");
        assertTrue(duringOutage >= (OUTAGE.toSeconds() - 2) * PER_SECOND, "load ran during the outage: " + duringOutage);

        int sent = meldingIds.size();
        long outboxRows = Db.count("intake", "select count(*) from outbox_event where type = '" + DOORGEZET
                + "' and subject = any(?)", klantIds);
        assertEquals(sent, outboxRows, "one melding-doorgezet event written per 202 doorzetten");
        long drainedAfter = GedragingToMaatregelSystemTest.await(
                () -> Db.count("intake", "select count(*) from outbox_event where published_at is null"),
                pending -> pending == 0, "intake's outbox to drain", Duration.ofSeconds(120));
        long drainedMs = (System.nanoTime() - kafkaBack) / 1_000_000;
        long zaken = GedragingToMaatregelSystemTest.await(
                () -> Db.zaken(meldingIds),
                n -> n >= sent, "a zaak for every doorgezet melding", Duration.ofSeconds(120));
        long distinct = Db.count("casework",
                "select count(distinct melding_id) from zaak where melding_id = any(?::uuid[])", meldingIds);
        double duplicates = Flows.metric(Stack.serviceUrl(2), "trede_inbox_duplicates_total") - duplicatesBefore;
        System.out.printf("[fault] Kafka stopped %d s under %d meldingen/s through the gateway: sent %d doorgezet "
                        + "(%d during the outage, 5-request flow median %d ms before, %d ms during, slowest %d ms, 0 failed), outbox "
                        + "rows %d, pending "
                        + "%d %d ms after Kafka came back, delivered %d zaken for %d distinct meldingen, redeliveries "
                        + "skipped by casework's inbox %.0f%n", OUTAGE.toSeconds(), PER_SECOND, sent, duringOutage,
                medianBefore, medianDuringOutage, worstDuringOutage, outboxRows, drainedAfter, drainedMs, zaken, distinct, duplicates);
        assertEquals(sent, zaken, "count in = count out");
        assertEquals(sent, distinct, "every zaak exactly once");
    }
}
