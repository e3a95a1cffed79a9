package nl.trede.worklist.domain;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signaleringen stream. One poll per instance ({@code trede.worklist.stroom-interval}) reads the highest
 * signalering number in the database, whichever instance's consumer stored it; a subscriber reads its own new
 * signaleringen (what reaches it, of its kinds) only while there is something new. So nothing is missed across
 * instances or reconnections ({@code Last-Event-ID}), and an idle subscriber costs no query.
 *
 * <p>Numbers come from a sequence and are taken at insert, so a transaction with a lower number can commit just after
 * one with a higher number. A subscriber therefore keeps reading from a floor that trails the highest number by
 * {@link #NAIJL} and skips what it already sent: a late commit within that time is still delivered, once.
 */
@ApplicationScoped
public class SignaleringStroom {

    private static final Logger LOG = Logger.getLogger(SignaleringStroom.class);
    static final int PARTIJ = 100;
    /** How long a number may stay uncommitted while higher ones are visible (a transaction's commit, generously). */
    static final Duration NAIJL = Duration.ofSeconds(2);

    private final Signaleringen signaleringen;
    private final Duration interval;
    private final Duration maxDuur;
    private final AtomicLong hoogste = new AtomicLong();
    /** The highest number as it was at least {@link #NAIJL} ago: everything up to it has committed. */
    private final AtomicLong veilig = new AtomicLong();
    private final Deque<long[]> geschiedenis = new ArrayDeque<>();
    private ScheduledExecutorService peiler;

    public SignaleringStroom(Signaleringen signaleringen,
                             @ConfigProperty(name = "trede.worklist.stroom-interval") Duration interval,
                             @ConfigProperty(name = "trede.worklist.stroom-max-duur") Duration maxDuur) {
        this.signaleringen = signaleringen;
        this.interval = interval;
        this.maxDuur = maxDuur;
    }

    void start(@Observes StartupEvent event) {
        long h = signaleringen.hoogsteVolgnummer();
        hoogste.set(h);
        veilig.set(h);
        // The scheduler extension runs nothing more often than once a second; the stream needs a shorter interval.
        peiler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "signalering-stroom");
            t.setDaemon(true);
            return t;
        });
        peiler.scheduleWithFixedDelay(this::peilVeilig, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (peiler != null) {
            peiler.shutdownNow();
        }
    }

    private void peilVeilig() {
        try {
            peil();
        } catch (RuntimeException e) {
            // The database is away for a moment: the next poll tries again; subscribers wait meanwhile.
            LOG.debugf("signalering poll failed: %s", e.toString());
        }
    }

    synchronized void peil() {
        long nu = System.nanoTime();
        long h = signaleringen.hoogsteVolgnummer();
        hoogste.set(h);
        geschiedenis.addLast(new long[] {nu, h});
        while (!geschiedenis.isEmpty() && nu - geschiedenis.peekFirst()[0] >= NAIJL.toNanos()) {
            veilig.set(Math.max(veilig.get(), geschiedenis.removeFirst()[1]));
        }
    }

    /** Where a new subscription without {@code Last-Event-ID} starts: after everything stored so far. */
    public long nu() {
        return signaleringen.hoogsteVolgnummer();
    }

    /**
     * The caller's signaleringen after number {@code vanaf}, as they come, until {@code trede.worklist.stroom-max-duur}
     * has passed (the client reconnects with the last id it received).
     */
    public Multi<Signalering> voor(Zicht zicht, long vanaf) {
        AtomicLong vloer = new AtomicLong(vanaf);
        Set<Long> verzonden = new HashSet<>();
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(interval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    if (hoogste.get() <= vloer.get()) {
                        return List.<Signalering>of();
                    }
                    long nieuweVloer = Math.max(vloer.get(), Math.min(veilig.get(), hoogste.get()));
                    List<Signalering> uit = new ArrayList<>();
                    for (Signalering s : signaleringen.sinds(zicht, vloer.get(), PARTIJ + verzonden.size())) {
                        if (verzonden.add(s.volgnummer())) {
                            uit.add(s);
                        }
                    }
                    if (uit.size() < PARTIJ) {
                        vloer.set(nieuweVloer);
                        verzonden.removeIf(n -> n <= nieuweVloer);
                    }
                    return uit;
                })
                .select().first(maxDuur);
    }
}
