package nl.trede.enforcement.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.enforcement.domain.Gedraging;
import nl.trede.enforcement.domain.Handhavingsonderzoek;
import nl.trede.platform.audit.store.Verwerkingen;

/** {@link KlantVerwerking}, inside {@code @Transactional} so a change and its record commit together. */
@KlantVerwerking
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class KlantVerwerkingInterceptor {

    private final Verwerkingen verwerkingen;

    public KlantVerwerkingInterceptor(Verwerkingen verwerkingen) {
        this.verwerkingen = verwerkingen;
    }

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        KlantVerwerking v = context.getMethod().getAnnotation(KlantVerwerking.class);
        UUID id = null;
        for (Object parameter : context.getParameters()) {
            if (parameter instanceof UUID uuid) {
                id = uuid;
                break;
            }
        }
        if (v == null || id == null) {
            throw new IllegalStateException("@KlantVerwerking needs the annotation and a UUID parameter");
        }
        UUID resourceId = id;
        Object result = verwerkingen.bewaakt(v.activiteit(), v.actie(), v.bron().resource, resourceId,
                () -> klantVan(v.bron(), resourceId), () -> proceed(context));
        UUID klant = klantVan(v.bron(), resourceId);
        if (klant != null) {
            verwerkingen.vastleggen(v.activiteit(), v.actie(), v.bron().resource, resourceId, klant);
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

    private static UUID klantVan(KlantVerwerking.Bron bron, UUID id) {
        return switch (bron) {
            case GEDRAGING -> Gedraging.klantVan(id).orElse(null);
            case HANDHAVINGSONDERZOEK -> Handhavingsonderzoek.klantVan(id).orElse(null);
        };
    }
}
