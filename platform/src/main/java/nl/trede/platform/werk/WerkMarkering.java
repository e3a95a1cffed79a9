package nl.trede.platform.werk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import org.hibernate.Session;

/**
 * Marks a klant "werk te verversen" in the caller's transaction (docs/contracts/werkitems.md "How a service produces
 * it"): the outbox calls {@link #naEvent} for every domain event, and code that changes a klant's work without an
 * event calls {@link #markeer}. One mark per klant per transaction; after the commit the job is woken. Does nothing
 * in a service without a {@link WerkitemsBron}.
 *
 * <p>The mark is one plain-JDBC upsert on the transaction's connection, like the audit insert: the statement budgets
 * (platform README) do not count it.
 */
@ApplicationScoped
public class WerkMarkering {

    private static final Object GEMARKEERD = WerkMarkering.class.getName() + ".gemarkeerd";

    private final Instance<WerkitemsBron> bron;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry txRegistry;
    private final Clock clock;
    private final WerkitemsJob job;

    public WerkMarkering(Instance<WerkitemsBron> bron, EntityManager em, TransactionSynchronizationRegistry txRegistry,
                         Clock clock, WerkitemsJob job) {
        this.bron = bron;
        this.em = em;
        this.txRegistry = txRegistry;
        this.clock = clock;
        this.job = job;
    }

    /** The event's klant may have other open work now; the service's own snapshots and non-klant subjects do not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void naEvent(DomainEvent event) {
        if (!bron.isResolvable() || event.type().endsWith(WerkitemsBijgewerkt.TYPE_SUFFIX)
                || !bron.get().betreftKlant(event)) {
            return;
        }
        markeer(event.klantId());
    }

    /** Marks the klant in the current transaction: its snapshot is published after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markeer(UUID klantId) {
        if (!bron.isResolvable()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> gemarkeerd = (Set<UUID>) txRegistry.getResource(GEMARKEERD);
        if (gemarkeerd == null) {
            gemarkeerd = new HashSet<>();
            txRegistry.putResource(GEMARKEERD, gemarkeerd);
            txRegistry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        job.wakeUp();
                    }
                }
            });
        }
        if (gemarkeerd.add(klantId)) {
            em.unwrap(Session.class).doWork(c -> WerkTeVerversen.markeer(c, klantId, clock.instant()));
        }
    }
}
