package nl.trede.intake.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.UUID;
import nl.trede.intake.domain.Melding;
import nl.trede.platform.audit.store.VerwerkingInterceptor;
import nl.trede.platform.audit.store.Verwerkingen;

/**
 * {@link MeldingVerwerking}: the platform's audit interceptor ({@link VerwerkingInterceptor}) with intake's resolver,
 * the klant of the melding (the person's pseudonymous klantId).
 */
@MeldingVerwerking
@Interceptor
@Priority(VerwerkingInterceptor.PRIORITY)
public class MeldingVerwerkingInterceptor extends VerwerkingInterceptor<MeldingVerwerking> {

    public MeldingVerwerkingInterceptor(Verwerkingen verwerkingen) {
        super(verwerkingen, MeldingVerwerking.class);
    }

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        return vastleggen(context);
    }

    @Override
    protected Verwerking verwerking(MeldingVerwerking binding) {
        return new Verwerking(binding.activiteit(), binding.actie(), MeldingResource.RESOURCE);
    }

    @Override
    protected UUID klantVan(MeldingVerwerking binding, Object id) {
        return Melding.klantVan((UUID) id).orElse(null);
    }
}
