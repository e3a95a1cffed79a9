package nl.trede.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.events.EventTracing;
import nl.trede.platform.problem.LogSafe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.MDC;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to Kafka.
 *
 * <ul>
 *   <li>Idempotent producer, {@code acks=all}; record key = klantId, so one klant's events stay in order.</li>
 *   <li>One relay publishes at a time per database (a PostgreSQL advisory lock held for the batch), so several
 *       replicas of a service cannot interleave one klant's events.</li>
 *   <li>Rows are sent in {@code seq} order and marked published only once Kafka acknowledged them. The prefix
 *       up to the first failure is marked; the rest is retried (at-least-once: consumers dedupe on the
 *       CloudEvents id through their inbox).</li>
 *   <li>Woken right after each outbox commit, with a slow poll as a safety net; while Kafka is down it backs
 *       off exponentially and user requests are never affected.</li>
 *   <li>Each send is an OpenTelemetry producer span, child of the span that wrote the row; its {@code traceparent}
 *       goes with the event (CloudEvents extension and Kafka header) so the consumer continues the trace.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: "trede-outbox-relay". */
    private static final long LOCK_KEY = 0x7472656465_01L;
    private static final Duration HOUSEKEEPING_EVERY = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingEpochSecond = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final Counter published;
    private final Counter failures;
    private final Tracer tracer;

    private volatile boolean running;
    private volatile Thread thread;
    private Producer<String, CloudEvent> producer;
    private Instant nextHousekeeping = Instant.EPOCH;

    public OutboxRelay(DataSource dataSource, OutboxConfig config, MeterRegistry registry, Tracer tracer,
                       @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig,
                       @org.eclipse.microprofile.config.inject.ConfigProperty(name = "trede.events.system") String system) {
        this.dataSource = dataSource;
        this.config = config;
        this.tracer = tracer;
        this.kafkaConfig = kafkaConfig.isResolvable() ? kafkaConfig.get() : Map.of();
        this.clientId = system + "-outbox-relay";
        Gauge.builder("trede.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("trede.outbox.oldest.pending.seconds", this, r -> r.oldestPendingAgeSeconds())
                .description("Age of the oldest pending outbox row").register(registry);
        this.published = Counter.builder("trede.outbox.published").description("Events published to Kafka")
                .register(registry);
        this.failures = Counter.builder("trede.outbox.publish.failures")
                .description("Failed publish attempts (Kafka unreachable or rejecting)").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (trede.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Called after a commit that wrote outbox rows. */
    public void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    public long pendingCount() {
        return pending.get();
    }

    public long oldestPendingAgeSeconds() {
        long oldest = oldestPendingEpochSecond.get();
        return oldest == 0 ? 0 : Math.max(0, Instant.now().getEpochSecond() - oldest);
    }

    public String lastError() {
        return lastError.get();
    }

    public Instant lastSuccess() {
        return lastSuccess.get();
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                Duration wait = backoff.isZero() ? config.pollInterval() : backoff;
                wakeUp.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (!running) {
                    break;
                }
                boolean ok = drain();
                backoff = ok ? Duration.ZERO : nextBackoff(backoff);
                housekeeping();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                lastError.set(e.getClass().getSimpleName());
                LOG.warnf("Outbox relay iteration failed, retrying: %s", LogSafe.describe(e));
                backoff = nextBackoff(backoff);
            }
        }
    }

    private Duration nextBackoff(Duration current) {
        if (current.isZero()) {
            return config.initialBackoff();
        }
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    /** Publishes batches until nothing is pending; false when a publish or the database failed. */
    boolean drain() {
        try {
            while (running) {
                BatchResult result = publishBatch();
                if (result.drained) {
                    // This relay published every row that was pending when it looked: no count query needed.
                    pending.set(0);
                    oldestPendingEpochSecond.set(0);
                } else {
                    refreshBacklog();
                }
                if (result.failed) {
                    return false;
                }
                if (result.published < config.batchSize()) {
                    return true;
                }
            }
            return true;
        } catch (SQLException e) {
            lastError.set("database: " + e.getClass().getSimpleName());
            LOG.warnf("Outbox relay cannot reach the database: %s", LogSafe.mask(e.getMessage()));
            return false;
        }
    }

    private record Row(long seq, UUID id, String topic, String key, String type, String source, String subject,
                       String dataref, OffsetDateTime time, String data, String traceparent) {
    }

    /** {@code drained}: this relay held the lock and published every pending row it found (fewer than a batch). */
    private record BatchResult(int published, boolean failed, boolean drained) {
    }

    private BatchResult publishBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c)) {
                    c.rollback();
                    return new BatchResult(0, false, false);
                }
                List<Row> rows = selectPending(c);
                if (rows.isEmpty()) {
                    c.commit();
                    return new BatchResult(0, false, true);
                }
                int ok = send(rows);
                if (ok > 0) {
                    markPublished(c, rows.subList(0, ok));
                }
                if (ok < rows.size()) {
                    markFailed(c, rows.get(ok), lastError.get());
                }
                c.commit();
                return new BatchResult(ok, ok < rows.size(), ok == rows.size() && rows.size() < config.batchSize());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Row> selectPending(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, id, topic, event_key, type, source, subject, dataref, event_time, data, traceparent "
                        + "FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT ?")) {
            ps.setInt(1, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    /** Sends the rows in order; returns how many leading rows Kafka acknowledged. */
    private int send(List<Row> rows) {
        Producer<String, CloudEvent> p = producer();
        List<Future<?>> futures = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Span span = EventTracing.publishSpan(tracer, row.topic, row.type, row.id.toString(), row.traceparent);
            spans.add(span);
            String traceparent = EventTracing.traceparentOf(span);
            CloudEvent event = EventEnvelope.build(row.id, row.source, row.type, row.subject, row.time,
                    row.dataref, row.data, traceparent);
            ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(row.topic, row.key, event);
            if (traceparent != null) {
                // Also the plain W3C header, which OpenTelemetry's own Kafka instrumentation of a consumer reads.
                record.headers().add(EventTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            }
            Future<?> future;
            MDC.put("traceId", span.getSpanContext().getTraceId());
            try {
                future = p.send(record);
            } finally {
                MDC.remove("traceId");
            }
            futures.add(future);
            if (future.isDone() && failed(future)) {
                break; // metadata unavailable: do not wait max.block.ms for every further row
            }
        }
        p.flush();
        int ok = 0;
        try {
            for (Future<?> future : futures) {
                Span span = spans.get(ok);
                try {
                    future.get();
                    Row row = rows.get(ok);
                    ok++;
                    MDC.put("traceId", span.getSpanContext().getTraceId());
                    LOG.infof("Event %s (%s) published to %s", row.id, row.type, row.topic);
                    MDC.remove("traceId");
                    span.end();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    lastError.set("kafka: " + cause.getClass().getSimpleName());
                    span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
                    MDC.put("traceId", span.getSpanContext().getTraceId());
                    LOG.warnf("Outbox relay could not publish (will retry): %s", LogSafe.mask(cause.toString()));
                    MDC.remove("traceId");
                    failures.increment();
                    break;
                }
            }
        } finally {
            // Spans of rows not acknowledged end too (unacknowledged: they are sent again with a new span).
            for (int i = ok; i < spans.size(); i++) {
                spans.get(i).end();
            }
        }
        if (ok > 0) {
            published.increment(ok);
            lastSuccess.set(Instant.now());
            if (ok == rows.size()) {
                lastError.set(null);
            }
        }
        return ok;
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get(0, TimeUnit.MILLISECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (Exception e) {
            return true;
        }
    }

    private void markPublished(Connection c, List<Row> rows) throws SQLException {
        Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1, last_error = NULL "
                        + "WHERE seq = ANY (?)")) {
            Array array = c.createArrayOf("bigint", seqs);
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }

    private void markFailed(Connection c, Row row, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq = ?")) {
            ps.setString(1, error == null ? "unknown" : error);
            ps.setLong(2, row.seq);
            ps.executeUpdate();
        }
    }

    private void refreshBacklog() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT count(*), min(event_time) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            pending.set(rs.getLong(1));
            Timestamp oldest = rs.getTimestamp(2);
            oldestPendingEpochSecond.set(oldest == null ? 0 : oldest.toInstant().getEpochSecond());
        }
    }

    private void housekeeping() {
        Instant now = Instant.now();
        if (now.isBefore(nextHousekeeping)) {
            return;
        }
        nextHousekeeping = now.plus(HOUSEKEEPING_EVERY);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?")) {
            ps.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()));
            int deleted = ps.executeUpdate();
            if (deleted > 0) {
                LOG.debugf("Outbox housekeeping deleted %d published rows", deleted);
            }
        } catch (SQLException e) {
            LOG.warnf("Outbox housekeeping failed: %s", LogSafe.mask(e.getMessage()));
        }
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
            props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }
}
