package nl.trede.casework.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Every read of one zaak or of what hangs under it ({@code GET /zaken/{id}[/...]}, all in {@link ZaakResource})
 * first checks that the caller may see that zaak ({@link nl.trede.casework.domain.ZaakInzage}): one check for all
 * of them, so a new sub-resource cannot forget it. Changes are guarded by the domain rules (the zaak's regisseur or
 * a teamleider).
 */
public class ZaakInzageFilter {

    private final ZaakService zaken;
    private final Inzage inzage;
    private final Verwerkingen verwerkingen;

    public ZaakInzageFilter(ZaakService zaken, Inzage inzage, Verwerkingen verwerkingen) {
        this.zaken = zaken;
        this.inzage = inzage;
        this.verwerkingen = verwerkingen;
    }

    @ServerRequestFilter
    public void vereisInzage(ContainerRequestContext request, UriInfo uri, SimpleResourceInfo resource) {
        if (resource.getResourceClass() != ZaakResource.class || !"GET".equals(request.getMethod())) {
            return;
        }
        String id = uri.getPathParameters().getFirst("id");
        if (id == null) {
            return; // the list: filtered in the query
        }
        UUID zaakId;
        try {
            zaakId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return; // the endpoint answers 400/404 for a malformed id as before
        }
        // A refusal is itself a processing attempt on the klant's data: recorded as geweigerd (Logboek
        // dataverwerkingen), like the row-level 403s inside the resources.
        verwerkingen.bewaakt(CaseworkActiviteit.ZAAKBEHANDELING, Actie.LEZEN, "zaak", zaakId,
                () -> zaken.get(zaakId).klant.klantId, () -> {
                    zaken.vereisInzage(zaakId, inzage.vanAanroeper());
                    return null;
                });
    }
}
