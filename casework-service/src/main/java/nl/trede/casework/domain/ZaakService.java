package nl.trede.casework.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ZaakService {

    public static final String PATH = "/api/casework/v1/zaken";

    private final Outbox outbox;
    private final String topic;
    private final String defaultTeam;

    public ZaakService(Outbox outbox, @ConfigProperty(name = "trede.topics.casework") String topic,
                       @ConfigProperty(name = "trede.casework.default-team") String defaultTeam) {
        this.outbox = outbox;
        this.topic = topic;
        this.defaultTeam = defaultTeam;
    }

    /** Personal data of a klant as fetched from intake. */
    public record Persoonsgegevens(String naam, LocalDate geboortedatum) {
    }

    /**
     * Opens a zaak for a doorgezette melding, in the caller's transaction (the inbox's): at most one zaak per
     * melding, and the new zaak sits in the default team's queue with the team as its owner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Zaak openFromMelding(UUID klantId, UUID meldingId, String meldingType, Persoonsgegevens persoon) {
        return Zaak.findByMelding(meldingId).orElseGet(() -> {
            Instant now = Instant.now();
            Klant klant = Klant.findById(klantId);
            if (klant == null) {
                klant = new Klant();
                klant.klantId = klantId;
                klant.createdAt = now;
                klant.naam = persoon.naam();
                klant.geboortedatum = persoon.geboortedatum();
                klant.updatedAt = now;
                klant.persist();
            } else {
                klant.naam = persoon.naam();
                klant.geboortedatum = persoon.geboortedatum();
                klant.updatedAt = now;
            }
            Zaak zaak = new Zaak();
            zaak.id = UUID.randomUUID();
            zaak.klant = klant;
            zaak.meldingId = meldingId;
            zaak.meldingType = meldingType;
            zaak.status = ZaakStatus.OPEN;
            zaak.team = defaultTeam;
            zaak.createdAt = now;
            zaak.persist();
            outbox.publish(new DomainEvent(topic, CaseworkEvents.ZAAK_AANGEMAAKT, klantId, PATH + "/" + zaak.id,
                    new CaseworkEvents.ZaakAangemaakt(zaak.id, meldingId, meldingType, zaak.team)));
            return zaak;
        });
    }

    @Transactional
    public Zaak get(UUID id) {
        Zaak zaak = Zaak.findById(id);
        if (zaak == null) {
            throw ProblemException.notFound("Zaak " + id);
        }
        return zaak;
    }

    public record PageOf(List<Zaak> items, long total) {
    }

    @Transactional
    public PageOf list(UUID klantId, ZaakStatus status, int page, int pageSize) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (klantId != null) {
            query.append(" and klant.klantId = :klantId");
            params.put("klantId", klantId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        var find = Zaak.<Zaak>find(query.toString(), Sort.descending("createdAt").and("id"), params);
        List<Zaak> items = find.page(Page.of(page - 1, pageSize)).list();
        return new PageOf(items, find.count());
    }
}
