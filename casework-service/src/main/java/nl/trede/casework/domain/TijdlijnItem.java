package nl.trede.casework.domain;

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

/** One entry on a zaak's timeline: codes, ids, dates and a generated summary, no personal data. */
@Entity
@Table(name = "tijdlijn")
public class TijdlijnItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(nullable = false)
    public Instant op;

    /** The service it comes from: casework, intake, enforcement, ladder. */
    @Column(nullable = false, length = 40)
    public String bron;

    /** The event type without prefix, e.g. regisseur-toegewezen. */
    @Column(nullable = false, length = 60)
    public String soort;

    @Column(nullable = false, columnDefinition = "text")
    public String samenvatting;

    /** The id of the consumed event it came from (unique per zaak), null for casework's own steps. */
    @Column(name = "bron_event_id", length = 200)
    public String bronEventId;

    public static List<TijdlijnItem> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by op, id", zaakId);
    }

    public static void casework(UUID zaakId, Instant op, String soort, String samenvatting) {
        TijdlijnItem item = new TijdlijnItem();
        item.zaakId = zaakId;
        item.op = op;
        item.bron = "casework";
        item.soort = soort;
        item.samenvatting = samenvatting;
        item.persist();
    }
}
