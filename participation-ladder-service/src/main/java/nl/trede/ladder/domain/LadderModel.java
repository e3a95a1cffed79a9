package nl.trede.ladder.domain;

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

/** One version of a ladder scheme (reference data, written only by Flyway migrations). */
@Entity
@Immutable
@Table(name = "ladder_model")
public class LadderModel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String code;

    @Column(nullable = false, length = 200)
    public String naam;

    @Column(nullable = false, length = 30)
    public String versie;

    @Column(name = "geldig_vanaf", nullable = false)
    public LocalDate geldigVanaf;

    @Column(name = "geldig_tot")
    public LocalDate geldigTot;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    public Geldigheid geldigheid() {
        return new Geldigheid(geldigVanaf, geldigTot);
    }

    /** All versions of the scheme {@code code}, oldest first. */
    public static List<LadderModel> versies(String code) {
        return list("code = ?1 order by geldigVanaf", code);
    }

    public static java.util.Optional<LadderModel> versie(String code, String versie) {
        return find("code = ?1 and versie = ?2", code, versie).firstResultOptional();
    }

    /** Every version of every scheme, by code and then oldest first. */
    public static List<LadderModel> alle() {
        return list("order by code, geldigVanaf");
    }

    /** The distinct scheme codes, sorted. */
    public static List<String> codes() {
        return find("select distinct m.code from LadderModel m order by m.code").project(String.class).list();
    }
}
