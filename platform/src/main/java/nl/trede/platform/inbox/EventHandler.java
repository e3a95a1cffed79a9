package nl.trede.platform.inbox;

import io.cloudevents.CloudEvent;
import java.util.Set;

/**
 * A CDI bean that consumes events of one topic. The {@link EventConsumer} calls {@link #handle} inside a
 * transaction in which the {@link Inbox} has just recorded the event, so the effect happens exactly once.
 *
 * <p>Throw {@link PoisonEventException} for an event that can never be processed (it goes to the DLQ at once);
 * infrastructure errors (database or an upstream service unreachable, {@link TransientEventException}) are
 * retried without limit; any other error is retried a bounded number of times and then sent to the DLQ.
 *
 * <p>Call other services with the transaction suspended ({@code QuarkusTransaction.suspendingExisting()}): a
 * REST client propagates the transaction to its I/O thread, and when the call fails the rollback can go wrong and
 * leave the inbox row of the failed attempt to be committed — the redelivery is then skipped and the event lost.
 */
public interface EventHandler {

    /** The topic to subscribe to. */
    String topic();

    /** All event types of this topic's producer start with this, e.g. {@code nl.trede.intake.}. */
    String typePrefix();

    /** The types this handler applies; the producer's other types are skipped, foreign types are poison. */
    Set<String> handledTypes();

    void handle(CloudEvent event) throws Exception;
}
