package nl.trede.platform.toegang;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import nl.trede.platform.werk.WerkMarkering;

/**
 * casework's regie events → the {@code zaak_toegang} projection (klantId, zaakId, team, regisseur, closed) that
 * {@link KlantInzage} decides with. A service subclasses it as a {@code @Singleton} bean (it has no no-args constructor to proxy) (with the topic
 * {@code trede.topics.casework}) and creates the table in a migration of its own; the platform inbox makes each event
 * count once (the consumer records it in the same transaction).
 *
 * <p>Order-independent: Kafka keeps one klant's events in order, but a redelivery after a failure can bring a
 * {@code regisseur-toegewezen} before the {@code zaak-aangemaakt} of its zaak, or an older regie change after a newer
 * one. So each event inserts the row when it is missing; a regie change applies only when it is not older than the one
 * the row has (the CloudEvents {@code time}); {@code zaak-aangemaakt} sets team and regisseur only while no regie change
 * has been applied; and {@code zaak-afgesloten} is final (a closed zaak does not reopen in casework).
 */
public abstract class ZaakToegangProjectie extends JsonEventHandler {

    public static final String PREFIX = "nl.trede.casework.";
    public static final String ZAAK_AANGEMAAKT = PREFIX + "zaak-aangemaakt";
    public static final String REGISSEUR_TOEGEWEZEN = PREFIX + "regisseur-toegewezen";
    public static final String ZAAK_AFGESLOTEN = PREFIX + "zaak-afgesloten";

    /** casework's {@code ZaakAangemaakt}; {@code regisseur} is set when a klantmanager opened the zaak directly. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ZaakAangemaakt(@NotNull UUID zaakId, @Size(max = 100) String team,
                                 @Size(max = 200) String regisseur) {
    }

    /** casework's {@code RegisseurToegewezen}: team and regisseur (null: the team queue) after the change. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegisseurToegewezen(@NotNull UUID zaakId, @Size(max = 100) String team,
                                      @Size(max = 200) String regisseur) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ZaakAfgesloten(@NotNull UUID zaakId) {
    }

    private final EntityManager em;
    private final Clock clock;

    protected ZaakToegangProjectie(String topic, ObjectMapper mapper, Validator validator, EntityManager em,
                                   Clock clock) {
        super(topic, PREFIX, Set.of(ZAAK_AANGEMAAKT, REGISSEUR_TOEGEWEZEN, ZAAK_AFGESLOTEN), mapper, validator);
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void handle(CloudEvent event) {
        UUID klantId = klantId(event);
        switch (event.getType()) {
            case ZAAK_AANGEMAAKT -> {
                ZaakAangemaakt d = data(event, ZaakAangemaakt.class);
                em.createNativeQuery("INSERT INTO zaak_toegang (zaak_id, klant_id, team, regisseur) "
                                + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (zaak_id) DO UPDATE SET "
                                + "klant_id = EXCLUDED.klant_id, "
                                + "team = CASE WHEN zaak_toegang.regie_op IS NULL THEN EXCLUDED.team "
                                + "ELSE zaak_toegang.team END, "
                                + "regisseur = CASE WHEN zaak_toegang.regie_op IS NULL THEN EXCLUDED.regisseur "
                                + "ELSE zaak_toegang.regisseur END")
                        .setParameter(1, d.zaakId()).setParameter(2, klantId).setParameter(3, leeg(d.team()))
                        .setParameter(4, leeg(d.regisseur())).executeUpdate();
            }
            case REGISSEUR_TOEGEWEZEN -> {
                RegisseurToegewezen d = data(event, RegisseurToegewezen.class);
                Instant op = event.getTime() == null ? Instant.now(clock) : event.getTime().toInstant();
                em.createNativeQuery("INSERT INTO zaak_toegang (zaak_id, klant_id, team, regisseur, regie_op) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (zaak_id) DO UPDATE SET "
                                + "team = EXCLUDED.team, regisseur = EXCLUDED.regisseur, regie_op = EXCLUDED.regie_op "
                                + "WHERE zaak_toegang.regie_op IS NULL OR zaak_toegang.regie_op <= EXCLUDED.regie_op")
                        .setParameter(1, d.zaakId()).setParameter(2, klantId).setParameter(3, leeg(d.team()))
                        .setParameter(4, leeg(d.regisseur())).setParameter(5, Timestamp.from(op)).executeUpdate();
            }
            case ZAAK_AFGESLOTEN -> {
                ZaakAfgesloten d = data(event, ZaakAfgesloten.class);
                em.createNativeQuery("INSERT INTO zaak_toegang (zaak_id, klant_id, afgesloten) VALUES (?1, ?2, true) "
                                + "ON CONFLICT (zaak_id) DO UPDATE SET afgesloten = true")
                        .setParameter(1, d.zaakId()).setParameter(2, klantId).executeUpdate();
            }
            default -> throw new PoisonEventException("not a regie event: " + event.getType());
        }
        // team and regisseur of the klant's open work here follow the zaak (docs/contracts/werkitems.md)
        Arc.container().instance(WerkMarkering.class).get().markeer(klantId);
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The klant's zaken as the projection knows them (none: a klant casework has not opened a zaak for, yet). */
    @SuppressWarnings("unchecked")
    public static List<ZaakRegie> zakenVan(EntityManager em, UUID klantId) {
        List<Object[]> rows = em.createNativeQuery("SELECT zaak_id, klant_id, team, regisseur, afgesloten "
                + "FROM zaak_toegang WHERE klant_id = ?1").setParameter(1, klantId).getResultList();
        return rows.stream().map(r -> new ZaakRegie((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (Boolean) r[4])).toList();
    }
}
