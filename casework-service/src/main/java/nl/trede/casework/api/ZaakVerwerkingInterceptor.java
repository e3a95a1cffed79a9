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
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.problem.ProblemException;

/**
 * {@link ZaakVerwerking}: runs inside {@code @Transactional} (a higher priority number is an inner interceptor), so a
 * change and its record commit together; a failed call leaves no record, except a 403 ({@code geweigerd}).
 */
@ZaakVerwerking
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class ZaakVerwerkingInterceptor {

    private final Verwerkingen verwerkingen;

    public ZaakVerwerkingInterceptor(Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
    }

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        ZaakVerwerking binding = context.getMethod().getAnnotation(ZaakVerwerking.class);
        if (binding == null) {
            binding = context.getMethod().getDeclaringClass().getAnnotation(ZaakVerwerking.class);
        }
        UUID id = firstUuid(context.getParameters());
        ZaakVerwerking v = binding;
        Object result = verwerkingen.bewaakt(v.activiteit(), v.actie(), v.resource(), id,
                () -> klantVan(v.bron(), id), () -> proceed(context));
        UUID klant = klantVan(v.bron(), id);
        if (klant != null) {
            verwerkingen.vastleggen(v.activiteit(), v.actie(), v.resource(), id, klant);
        }
        return result;
    }

    private static Object proceed(InvocationContext context) {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID firstUuid(Object[] parameters) {
        for (Object parameter : parameters) {
            if (parameter instanceof UUID uuid) {
                return uuid;
            }
        }
        throw new IllegalStateException("@ZaakVerwerking needs a UUID parameter");
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
