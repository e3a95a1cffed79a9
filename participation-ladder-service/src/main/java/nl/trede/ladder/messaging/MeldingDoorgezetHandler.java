package nl.trede.ladder.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.werk.WerkMarkering;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code nl.trede.intake.melding-doorgezet} → the klant's klantgroep for the reports (V4). Exactly once: the platform
 * inbox records the event in the same transaction. The event carries codes only; a hand-over without klantgroep
 * has no effect, and an older hand-over never overwrites a newer one.
 */
@Singleton
public class MeldingDoorgezetHandler extends JsonEventHandler {

    static final String MELDING_DOORGEZET = "nl.trede.intake.melding-doorgezet";

    /** The part of intake's melding-doorgezet data the ladder needs. */
    public record MeldingDoorgezet(@NotNull UUID meldingId, @NotNull Instant doorgezetOp,
                                   @Size(max = 60) String klantgroep) {
    }

    private final EntityManager em;

    private final WerkMarkering werk;

    public MeldingDoorgezetHandler(@ConfigProperty(name = "trede.topics.intake") String topic, ObjectMapper mapper,
                                   Validator validator, EntityManager em, WerkMarkering werk) {
        super(topic, "nl.trede.intake.", Set.of(MELDING_DOORGEZET), mapper, validator);
        this.werk = werk;
        this.em = em;
    }

    @Override
    public void handle(CloudEvent event) {
        MeldingDoorgezet data = data(event, MeldingDoorgezet.class);
        UUID klantId = klantId(event);
        if (data.klantgroep() == null || data.klantgroep().isBlank()) {
            return;
        }
        // The same per-klant lock as a meting: the projection rebuild and this update never interleave.
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS l")
                .setParameter(1, "meting:" + klantId).getSingleResult();
        em.createNativeQuery("INSERT INTO klant_klantgroep (klant_id, klantgroep, melding_id, doorgezet_op) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (klant_id) DO UPDATE SET klantgroep = EXCLUDED.klantgroep, "
                        + "melding_id = EXCLUDED.melding_id, doorgezet_op = EXCLUDED.doorgezet_op "
                        + "WHERE klant_klantgroep.doorgezet_op <= EXCLUDED.doorgezet_op")
                .setParameter(1, klantId).setParameter(2, data.klantgroep().strip())
                .setParameter(3, data.meldingId()).setParameter(4, data.doorgezetOp())
                .executeUpdate();
        em.createNativeQuery("UPDATE ladder_positie p SET klantgroep = g.klantgroep FROM klant_klantgroep g "
                        + "WHERE g.klant_id = ?1 AND p.klant_id = g.klant_id")
                .setParameter(1, klantId).executeUpdate();
        werk.markeer(klantId); // the klantgroep of the klant's open work (docs/contracts/werkitems.md)
    }
}
