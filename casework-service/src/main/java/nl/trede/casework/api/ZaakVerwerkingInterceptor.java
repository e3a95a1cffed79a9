package nl.trede.casework.api;

import nl.trede.casework.domain.Bron;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.casework.domain.Afwijking;
import nl.trede.casework.domain.Begeleidingsoverleg;
import nl.trede.casework.domain.Ondersteuning;
import nl.trede.casework.domain.Overdracht;
import nl.trede.casework.domain.Traject;
import nl.trede.casework.domain.Zaak;
import nl.trede.platform.audit.store.VerwerkingInterceptor;
import nl.trede.platform.audit.store.Verwerkingen;

/**
 * {@link ZaakVerwerking}: the platform's audit interceptor ({@link VerwerkingInterceptor}) with casework's resolver,
 * the klant of the zaak the id leads to (through {@link ZaakVerwerking#bron}).
 */
@ZaakVerwerking
@Interceptor
@Priority(VerwerkingInterceptor.PRIORITY)
public class ZaakVerwerkingInterceptor extends VerwerkingInterceptor<ZaakVerwerking> {

    public ZaakVerwerkingInterceptor(Verwerkingen verwerkingen) {
        super(verwerkingen, ZaakVerwerking.class);
    }

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        return vastleggen(context);
    }

    @Override
    protected Verwerking verwerking(ZaakVerwerking binding) {
        return new Verwerking(binding.activiteit(), binding.actie(), binding.resource());
    }

    @Override
    protected UUID klantVan(ZaakVerwerking binding, Object id) {
        return klantVan(binding.bron(), (UUID) id);
    }

    /** The klant of the zaak the id leads to; null when there is none (the call then failed with a 404 anyway). */
    static UUID klantVan(Bron bron, UUID id) {
        UUID zaakId = switch (bron) {
            case ZAAK -> id;
            case OVERDRACHT -> zaakVan(Overdracht.<Overdracht>findById(id), o -> o.zaakId);
            case AFWIJKING -> zaakVan(Afwijking.<Afwijking>findById(id), a -> a.zaakId);
            case TRAJECT -> zaakVan(Traject.<Traject>findById(id), t -> t.zaakId);
            case TAAK -> zaakVan(nl.trede.casework.domain.Taak.<nl.trede.casework.domain.Taak>findById(id),
                    t -> t.zaakId);
            case ONDERSTEUNING -> zaakVan(Ondersteuning.<Ondersteuning>findById(id), o -> o.zaakId);
            case BEGELEIDINGSOVERLEG -> zaakVan(Begeleidingsoverleg.<Begeleidingsoverleg>findById(id), b -> b.zaakId);
        };
        if (zaakId == null) {
            return null;
        }
        Zaak zaak = Zaak.findById(zaakId);
        return zaak == null ? null : zaak.klant.klantId;
    }

    /** The klant of each zaak (for lists of a zaak's sub-resources across zaken). */
    static java.util.Map<UUID, UUID> klantPerZaak(java.util.Collection<UUID> zaakIds) {
        java.util.Map<UUID, UUID> map = new java.util.HashMap<>();
        if (!zaakIds.isEmpty()) {
            Zaak.getEntityManager().createQuery("select z.id, z.klant.klantId from Zaak z where z.id in :ids",
                            Object[].class)
                    .setParameter("ids", java.util.Set.copyOf(zaakIds)).getResultList()
                    .forEach(row -> map.put((UUID) row[0], (UUID) row[1]));
        }
        return map;
    }

    private static <T> UUID zaakVan(T entity, java.util.function.Function<T, UUID> zaakId) {
        return entity == null ? null : zaakId.apply(entity);
    }
}
