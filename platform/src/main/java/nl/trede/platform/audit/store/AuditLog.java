package nl.trede.platform.audit.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.AuditEntry;
import nl.trede.platform.audit.PlatformActiviteit;
import nl.trede.platform.problem.ProblemException;

/**
 * The query behind every service's {@code GET /api/<service>/v1/audit?klantId=&page=&pageSize=}: one klant's
 * records, newest first, with a {@code Link} header. The query is itself recorded (action {@code lezen}, activity
 * {@link PlatformActiviteit#VERANTWOORDING}), after the page is read: a privacy officer's look at a klant's log is a
 * processing of that klant's data too.
 */
@ApplicationScoped
public class AuditLog {

    /** The resource type of an audit query's own record. */
    public static final String RESOURCE_TYPE = "verwerkingen";

    private final EntityManager em;
    private final Verwerkingen verwerkingen;

    public AuditLog(EntityManager em, Verwerkingen verwerkingen) {
        this.em = em;
        this.verwerkingen = verwerkingen;
    }

    /** Validates the parameters (400 problem naming each bad one) and answers the page. */
    public Response page(String klantIdParam, String pageParam, String pageSizeParam, UriInfo uriInfo) {
        UUID klantId = QueryParams.uuid("klantId", klantIdParam);
        if (klantId == null) {
            throw ProblemException.invalid("klantId", "is required");
        }
        Paginering paging = Paginering.of(pageParam, pageSizeParam);
        long total = em.createQuery("select count(r) from VerwerkingRecord r where r.klantId = :klant", Long.class)
                .setParameter("klant", klantId).getSingleResult();
        List<AuditEntry> entries = em.createQuery("select r from VerwerkingRecord r where r.klantId = :klant "
                        + "order by r.tijd desc, r.seq desc", VerwerkingRecord.class)
                .setParameter("klant", klantId)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, paging.offset()))
                .setMaxResults(paging.pageSize())
                .getResultStream().map(VerwerkingRecord::toEntry).toList();
        verwerkingen.vastleggen(PlatformActiviteit.VERANTWOORDING, Actie.LEZEN, RESOURCE_TYPE, null, klantId);
        return paging.antwoord(new AuditEntry.Page(entries, paging.page(), paging.pageSize(), total), total, uriInfo);
    }
}
