package nl.trede.casework.api;

import nl.trede.casework.domain.Bron;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.casework.domain.ToegangService;
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
        return ToegangService.klantVan(bron, id);
    }

    /** The klant of each zaak (for lists of a zaak's sub-resources across zaken). */
    static java.util.Map<UUID, UUID> klantPerZaak(java.util.Collection<UUID> zaakIds) {
        return ToegangService.klantPerZaak(zaakIds);
    }

}
