package nl.trede.casework.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.UUID;
import nl.trede.casework.domain.ToegangService;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one per-record check of the casework API. Every operation on one record — a zaak ({@code /zaken/{id}/...}) or a
 * record of a zaak by its own id ({@code /overdrachten/{oid}}, {@code /taken/{id}}, {@code /trajecten/{tid}},
 * {@code /afwijkingen/{aid}}, {@code /ondersteuningen/{oid}}, {@code /begeleidingsoverleggen/{oid}}) — carries
 * {@link ZaakVerwerking}, which names what its first UUID path parameter identifies. Before the endpoint runs, reads
 * and actions alike, this filter resolves that record's zaak and checks that the caller may see it
 * ({@link ToegangService}); a record the caller may not see is answered as a record that does not exist: 404
 * problem+json, the same detail. The role per operation ({@code @RolesAllowed}) stays 403 and is checked before this
 * filter runs; what the caller may <em>do</em> with a record it can see is the domain's (403, 400 or 409).
 */
public class ZaakInzageFilter {

    private final ToegangService toegang;
    private final Inzage inzage;
    private final Verwerkingen verwerkingen;

    public ZaakInzageFilter(ToegangService toegang, Inzage inzage, Verwerkingen verwerkingen) {
        this.toegang = toegang;
        this.inzage = inzage;
        this.verwerkingen = verwerkingen;
    }

    @ServerRequestFilter
    public void vereisInzage(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        ZaakVerwerking binding = method.getAnnotation(ZaakVerwerking.class);
        if (binding == null) {
            return; // lists and catalogues: filtered in their query, or not per klant
        }
        String naam = eersteUuidPad(method);
        String waarde = naam == null ? null : uri.getPathParameters().getFirst(naam);
        if (waarde == null) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            return; // the endpoint answers a malformed id as before
        }
        var uitslag = toegang.toets(binding.bron(), id, inzage.vanAanroeper());
        if (uitslag.isPresent() && !uitslag.get().zichtbaar()) {
            // A refusal is itself a processing attempt on the klant's data: recorded as geweigerd (Logboek
            // dataverwerkingen), in a transaction of its own; the answer tells nothing of the record.
            verwerkingen.geweigerd(binding.activiteit(), binding.actie(), binding.resource(), id,
                    uitslag.get().klantId());
            throw ProblemException.notFound(binding.bron().naam() + " " + id);
        }
    }

    /** The name of the method's first {@code @PathParam} of type UUID: the id {@link ZaakVerwerking} speaks of. */
    static String eersteUuidPad(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            if (types[i] != UUID.class) {
                continue;
            }
            for (Annotation a : annotations[i]) {
                if (a instanceof PathParam p) {
                    return p.value();
                }
            }
        }
        return null;
    }
}
