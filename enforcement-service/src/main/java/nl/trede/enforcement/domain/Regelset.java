package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import nl.trede.platform.time.Geldigheid;

/** One version of a rule set: shipped by Flyway or loaded by the functioneel-beheerder; never changed after. */
@Entity
@Immutable
@Table(name = "regelset")
public class Regelset extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String code;

    @Column(nullable = false, length = 200)
    public String naam;

    @Column(name = "geldig_vanaf", nullable = false)
    public LocalDate geldigVanaf;

    @Column(name = "geldig_tot")
    public LocalDate geldigTot;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    /** The gemeente whose verordening this is; null for the statutory set. */
    @Column(length = 100)
    public String gemeente;

    /** Who loaded the version ({@code flyway} for shipped sets, else the JWT subject). */
    @Column(name = "geregistreerd_door", length = 100)
    public String geregistreerdDoor;

    @Column(name = "geregistreerd_op")
    public java.time.Instant geregistreerdOp;

    /** What counts as an earlier breach for recidive ({@link RecidiveRegel.Telt} code). */
    @Column(name = "recidive_telt", nullable = false, length = 30)
    public String recidiveTelt = RecidiveRegel.STANDAARD.telt().code();

    /** From which day the recidive term runs ({@link RecidiveRegel.Vanaf} code). */
    @Column(name = "recidive_vanaf", nullable = false, length = 30)
    public String recidiveVanaf = RecidiveRegel.STANDAARD.vanaf().code();

    public RecidiveRegel recidiveRegel() {
        return new RecidiveRegel(RecidiveRegel.Telt.van(recidiveTelt).orElseThrow(),
                RecidiveRegel.Vanaf.van(recidiveVanaf).orElseThrow());
    }

    public Geldigheid geldigheid() {
        return new Geldigheid(geldigVanaf, geldigTot);
    }

    /** All versions of the rule set {@code code}, oldest first. */
    public static List<Regelset> versies(String code) {
        return list("code = ?1 order by geldigVanaf", code);
    }
}
