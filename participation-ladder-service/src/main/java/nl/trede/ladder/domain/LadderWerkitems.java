package nl.trede.ladder.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.toegang.ZaakRegie;
import nl.trede.platform.toegang.ZaakToegangProjectie;
import nl.trede.platform.werk.Werkitem;
import nl.trede.platform.werk.WerkitemsBron;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The klant's open work in the ladder for the werkvoorraad (docs/contracts/werkitems.md): every meting due for the
 * klant, whenever ({@link MetingService#verwachtVan}, the logic of {@code GET /api/ladder/v1/verwachte-metingen}), as
 * {@link LadderWerk} maps it, with team and regisseur from the zaak_toegang projection and the klantgroep of the hand-over.
 */
@ApplicationScoped
public class LadderWerkitems implements WerkitemsBron {

    private final EntityManager em;
    private final MetingService metingen;
    private final String topic;

    public LadderWerkitems(EntityManager em, MetingService metingen,
                           @ConfigProperty(name = "trede.topics.ladder") String topic) {
        this.em = em;
        this.metingen = metingen;
        this.topic = topic;
    }

    @Override
    public String bron() {
        return "ladder";
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public List<Werkitem> openWerk(UUID klantId) {
        List<MetingService.Verwacht> verwacht = metingen.verwachtVan(klantId);
        if (verwacht.isEmpty()) {
            return List.of();
        }
        Map<UUID, LadderWerk.Zaak> zaken = new HashMap<>();
        LadderWerk.Zaak open = LadderWerk.Zaak.ONBEKEND;
        for (ZaakRegie z : ZaakToegangProjectie.zakenVan(em, klantId).stream()
                .sorted(java.util.Comparator.comparing(ZaakRegie::zaakId)).toList()) {
            LadderWerk.Zaak zaak = new LadderWerk.Zaak(z.zaakId(), z.team(), z.regisseur());
            zaken.put(z.zaakId(), zaak);
            if (!z.afgesloten() && open == LadderWerk.Zaak.ONBEKEND) {
                open = zaak;
            }
        }
        List<?> groep = em.createNativeQuery("SELECT klantgroep FROM klant_klantgroep WHERE klant_id = ?1")
                .setParameter(1, klantId).getResultList();
        String klantgroep = groep.isEmpty() ? null : (String) groep.get(0);
        LadderWerk.Zaak openZaak = open;
        // a traject's meting belongs to the traject's zaak; a periodic one to the klant's open zaak
        return verwacht.stream().map(v -> LadderWerk.werkitem(v, v.zaakId() != null
                ? zaken.getOrDefault(v.zaakId(), new LadderWerk.Zaak(v.zaakId(), null, null)) : openZaak,
                klantgroep)).toList();
    }
}
