package nl.trede.platform.inbox;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent inbox: records a processed event's CloudEvents {@code source}+{@code id} in the same
 * transaction as its effect. A redelivered event finds its id already there and has no second effect; two
 * concurrent deliveries serialise on the primary key.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time this event is seen; false for a redelivery (then apply no effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        int inserted = em.createNativeQuery(
                        "INSERT INTO inbox_event (source, event_id, type) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, event.getSource().toString())
                .setParameter(2, event.getId())
                .setParameter(3, event.getType())
                .executeUpdate();
        return inserted == 1;
    }
}
