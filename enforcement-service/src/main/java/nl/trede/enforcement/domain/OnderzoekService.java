package nl.trede.enforcement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handhavingsonderzoek (rechtmatigheid): "Is er sprake van meerdere gedragingen of ernstige gedragingen. Is al
 * vaker gehandhaafd en evt. sprake van recidive dient de omslag te worden gemaakt naar rechtmatigheid" (sources
 * D4.2 item 6). The outcome is registered as given, with the only check the sources allow: a boete is at most the
 * benadelingsbedrag (Pw art. 18a lid 1) when that is known.
 */
@ApplicationScoped
public class OnderzoekService {

    public static final String PATH = "/api/enforcement/v1/handhavingsonderzoeken";
    public static final String ONDERZOEK_GESTART = EnforcementEvents.PREFIX + "onderzoek-gestart";
    public static final String ONDERZOEK_AFGEROND = EnforcementEvents.PREFIX + "onderzoek-afgerond";

    public record OnderzoekGestart(UUID onderzoekId, UUID zaakId, String aanleiding, List<UUID> gedragingIds) {
    }

    public record OnderzoekAfgerond(UUID onderzoekId, UUID zaakId, List<String> uitkomsten,
                                    BigDecimal terugvorderingBedrag, BigDecimal boeteBedrag, List<String> artikelen) {
    }

    private final Clock clock;
    private final Outbox outbox;
    private final EntityManager em;
    private final String topic;

    public OnderzoekService(Clock clock, Outbox outbox, EntityManager em,
                            @ConfigProperty(name = "trede.topics.enforcement") String topic) {
        this.clock = clock;
        this.outbox = outbox;
        this.em = em;
        this.topic = topic;
    }

    public Handhavingsonderzoek onderzoek(UUID id) {
        return Handhavingsonderzoek.<Handhavingsonderzoek>findByIdOptional(id).orElseThrow(() ->
                ProblemException.notFound("Handhavingsonderzoek " + id));
    }

    /** The onderzoeken of a klant, newest first; without a klant the newest 100. */
    public List<Handhavingsonderzoek> lijst(UUID klantId) {
        return klantId == null
                ? Handhavingsonderzoek.<Handhavingsonderzoek>find("order by gestartOp desc, id").page(0, 100).list()
                : Handhavingsonderzoek.list("klantId = ?1 order by gestartOp desc, id", klantId);
    }

    @Transactional
    public Handhavingsonderzoek start(OnderzoekCommando.Start r, String actor) {
        List<UUID> ids = r.gedragingIds() == null ? List.of() : r.gedragingIds().stream().distinct().toList();
        for (int i = 0; i < ids.size(); i++) {
            Gedraging g = Gedraging.findById(ids.get(i));
            if (g == null || !g.klantId.equals(r.klantId())) {
                throw ProblemException.invalid("gedragingIds[" + i + "]", "must be a gedraging of this klant");
            }
        }
        Handhavingsonderzoek o = new Handhavingsonderzoek();
        o.id = UUID.randomUUID();
        o.klantId = r.klantId();
        o.zaakId = r.zaakId();
        o.aanleiding = r.aanleiding();
        o.gedragingIds = String.join(",", ids.stream().map(UUID::toString).toList());
        o.status = Handhavingsonderzoek.GESTART;
        o.gestartOp = NlTime.vandaag(clock);
        o.gestartDoor = actor;
        o.persist();
        publiceer(o, ONDERZOEK_GESTART, new OnderzoekGestart(o.id, o.zaakId, o.aanleiding, ids));
        return o;
    }

    @Transactional
    public Handhavingsonderzoek afronden(UUID id, Long version, OnderzoekCommando.Afronding r, String actor) {
        if (r.boeteBedrag() != null && r.benadelingsbedrag() != null
                && r.boeteBedrag().compareTo(r.benadelingsbedrag()) > 0) {
            throw ProblemException.invalid("boeteBedrag", "at most the benadelingsbedrag (Pw art. 18a lid 1)");
        }
        Handhavingsonderzoek o = onderzoek(id);
        IfMatch.vereis(version, o.version, "onderzoek");
        if (isAfgerond(o)) {
            throw ProblemException.conflict("illegal-transition", "A handhavingsonderzoek with status afgerond "
                    + "cannot be afgerond again.", null);
        }
        o.status = Handhavingsonderzoek.AFGEROND;
        o.afgerondOp = NlTime.vandaag(clock);
        o.afgerondDoor = actor;
        o.herziening = Boolean.TRUE.equals(r.herziening());
        o.terugvorderingBedrag = r.terugvorderingBedrag();
        o.benadelingsbedrag = r.benadelingsbedrag();
        o.boeteBedrag = r.boeteBedrag();
        List<String> artikelen = new ArrayList<>();
        if (o.herziening) {
            artikelen.add("Pw art. 54 lid 3");
        }
        if (o.terugvorderingBedrag != null) {
            artikelen.add("Pw art. 58");
        }
        if (o.boeteBedrag != null) {
            artikelen.add("Pw art. 18a");
        }
        em.flush();
        publiceer(o, ONDERZOEK_AFGEROND, new OnderzoekAfgerond(o.id, o.zaakId, uitkomsten(o), o.terugvorderingBedrag,
                o.boeteBedrag, artikelen));
        return o;
    }

    public static boolean isAfgerond(Handhavingsonderzoek o) {
        return Handhavingsonderzoek.AFGEROND.equals(o.status);
    }

    /** herziening, terugvordering, boete, or geen. */
    public static List<String> uitkomsten(Handhavingsonderzoek o) {
        List<String> u = new ArrayList<>();
        if (Boolean.TRUE.equals(o.herziening)) {
            u.add("herziening");
        }
        if (o.terugvorderingBedrag != null) {
            u.add("terugvordering");
        }
        if (o.boeteBedrag != null) {
            u.add("boete");
        }
        return u.isEmpty() ? List.of("geen") : u;
    }

    private void publiceer(Handhavingsonderzoek o, String type, Object data) {
        outbox.publish(new DomainEvent(topic, type, o.klantId, PATH + "/" + o.id, data));
    }
}
