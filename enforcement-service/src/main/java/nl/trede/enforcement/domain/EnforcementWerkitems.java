package nl.trede.enforcement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.Werkitem;
import nl.trede.platform.werk.WerkitemsBron;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The klant's open work in enforcement for the werkvoorraad (docs/contracts/werkitems.md): the step of every open
 * gedraging and the running bezwaartermijnen of its besluiten, as {@link EnforcementWerk} maps them, with the team of
 * the zaak from the zaak_toegang projection.
 */
@ApplicationScoped
public class EnforcementWerkitems implements WerkitemsBron {

    private final EntityManager em;
    private final Clock clock;
    private final String topic;

    public EnforcementWerkitems(EntityManager em, Clock clock,
                                @ConfigProperty(name = "trede.topics.enforcement") String topic) {
        this.em = em;
        this.clock = clock;
        this.topic = topic;
    }

    @Override
    public String bron() {
        return "enforcement";
    }

    @Override
    public String topic() {
        return topic;
    }

    /** The catalogue's event names a regelset, not a klant. */
    @Override
    public boolean betreftKlant(DomainEvent event) {
        return !EnforcementEvents.GEDRAGINGSCATEGORIEEN_GEWIJZIGD.equals(event.type());
    }

    @Override
    public List<Werkitem> openWerk(UUID klantId) {
        // open procedures, and decided ones whose bezwaartermijn still runs (or whose blokkering awaits its term)
        List<Object[]> rows = em.createQuery("select g, m from Gedraging g left join Maatregel m on m.gedragingId = g.id "
                        + "where g.klantId = ?1 and (g.status in ?2 or g.status = ?3 or m.bezwaarTot >= ?4)",
                        Object[].class)
                .setParameter(1, klantId).setParameter(2, GedragingStatus.OPEN)
                .setParameter(3, GedragingStatus.GEBLOKKEERD).setParameter(4, NlTime.vandaag(clock)).getResultList();
        Map<UUID, EnforcementWerk.Regie> regie = new HashMap<>();
        // a gedraging a handhaver registered without a zaak: the team of the klant's open zaak
        EnforcementWerk.Regie openZaak = EnforcementWerk.Regie.ONBEKEND;
        for (ZaakToegang z : ZaakToegang.<ZaakToegang>list("klantId = ?1 order by zaakId", klantId)) {
            regie.put(z.zaakId, new EnforcementWerk.Regie(z.team, z.regisseur));
            if (!z.afgesloten && openZaak == EnforcementWerk.Regie.ONBEKEND) {
                openZaak = regie.get(z.zaakId);
            }
        }
        List<Werkitem> items = new ArrayList<>();
        for (Object[] r : rows) {
            Gedraging g = (Gedraging) r[0];
            items.addAll(EnforcementWerk.stap(g, (Maatregel) r[1],
                    g.zaakId == null ? openZaak : regie.getOrDefault(g.zaakId, EnforcementWerk.Regie.ONBEKEND)));
        }
        return items;
    }
}
