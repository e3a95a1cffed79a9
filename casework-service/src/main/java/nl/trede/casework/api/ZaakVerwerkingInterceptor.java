package nl.trede.casework.api;

import nl.trede.casework.domain.Bron;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.casework.domain.ToegangService;
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
        return ToegangService.klantVan(bron, id);
    }

    /** The klant of each zaak (for lists of a zaak's sub-resources across zaken). */
    static java.util.Map<UUID, UUID> klantPerZaak(java.util.Collection<UUID> zaakIds) {
        return ToegangService.klantPerZaak(zaakIds);
    }

}
