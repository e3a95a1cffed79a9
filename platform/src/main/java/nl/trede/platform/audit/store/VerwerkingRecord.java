package nl.trede.platform.audit.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import nl.trede.platform.audit.AuditEntry;

/**
 * A row of the append-only {@code verwerking_log} table, mapped for reading only: rows are written by
 * {@link Verwerkingen} with a JDBC batch insert and never changed (the database refuses it).
 */
@Entity
@Table(name = "verwerking_log")
public class VerwerkingRecord {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false, insertable = false, updatable = false)
    public OffsetDateTime tijd;

    @Column(name = "trace_id", nullable = false, length = 32, insertable = false, updatable = false)
    public String traceId;

    @Column(name = "span_id", nullable = false, length = 16, insertable = false, updatable = false)
    public String spanId;

    @Column(name = "parent_span_id", length = 16, insertable = false, updatable = false)
    public String parentSpanId;

    @Column(name = "request_id", length = 200, insertable = false, updatable = false)
    public String requestId;

    @Column(nullable = false, insertable = false, updatable = false)
    public String actor;

    @Column(nullable = false, length = 1000, insertable = false, updatable = false)
    public String rollen;

    @Column(nullable = false, length = 20, insertable = false, updatable = false)
    public String actie;

    @Column(name = "klant_id", nullable = false, insertable = false, updatable = false)
    public UUID klantId;

    @Column(name = "resource_type", nullable = false, length = 100, insertable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", columnDefinition = "text", insertable = false, updatable = false)
    public String resourceId;

    @Column(nullable = false, length = 500, insertable = false, updatable = false)
    public String verwerkingsactiviteit;

    @Column(nullable = false, length = 500, insertable = false, updatable = false)
    public String grondslag;

    @Column(nullable = false, length = 20, insertable = false, updatable = false)
    public String uitkomst;

    public AuditEntry toEntry() {
        return new AuditEntry(id, tijd.withOffsetSameInstant(ZoneOffset.UTC), traceId, spanId, parentSpanId,
                requestId, actor, rollen.isEmpty() ? java.util.List.of() : Arrays.asList(rollen.split(",")), actie,
                klantId, resourceType, resourceId, verwerkingsactiviteit, grondslag, uitkomst);
    }
}
