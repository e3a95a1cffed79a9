package nl.trede.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the transactional outbox (see V0_1__outbox_inbox.sql). Written only through {@link Outbox}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false, length = 249)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(length = 2048)
    public String dataref;

    @Column(name = "event_time", nullable = false)
    public OffsetDateTime eventTime;

    @Column(nullable = false, columnDefinition = "text")
    public String data;

    /** W3C traceparent of the span that wrote the event (V0_5__outbox_traceparent.sql); null outside a span. */
    @Column(length = 55)
    public String traceparent;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
