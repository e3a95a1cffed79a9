package nl.trede.worklist.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.toegang.ZaakToegangProjectie;

/**
 * The termijn job over the read model: open work due tomorrow gets {@code termijn-morgen}, overdue open work
 * {@code termijn-verlopen} ({@link SignaleringRegels#termijn}), each once per item and kind. "Today" is the Dutch
 * calendar day on the service clock. Several instances may run it at once: the database keeps each signalering once.
 */
@ApplicationScoped
public class TermijnBewaking {

    static final int PARTIJ = 1000;

    private final Werkvoorraad werkvoorraad;
    private final Signaleringen signaleringen;
    private final EntityManager em;
    private final Clock clock;

    public TermijnBewaking(Werkvoorraad werkvoorraad, Signaleringen signaleringen, EntityManager em, Clock clock) {
        this.werkvoorraad = werkvoorraad;
        this.signaleringen = signaleringen;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(identity = "termijn-bewaking", every = "${trede.worklist.termijn-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodiek() {
        bewaak();
    }

    /** One run: signals up to {@value #PARTIJ} items (the next run goes on). Returns the number stored. */
    @Transactional
    public int bewaak() {
        LocalDate vandaag = NlTime.vandaag(clock);
        List<Werkitem> kandidaten = werkvoorraad.termijnKandidaten(vandaag, PARTIJ);
        return signaleringen.opslaan(SignaleringRegels.termijnen(kandidaten, vandaag,
                klant -> ZaakToegangProjectie.zakenVan(em, klant)));
    }
}
