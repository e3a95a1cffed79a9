package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A traject of a zaak from the voorzieningen catalogue (V5__voorzieningen_trajecten.sql). */
@Entity
@Table(name = "traject")
public class Traject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(name = "voorziening_id", nullable = false)
    public UUID voorzieningId;

    @Column(name = "voorziening_code", nullable = false, length = 60)
    public String voorzieningCode;

    @Column(nullable = false)
    public LocalDate startdatum;

    @Column(nullable = false)
    public LocalDate einddatum;

    @Column(name = "uren_per_week")
    public Integer urenPerWeek;

    @Column(precision = 10, scale = 2)
    public BigDecimal kosten;

    @Column(length = 200)
    public String uitvoerder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TrajectStatus status;

    @Column(length = 40)
    public String resultaat;

    @Column(columnDefinition = "text")
    public String toelichting;

    /** Maatwerk: what, who pays, who approved. */
    @Column(name = "maatwerk_omschrijving", columnDefinition = "text")
    public String maatwerkOmschrijving;

    @Column(length = 200)
    public String financieringsbron;

    @Column(name = "goedgekeurd_door", length = 200)
    public String goedgekeurdDoor;

    @Column(name = "gestart_door", nullable = false, length = 200)
    public String gestartDoor;

    @Column(name = "gestart_op", nullable = false)
    public Instant gestartOp;

    @Column(name = "beeindigd_op")
    public Instant beeindigdOp;

    @Version
    @Column(nullable = false)
    public long version;

    public static List<Traject> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by startdatum, id", zaakId);
    }
}
