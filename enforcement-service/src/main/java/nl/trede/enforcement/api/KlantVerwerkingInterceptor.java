package nl.trede.enforcement.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.enforcement.domain.Gedraging;
import nl.trede.enforcement.domain.Handhavingsonderzoek;
import nl.trede.platform.audit.store.VerwerkingInterceptor;
import nl.trede.platform.audit.store.Verwerkingen;

/**
 * {@link KlantVerwerking}: the platform's audit interceptor ({@link VerwerkingInterceptor}) with enforcement's
 * resolver, the klant of the gedraging or handhavingsonderzoek the id identifies.
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
        return new Verwerking(binding.activiteit(), binding.actie(), binding.bron().resource);
    }

    @Override
    protected UUID klantVan(KlantVerwerking binding, Object id) {
        return klantVan(binding.bron(), (UUID) id);
    }

    private static UUID klantVan(KlantVerwerking.Bron bron, UUID id) {
        return switch (bron) {
            case GEDRAGING -> Gedraging.klantVan(id).orElse(null);
            case HANDHAVINGSONDERZOEK -> Handhavingsonderzoek.klantVan(id).orElse(null);
        };
    }
}
