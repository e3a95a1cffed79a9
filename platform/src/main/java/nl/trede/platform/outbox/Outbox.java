package nl.trede.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.events.EventTracing;
import nl.trede.platform.events.EventsConfig;
import nl.trede.platform.werk.WerkMarkering;

/**
 * Writes domain events to the transactional outbox. Call it inside the {@code @Transactional} method that makes
 * the state change: the event row commits or rolls back with it, so an event is never lost and never announces
 * a change that did not happen. After the commit the relay is woken to publish at once.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry txRegistry;
    private final OutboxRelay relay;
    private final String source;
    private final String apiBaseUrl;
    private final Clock clock;
    private final WerkMarkering werk;

    public Outbox(EntityManager em, ObjectMapper mapper, TransactionSynchronizationRegistry txRegistry,
                  OutboxRelay relay, EventsConfig config, Clock clock, WerkMarkering werk) {
        this.werk = werk;
        this.clock = clock;
        this.em = em;
        this.mapper = mapper;
        this.txRegistry = txRegistry;
        this.relay = relay;
        this.source = EventEnvelope.source(config.oin(), config.system());
        this.apiBaseUrl = config.apiBaseUrl().replaceAll("/+$", "");
    }

    /** Stores the event in the current transaction and returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = event.topic();
        row.eventKey = event.klantId().toString();
        row.type = event.type();
        row.source = source;
        row.subject = event.klantId().toString();
        row.dataref = event.resourcePath() == null ? null : apiBaseUrl + event.resourcePath();
        // The event's time is the moment of the change on the service clock, the same clock its timestamps use.
        row.eventTime = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // The trace of the change travels with the event: the relay parents its producer span on it.
        row.traceparent = EventTracing.currentTraceparent();
        try {
            row.data = mapper.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + event.type() + " is not serialisable", e);
        }
        em.persist(row);
        werk.naEvent(event); // the klant's open work may have changed (docs/contracts/werkitems.md)
        txRegistry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return row.id;
    }
}
