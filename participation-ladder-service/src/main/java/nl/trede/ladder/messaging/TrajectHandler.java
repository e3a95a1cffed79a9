package nl.trede.ladder.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.WerkMarkering;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * casework's traject events → the {@code traject} projection (V6): the traject context for the metingen due at traject
 * start and end and for the movement per voorziening (sources L5.3: the end of a traject triggers
 * a meting; sources H9: casework.traject-gestart/-beeindigd, thesis §1.1 and H7.4: results per trajectory).
 * Exactly once: the platform inbox records the event in the same
 * transaction; an event the ladder cannot read (no klantId subject, a missing field) is poison and goes to the DLQ.
 * casework's other types on the topic are skipped.
 */
@Singleton
public class TrajectHandler extends JsonEventHandler {

    static final String PREFIX = "nl.trede.casework.";
    static final String TRAJECT_GESTART = PREFIX + "traject-gestart";
    static final String TRAJECT_BEEINDIGD = PREFIX + "traject-beeindigd";

    /** casework's {@code TrajectGestart}. */
    public record TrajectGestart(@NotNull UUID trajectId, @NotNull UUID zaakId,
                                 @NotBlank @Size(max = 60) String voorziening, @NotNull LocalDate startdatum,
                                 LocalDate einddatum) {
    }

    /** casework's {@code TrajectBeeindigd}. */
    public record TrajectBeeindigd(@NotNull UUID trajectId, @NotNull UUID zaakId,
                                   @NotBlank @Size(max = 60) String voorziening, @Size(max = 60) String resultaat) {
    }

    private final EntityManager em;
    private final Clock clock;

    private final WerkMarkering werk;

    public TrajectHandler(@ConfigProperty(name = "trede.topics.casework") String topic, ObjectMapper mapper,
                          Validator validator, EntityManager em, Clock clock, WerkMarkering werk) {
        super(topic, PREFIX, Set.of(TRAJECT_GESTART, TRAJECT_BEEINDIGD), mapper, validator);
        this.werk = werk;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void handle(CloudEvent event) {
        UUID klantId = klantId(event);
        if (TRAJECT_GESTART.equals(event.getType())) {
            TrajectGestart d = data(event, TrajectGestart.class);
            if (d.einddatum() != null && d.einddatum().isBefore(d.startdatum())) {
                throw new PoisonEventException("einddatum lies before startdatum");
            }
            em.createNativeQuery("INSERT INTO traject (traject_id, klant_id, zaak_id, voorziening, startdatum, "
                            + "einddatum) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (traject_id) DO UPDATE SET "
                            + "startdatum = EXCLUDED.startdatum, einddatum = EXCLUDED.einddatum")
                    .setParameter(1, d.trajectId()).setParameter(2, klantId).setParameter(3, d.zaakId())
                    .setParameter(4, d.voorziening().strip()).setParameter(5, d.startdatum())
                    .setParameter(6, d.einddatum()).executeUpdate();
        } else {
            TrajectBeeindigd d = data(event, TrajectBeeindigd.class);
            // The event carries no date: the day casework ended the traject is the event's time in the Netherlands.
            LocalDate op = event.getTime() == null ? NlTime.vandaag(clock) : NlTime.datum(event.getTime().toInstant());
            em.createNativeQuery("INSERT INTO traject (traject_id, klant_id, zaak_id, voorziening, beeindigd, "
                            + "beeindigd_op, resultaat) VALUES (?1, ?2, ?3, ?4, true, ?5, ?6) ON CONFLICT (traject_id) "
                            + "DO UPDATE SET beeindigd = true, beeindigd_op = EXCLUDED.beeindigd_op, "
                            + "resultaat = EXCLUDED.resultaat")
                    .setParameter(1, d.trajectId()).setParameter(2, klantId).setParameter(3, d.zaakId())
                    .setParameter(4, d.voorziening().strip()).setParameter(5, op)
                    .setParameter(6, d.resultaat()).executeUpdate();
        }
        werk.markeer(klantId); // a traject's metingen are due (docs/contracts/werkitems.md)
    }
}
