package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A rechtmatigheidsonderzoek (handhavingsonderzoek) and its registered outcome. */
@Entity
@Table(name = "handhavingsonderzoek")
public class Handhavingsonderzoek extends PanacheEntityBase {

    public static final String GESTART = "gestart";
    public static final String AFGEROND = "afgerond";

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "zaak_id")
    public UUID zaakId;

    /** recidive, meerdere-gedragingen, ernstige-gedraging or signaal (sources D4.2 item 6, D4.8). */
    @Column(nullable = false, length = 40)
    public String aanleiding;

    /** Comma-separated ids of the gedragingen that led to it. */
    @Column(name = "gedraging_ids", nullable = false, columnDefinition = "text")
    public String gedragingIds;

    @Column(nullable = false, length = 20)
    public String status;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "gestart_op", nullable = false)
    public LocalDate gestartOp;

    @Column(name = "gestart_door", nullable = false, length = 100)
    public String gestartDoor;

    @Column(name = "afgerond_op")
    public LocalDate afgerondOp;

    @Column(name = "afgerond_door", length = 100)
    public String afgerondDoor;

    public Boolean herziening;

    @Column(name = "terugvordering_bedrag", precision = 12, scale = 2)
    public BigDecimal terugvorderingBedrag;

    @Column(precision = 12, scale = 2)
    public BigDecimal benadelingsbedrag;

    @Column(name = "boete_bedrag", precision = 12, scale = 2)
    public BigDecimal boeteBedrag;

    /** The klant of a handhavingsonderzoek, if it exists (for the per-record check and the audit log). */
    public static Optional<UUID> klantVan(UUID id) {
        return Handhavingsonderzoek.<Handhavingsonderzoek>findByIdOptional(id).map(x -> x.klantId);
    }
}
