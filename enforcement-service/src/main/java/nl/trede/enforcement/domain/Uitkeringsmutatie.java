package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the GWS decision feed: an opgelegde maatregel, numbered in commit order. */
@Entity
@Immutable
@Table(name = "uitkeringsmutatie")
public class Uitkeringsmutatie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long volgnummer;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "maatregel_id", nullable = false)
    public UUID maatregelId;

    /** {@code opgelegd} or {@code herziening}; one of each per maatregel at most. */
    @Column(nullable = false, length = 30)
    public String soort = "opgelegd";

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    /** The mutatie as JSON (ids, codes, dates and amounts only). */
    @Column(nullable = false, columnDefinition = "text")
    public String data;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    public static List<Uitkeringsmutatie> na(long cursor, int limit) {
        return find("volgnummer > ?1 order by volgnummer", cursor).page(0, limit).list();
    }
}
