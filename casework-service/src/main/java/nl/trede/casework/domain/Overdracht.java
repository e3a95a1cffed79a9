package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An offer of a zaak's regie or its traject's execution to another party (V3__overdracht.sql). */
@Entity
@Table(name = "overdracht")
public class Overdracht extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OverdrachtSoort soort;

    @Enumerated(EnumType.STRING)
    @Column(name = "ontvanger_soort", nullable = false, length = 30)
    public OntvangerSoort ontvangerSoort;

    /** The receiving team code or organisation. */
    @Column(nullable = false, length = 200)
    public String ontvanger;

    @Column(nullable = false)
    public boolean warm;

    @Column(nullable = false, columnDefinition = "text")
    public String geschiedenis;

    @Column(nullable = false, columnDefinition = "text")
    public String mogelijkheden;

    @Column(nullable = false, columnDefinition = "text")
    public String verwachtingen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public OverdrachtStatus status;

    @Column(name = "aangeboden_door", nullable = false, length = 200)
    public String aangebodenDoor;

    @Column(name = "aangeboden_op", nullable = false)
    public Instant aangebodenOp;

    @Column(name = "antwoord_uiterlijk", nullable = false)
    public LocalDate antwoordUiterlijk;

    @Column(name = "kennismaking_op")
    public LocalDate kennismakingOp;

    @Column(length = 200)
    public String contactpersoon;

    @Enumerated(EnumType.STRING)
    @Column(name = "afwijzing_reden", length = 40)
    public AfwijzingReden afwijzingReden;

    @Column(name = "afwijzing_toelichting", columnDefinition = "text")
    public String afwijzingToelichting;

    @Column(name = "afgehandeld_door", length = 200)
    public String afgehandeldDoor;

    @Column(name = "afgehandeld_op")
    public Instant afgehandeldOp;

    @Version
    @Column(nullable = false)
    public long version;

    public static List<Overdracht> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by aangebodenOp, id", zaakId);
    }

    public static long openVanZaak(UUID zaakId) {
        return count("zaakId = ?1 and status in ?2", zaakId, OverdrachtStatus.OPEN);
    }
}
