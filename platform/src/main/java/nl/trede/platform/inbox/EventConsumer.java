package nl.trede.platform.inbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.trede.platform.events.EventTracing;
import nl.trede.platform.problem.DatabaseUnavailable;
import nl.trede.platform.problem.LogSafe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs the service's {@link EventHandler}s on one Kafka consumer thread, at-least-once with an idempotent inbox
 * (so effectively exactly once):
 * <ul>
 *   <li>offsets are committed only after the effect (and its inbox row) committed;</li>
 *   <li>infrastructure errors are retried without limit with back-off, holding only that partition;</li>
 *   <li>poison events (not a CloudEvent, a foreign type, invalid data, or a handler failing
 *       {@code trede.consumer.max-attempts} times) go to {@code <topic>.dlq} with the reason in headers and do
 *       not block the partition.</li>
 *   <li>each event is handled in an OpenTelemetry consumer span, child of the producer's span named by the event's
 *       {@code traceparent} (CloudEvents extension), so the handler's work (its SQL, its calls, the events it writes)
 *       joins the trace of the request that caused the event; its log lines carry that {@code traceId}.</li>
 * </ul>
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    enum Outcome { PROCESSED, DUPLICATE, SKIPPED, DEAD_LETTERED, RETRY }

    private final List<EventHandler> handlers = new ArrayList<>();
    private final Inbox inbox;
    private final ConsumerConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Counter processed;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Counter retries;
    private final Tracer tracer;
    private final Map<String, Integer> attempts = new HashMap<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile String state = "stopped";
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private KafkaProducer<byte[], byte[]> dlqProducer;

    public EventConsumer(@Any Instance<EventHandler> handlerBeans, Inbox inbox, ConsumerConfig config,
                         MeterRegistry registry, Tracer tracer,
                         @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        handlerBeans.forEach(handlers::add);
        this.inbox = inbox;
        this.config = config;
        this.tracer = tracer;
        this.kafkaConfig = kafkaConfig.isResolvable() ? kafkaConfig.get() : Map.of();
        this.processed = Counter.builder("trede.inbox.processed").description("Events applied").register(registry);
        this.duplicates = Counter.builder("trede.inbox.duplicates")
                .description("Redelivered events skipped by the inbox").register(registry);
        this.deadLettered = Counter.builder("trede.consumer.dead.lettered")
                .description("Poison events sent to a DLQ topic").register(registry);
        this.retries = Counter.builder("trede.consumer.retries").description("Event processing retries")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (handlers.isEmpty() || !config.enabled()) {
            return;
        }
        String groupId = config.groupId().orElseThrow(() -> new IllegalStateException(
                "trede.consumer.group-id must be set when the service has event handlers"));
        running = true;
        state = "starting";
        thread = new Thread(() -> loop(groupId), "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<byte[], byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dlqProducer != null) {
            dlqProducer.close(Duration.ofSeconds(5));
        }
    }

    public boolean active() {
        return !handlers.isEmpty() && config.enabled();
    }

    public boolean threadAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    public String state() {
        return state;
    }

    public String lastError() {
        return lastError.get();
    }

    private void loop(String groupId) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.putIfAbsent("bootstrap.servers", "127.0.0.1:9092");
        props.put("group.id", groupId);
        props.put("enable.auto.commit", false);
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        props.putIfAbsent("max.poll.records", 100);
        // A crashed member holds its partitions until its session expires: 10 s, not the client default 45 s.
        props.putIfAbsent("session.timeout.ms", 10_000);
        props.putIfAbsent("heartbeat.interval.ms", 3_000);
        props.put("key.deserializer", ByteArrayDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        List<String> topics = handlers.stream().map(EventHandler::topic).distinct().toList();
        Duration backoff = Duration.ZERO;
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props)) {
            consumer = c;
            c.subscribe(topics);
            state = "running";
            LOG.infof("Consuming %s as group %s", topics, groupId);
            while (running) {
                ConsumerRecords<byte[], byte[]> records = c.poll(Duration.ofMillis(500));
                boolean retry = false;
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (TopicPartition tp : records.partitions()) {
                    for (ConsumerRecord<byte[], byte[]> record : records.records(tp)) {
                        Outcome outcome = process(record, groupId);
                        if (outcome == Outcome.RETRY) {
                            c.seek(tp, record.offset());
                            retry = true;
                            break;
                        }
                        done.put(tp, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
                if (!done.isEmpty()) {
                    c.commitSync(done);
                }
                if (retry) {
                    retries.increment();
                    backoff = backoff.isZero() ? config.initialBackoff() : min(backoff.multipliedBy(2), config.maxBackoff());
                    state = "backing-off";
                    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                } else if (!records.isEmpty()) {
                    backoff = Duration.ZERO;
                    state = "running";
                    lastError.set(null);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.warn("Event consumer woken unexpectedly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            lastError.set(e.getClass().getSimpleName());
            LOG.errorf("Event consumer stopped: %s", LogSafe.describe(e));
        } finally {
            state = "stopped";
            consumer = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    Outcome process(ConsumerRecord<byte[], byte[]> record, String groupId) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            return deadLetter(record, groupId, "not a readable CloudEvent: " + e.getClass().getSimpleName());
        }
        EventHandler handler = null;
        boolean knownProducer = false;
        for (EventHandler h : handlers) {
            if (h.topic().equals(record.topic()) && event.getType().startsWith(h.typePrefix())) {
                knownProducer = true;
                if (h.handledTypes().contains(event.getType())) {
                    handler = h;
                    break;
                }
            }
        }
        if (handler == null) {
            return knownProducer ? Outcome.SKIPPED
                    : deadLetter(record, groupId, "unknown event type " + event.getType());
        }
        Object traceparent = event.getExtension(EventTracing.TRACEPARENT);
        Span span = EventTracing.processSpan(tracer, record.topic(), event.getType(), event.getId(),
                traceparent == null ? null : traceparent.toString());
        MDC.put("traceId", span.getSpanContext().getTraceId());
        try (Scope scope = span.makeCurrent()) {
            Outcome outcome = handle(record, groupId, event, handler);
            if (outcome == Outcome.RETRY || outcome == Outcome.DEAD_LETTERED) {
                span.setStatus(StatusCode.ERROR, outcome.name());
            }
            return outcome;
        } finally {
            span.end();
            MDC.remove("traceId");
        }
    }

    private Outcome handle(ConsumerRecord<byte[], byte[]> record, String groupId, CloudEvent event,
                           EventHandler handler) {
        String attemptKey = record.topic() + "/" + record.partition() + "/" + record.offset();
        EventHandler chosen = handler;
        try {
            Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
                if (!inbox.firstDelivery(event)) {
                    return Outcome.DUPLICATE;
                }
                chosen.handle(event);
                return Outcome.PROCESSED;
            });
            attempts.remove(attemptKey);
            (outcome == Outcome.PROCESSED ? processed : duplicates).increment();
            LOG.infof("Event %s (%s) %s", event.getId(), event.getType(),
                    outcome == Outcome.PROCESSED ? "applied" : "already applied");
            return outcome;
        } catch (Exception e) {
            Throwable cause = unwrap(e);
            if (poison(cause)) {
                attempts.remove(attemptKey);
                return deadLetter(record, groupId, LogSafe.mask(cause.getMessage()));
            }
            lastError.set(cause.getClass().getSimpleName());
            if (transientInfrastructure(cause)) {
                LOG.warnf("Event %s (%s) waits for an unavailable dependency: %s", event.getId(), event.getType(),
                        LogSafe.mask(cause.toString()));
                return Outcome.RETRY;
            }
            int attempt = attempts.merge(attemptKey, 1, Integer::sum);
            LOG.warnf("Event %s (%s) failed, attempt %d of %d: %s", event.getId(), event.getType(), attempt,
                    config.maxAttempts(), LogSafe.describe(cause));
            if (attempt >= config.maxAttempts()) {
                attempts.remove(attemptKey);
                return deadLetter(record, groupId, "failed " + attempt + " times: " + cause.getClass().getSimpleName());
            }
            return Outcome.RETRY;
        }
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof PoisonEventException || current instanceof TransientEventException) {
                return current;
            }
            current = current.getCause();
        }
        return e instanceof RuntimeException && e.getCause() != null && e.getClass() == RuntimeException.class
                ? e.getCause() : e;
    }

    private static boolean poison(Throwable e) {
        return e instanceof PoisonEventException;
    }

    /**
     * Database unavailable (also out of connections, {@link DatabaseUnavailable}), upstream service unreachable, or a
     * serialization conflict: not the event's fault, so never dead-letter it for that.
     */
    static boolean transientInfrastructure(Throwable e) {
        if (DatabaseUnavailable.in(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientEventException || t instanceof SQLTransientException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof ProcessingException) {
                return true;
            }
            // 40xxx: serialization failure or deadlock — the same event succeeds when tried again.
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (t instanceof WebApplicationException wae && wae.getResponse() != null
                    && wae.getResponse().getStatus() >= 500) {
                return true;
            }
        }
        return false;
    }

    private Outcome deadLetter(ConsumerRecord<byte[], byte[]> record, String groupId, String reason) {
        String dlqTopic = record.topic() + config.dlqSuffix();
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(dlqTopic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        dead.headers().add("trede-dlq-reason", utf8(reason));
        dead.headers().add("trede-dlq-topic", utf8(record.topic()));
        dead.headers().add("trede-dlq-partition", utf8(Integer.toString(record.partition())));
        dead.headers().add("trede-dlq-offset", utf8(Long.toString(record.offset())));
        dead.headers().add("trede-dlq-group", utf8(groupId));
        dead.headers().add("trede-dlq-time", utf8(Instant.now().toString()));
        try {
            dlqProducer().send(dead).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY;
        } catch (Exception e) {
            LOG.warnf("Cannot write to %s yet, will retry: %s", dlqTopic, e.getClass().getSimpleName());
            return Outcome.RETRY;
        }
        deadLettered.increment();
        LOG.warnf("Event at %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(),
                dlqTopic, reason);
        return Outcome.DEAD_LETTERED;
    }

    private static byte[] utf8(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> dlqProducer() {
        if (dlqProducer == null) {
            Map<String, Object> props = new HashMap<>(kafkaConfig);
            props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            dlqProducer = new KafkaProducer<>(props);
        }
        return dlqProducer;
    }
}
