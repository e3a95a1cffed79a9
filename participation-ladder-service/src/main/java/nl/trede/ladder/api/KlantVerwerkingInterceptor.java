package nl.trede.ladder.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.ladder.domain.Meting;
import nl.trede.platform.audit.store.VerwerkingInterceptor;
import nl.trede.platform.audit.store.Verwerkingen;

/**
 * {@link KlantVerwerking}: the platform's audit interceptor ({@link VerwerkingInterceptor}) with the ladder's resolver,
 * the klant of the meting, or the klant of {@code {klantId}} itself.
 */
@KlantVerwerking
@Interceptor
@Priority(VerwerkingInterceptor.PRIORITY)
public class KlantVerwerkingInterceptor extends VerwerkingInterceptor<KlantVerwerking> {

    public KlantVerwerkingInterceptor(Verwerkingen verwerkingen) {
        super(verwerkingen, KlantVerwerking.class);
    }

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        return vastleggen(context);
    }

    @Override
    protected Verwerking verwerking(KlantVerwerking binding) {
        return new Verwerking(binding.activiteit(), binding.actie(), binding.resource());
    }

    /** For {@link KlantVerwerking.Bron#KLANT} the {@code {klantId}}; null when it is not a UUID (the call is a 400). */
    @Override
    protected Object id(KlantVerwerking binding, Object[] parameters) {
        if (binding.bron() == KlantVerwerking.Bron.METING) {
            return super.id(binding, parameters);
        }
        for (Object parameter : parameters) {
            if (parameter instanceof String klantId) {
                try {
                    return UUID.fromString(klantId.strip());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        throw new IllegalStateException("@KlantVerwerking(bron = KLANT) needs the {klantId} as first String parameter");
    }

    @Override
    protected UUID klantVan(KlantVerwerking binding, Object id) {
        if (id == null || binding.bron() == KlantVerwerking.Bron.KLANT) {
            return (UUID) id;
        }
        return Meting.klantVan((UUID) id).orElse(null);
    }
}
