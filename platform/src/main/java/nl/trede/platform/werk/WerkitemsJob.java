package nl.trede.platform.werk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.problem.LogSafe;
import nl.trede.platform.time.NlTime;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Publishes the snapshot of every marked klant (docs/contracts/werkitems.md "How a service produces it"): one
 * transaction per klant takes its mark ({@code FOR UPDATE SKIP LOCKED}: two instances never work on one klant),
 * computes its open work through the service's {@link WerkitemsBron}, takes the next volgnummer, writes {@code
 * werkitems-bijgewerkt} to the outbox and removes the mark (only when it was not renewed meanwhile). A crash or an
 * error rolls it all back and leaves the mark; a klant whose snapshot fails is tried again after {@code
 * trede.werkitems.retry-after} while the others go on. Woken after every commit that marked a klant, with a short
 * poll as a safety net, in its own thread like the outbox relay. Not started in a service without a bron.
 */
@ApplicationScoped
public class WerkitemsJob {

    private static final Logger LOG = Logger.getLogger(WerkitemsJob.class);

    private final Instance<WerkitemsBron> bron;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;
    private final WerkitemsConfig config;
    private final Semaphore wakeUp = new Semaphore(0);
    /** Klanten whose snapshot failed, until when they are left alone (wall-clock time, not the service clock). */
    private final Map<UUID, Instant> overslaan = new ConcurrentHashMap<>();
    /** Held while the job works and while a test pauses it ({@link #pauzeer()}). */
    private final ReentrantLock beurt = new ReentrantLock();

    private volatile boolean running;
    private volatile Thread thread;

    public WerkitemsJob(Instance<WerkitemsBron> bron, Outbox outbox, EntityManager em, Clock clock,
                        WerkitemsConfig config) {
        this.bron = bron;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!bron.isResolvable()) {
            return;
        }
        if (!config.jobEnabled()) {
            LOG.info("Werkitems job disabled (trede.werkitems.job-enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "werkitems-job");
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
    }

    /** Called after a commit that marked a klant. */
    public void wakeUp() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * Waits for the job's current round and holds it until {@link #hervat()} from the same thread: a test that counts
     * the statements of one request (platform testsupport StatementBudget) does not count the job's.
     */
    public void pauzeer() {
        beurt.lock();
    }

    public void hervat() {
        beurt.unlock();
        wakeUp();
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (running) {
                    beurt.lock();
                    try {
                        verwerkAlles();
                    } finally {
                        beurt.unlock();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // the database is away: the next poll tries again
                LOG.warnf("Werkitems job iteration failed, retrying: %s", LogSafe.describe(e));
                pauze();
            }
        }
    }

    private void pauze() {
        try {
            Thread.sleep(config.retryAfter().toMillis() / 10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes the snapshot of every mark that is due; returns how many klanten were handled. */
    public int verwerkAlles() {
        Instant nu = Instant.now();
        overslaan.values().removeIf(tot -> !tot.isAfter(nu));
        int n = 0;
        while (verwerkVolgende().isPresent()) {
            n++;
        }
        return n;
    }

    /** One klant in one transaction: the klant handled (published or, on an error, set aside), or empty. */
    Optional<UUID> verwerkVolgende() {
        UUID[] klant = new UUID[1];
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Session session = em.unwrap(Session.class);
                Instant nu = clock.instant();
                Optional<WerkTeVerversen.Markering> mark = session.doReturningWork(c ->
                        WerkTeVerversen.pak(c, nu, overslaan.keySet()));
                if (mark.isEmpty()) {
                    return Optional.empty();
                }
                klant[0] = mark.get().klantId();
                publiceer(session, mark.get(), nu);
                return Optional.of(klant[0]);
            });
        } catch (RuntimeException e) {
            if (klant[0] == null) {
                throw e;
            }
            overslaan.put(klant[0], Instant.now().plus(config.retryAfter()));
            LOG.warnf("Werkitems of klant %s not published, trying again in %s: %s", klant[0], config.retryAfter(),
                    LogSafe.describe(e));
            return Optional.of(klant[0]);
        }
    }

    private void publiceer(Session session, WerkTeVerversen.Markering mark, Instant nu) {
        WerkitemsBron b = bron.get();
        UUID klantId = mark.klantId();
        Momentopname snapshot = Momentopname.van(b.openWerk(klantId), NlTime.datum(nu));
        long volgnummer = session.doReturningWork(WerkTeVerversen::volgnummer);
        outbox.publish(new DomainEvent(b.topic(), WerkitemsBijgewerkt.type(b.bron()), klantId, null,
                new WerkitemsBijgewerkt(b.bron(), klantId, volgnummer, snapshot.werkitems())));
        Instant opnieuw = snapshot.verversOp() == null ? null
                : snapshot.verversOp().atStartOfDay(NlTime.ZONE).toInstant();
        session.doWork(c -> WerkTeVerversen.afronden(c, mark, opnieuw));
    }
}
