package nl.trede.platform.audit.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import java.security.Principal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.AuditConfig;
import nl.trede.platform.audit.RequestTrace;
import nl.trede.platform.audit.TraceContext;
import nl.trede.platform.audit.Uitkomst;
import nl.trede.platform.audit.Verwerkingsactiviteit;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.Session;

/**
 * Records processing of klant data in the append-only audit log (Logboek dataverwerkingen): one row per action per
 * klant, with the actor and roles of the current token, the request's W3C trace and {@code X-Request-ID}, the
 * processing activity's URI and grondslag, and the outcome.
 *
 * <p>Inside a transaction (a change) the rows are written in it, so a change and its record commit or roll back
 * together; otherwise (a read) in a transaction of their own. A failed write fails the request: there is no
 * unlogged access. Refusals ({@link #geweigerd}) are always written in their own transaction, since the refused
 * request rolls back.
 */
@ApplicationScoped
public class Verwerkingen {

    static final String INSERT = "INSERT INTO verwerking_log (id, tijd, trace_id, span_id, parent_span_id, request_id, "
            + "actor, rollen, actie, klant_id, resource_type, resource_id, verwerkingsactiviteit, grondslag, uitkomst) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final SecurityIdentity identity;
    private final RequestTrace requestTrace;
    private final String activityBaseUri;

    public Verwerkingen(EntityManager em, SecurityIdentity identity, RequestTrace requestTrace, AuditConfig config) {
        this.em = em;
        this.identity = identity;
        this.requestTrace = requestTrace;
        this.activityBaseUri = config.activityBaseUri();
    }

    /** One processing of one klant's resource. */
    public void vastleggen(Verwerkingsactiviteit activiteit, Actie actie, String resourceType, Object resourceId,
                           UUID klantId) {
        schrijf(List.of(row(activiteit, actie, resourceType, resourceId, klantId, Uitkomst.GESLAAGD)), false);
    }

    /**
     * A list or search result: one record per klant in it (batch insert), with that klant's resource ids. An empty
     * result concerns no klant and writes nothing.
     */
    public <T> void vastleggen(Verwerkingsactiviteit activiteit, Actie actie, String resourceType,
                               Collection<T> items, Function<T, UUID> klant, Function<T, ?> id) {
        Map<UUID, Set<String>> perKlant = new LinkedHashMap<>();
        for (T item : items) {
            UUID klantId = klant.apply(item);
            if (klantId != null) {
                Set<String> ids = perKlant.computeIfAbsent(klantId, k -> new LinkedHashSet<>());
                Object resourceId = id.apply(item);
                if (resourceId != null) {
                    ids.add(resourceId.toString());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        perKlant.forEach((klantId, ids) -> rows.add(row(activiteit, actie, resourceType,
                ids.isEmpty() ? null : String.join(",", ids), klantId, Uitkomst.GESLAAGD)));
        schrijf(rows, false);
    }

    /** A refused processing (a row-level 403) of a known klant's resource, in a transaction of its own. */
    public void geweigerd(Verwerkingsactiviteit activiteit, Actie actie, String resourceType, Object resourceId,
                          UUID klantId) {
        schrijf(List.of(row(activiteit, actie, resourceType, resourceId, klantId, Uitkomst.GEWEIGERD)), true);
    }

    /**
     * Runs {@code work}; when it is refused with a 403 problem, records {@code geweigerd} for the klant that
     * {@code klant} finds (looked up in a transaction of its own; none found: nothing to record) and rethrows.
     */
    public <T> T bewaakt(Verwerkingsactiviteit activiteit, Actie actie, String resourceType, Object resourceId,
                         Supplier<UUID> klant, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            if (e.status() == 403) {
                UUID klantId = QuarkusTransaction.requiringNew().call(klant::get);
                if (klantId != null) {
                    geweigerd(activiteit, actie, resourceType, resourceId, klantId);
                }
            }
            throw e;
        }
    }

    record Row(UUID id, Instant tijd, String traceId, String spanId, String parentSpanId, String requestId,
               String actor, String rollen, String actie, UUID klantId, String resourceType, String resourceId,
               String activiteit, String grondslag, String uitkomst) {
    }

    private Row row(Verwerkingsactiviteit activiteit, Actie actie, String resourceType, Object resourceId,
                    UUID klantId, Uitkomst uitkomst) {
        Objects.requireNonNull(klantId, "klantId");
        TraceContext trace = requestTrace.trace();
        return new Row(UUID.randomUUID(), Instant.now(), trace.traceId(), TraceContext.newSpanId(),
                trace.parentSpanId(), requestTrace.requestId(), actor(), rollen(), actie.code(), klantId,
                resourceType, resourceId == null ? null : resourceId.toString(),
                AuditConfig.activityUri(activityBaseUri, activiteit), activiteit.grondslag(), uitkomst.code());
    }

    private String actor() {
        if (identity == null || identity.isAnonymous()) {
            return "anoniem";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal.getName();
    }

    private String rollen() {
        if (identity == null || identity.isAnonymous()) {
            return "";
        }
        return String.join(",", identity.getRoles().stream().sorted().toList());
    }

    private void schrijf(List<Row> rows, boolean eigenTransactie) {
        if (rows.isEmpty()) {
            return;
        }
        if (!eigenTransactie && QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            insert(rows);
        } else {
            QuarkusTransaction.requiringNew().run(() -> insert(rows));
        }
    }

    private void insert(List<Row> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (Row r : rows) {
                    ps.setObject(1, r.id());
                    ps.setObject(2, OffsetDateTime.ofInstant(r.tijd(), ZoneOffset.UTC));
                    ps.setString(3, r.traceId());
                    ps.setString(4, r.spanId());
                    setNullable(ps, 5, r.parentSpanId());
                    setNullable(ps, 6, r.requestId());
                    ps.setString(7, r.actor());
                    ps.setString(8, r.rollen());
                    ps.setString(9, r.actie());
                    ps.setObject(10, r.klantId());
                    ps.setString(11, r.resourceType());
                    setNullable(ps, 12, r.resourceId());
                    ps.setString(13, r.activiteit());
                    ps.setString(14, r.grondslag());
                    ps.setString(15, r.uitkomst());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
