package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.werk.Werkitem;
import nl.trede.platform.werk.WerkitemsBron;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The klant's open work in casework for the werkvoorraad (docs/contracts/werkitems.md): the open tasks of the klant's
 * zaken and the overdrachten offered and not yet answered, as {@link CaseworkWerk} maps them.
 */
@ApplicationScoped
public class CaseworkWerkitems implements WerkitemsBron {

    private final EntityManager em;
    private final String topic;

    public CaseworkWerkitems(EntityManager em, @ConfigProperty(name = "trede.topics.casework") String topic) {
        this.em = em;
        this.topic = topic;
    }

    @Override
    public String bron() {
        return "casework";
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public List<Werkitem> openWerk(UUID klantId) {
        List<Werkitem> items = new ArrayList<>();
        em.createQuery("select t, z from Taak t, Zaak z where z.id = t.zaakId and z.klant.klantId = ?1 "
                        + "and t.status = ?2", Object[].class)
                .setParameter(1, klantId).setParameter(2, TaakStatus.OPEN).getResultList().forEach(r -> {
                    Taak t = (Taak) r[0];
                    Zaak z = (Zaak) r[1];
                    items.add(CaseworkWerk.taak(t.id, t.soort, t.uiterlijk, t.rol, z.id, z.team, z.regisseur,
                            z.klantgroep));
                });
        em.createQuery("select o, z from Overdracht o, Zaak z where z.id = o.zaakId and z.klant.klantId = ?1 "
                        + "and o.status in ?2", Object[].class)
                .setParameter(1, klantId).setParameter(2, OverdrachtStatus.OPEN).getResultList().forEach(r -> {
                    Overdracht o = (Overdracht) r[0];
                    Zaak z = (Zaak) r[1];
                    items.add(CaseworkWerk.overdracht(o.id, o.soort, o.ontvangerSoort, o.ontvanger,
                            o.antwoordUiterlijk, z.id, z.klantgroep));
                });
        return items;
    }
}
