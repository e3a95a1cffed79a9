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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A long-term support relationship around the klant (V10__ondersteuning.sql; sources A3 ). */
@Entity
@Table(name = "ondersteuning")
public class Ondersteuning extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    /** steunfiguur-professioneel, steunfiguur-informeel (e.g. a JIM), begeleiding. */
    @Column(nullable = false, length = 40)
    public String soort;

    @Column(nullable = false, length = 200)
    public String aanbieder;

    @Column(length = 200)
    public String contactpersoon;

    @Column(name = "uren_per_week", precision = 4, scale = 1)
    public BigDecimal urenPerWeek;

    @Column(nullable = false)
    public LocalDate sinds;

    @Column(name = "beeindigd_op")
    public LocalDate beeindigdOp;

    @Column(name = "check_in_maanden", nullable = false)
    public int checkInMaanden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OndersteuningStatus status;

    @Version
    @Column(nullable = false)
    public long version;

    public static List<Ondersteuning> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by sinds, id", zaakId);
    }
}
