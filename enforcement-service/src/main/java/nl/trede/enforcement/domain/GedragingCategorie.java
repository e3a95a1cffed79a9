package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** A category of gedraging within a regelset, with the verlaging the regelset attaches to it. */
@Entity
@Immutable
@Table(name = "gedraging_categorie")
public class GedragingCategorie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "regelset_id", nullable = false)
    public Regelset regelset;

    /** Stable kebab-case code, unique within the regelset. */
    @Column(nullable = false, length = 80)
    public String code;

    /** Order within the regelset (the order of the law). */
    @Column(nullable = false)
    public int volgnummer;

    @Column(nullable = false, columnDefinition = "text")
    public String omschrijving;

    /** Legal reference, e.g. {@code Pw art. 18 lid 4 onder a}. */
    @Column(nullable = false, length = 100)
    public String artikel;

    /** Verlaging as a percentage of the bijstandsnorm. */
    @Column(nullable = false)
    public int percentage;

    @Column(name = "duur_maanden_min", nullable = false)
    public int duurMaandenMin;

    @Column(name = "duur_maanden_max", nullable = false)
    public int duurMaandenMax;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    /** The rule type, a {@link RegelSoort} code. */
    @Column(nullable = false, length = 30)
    public String soort = RegelSoort.PERCENTAGE.code();

    /** Categories of one group count for each other's recidive; null: the category alone. */
    @Column(length = 80)
    public String recidivegroep;

    @Column(name = "recidive_termijn_maanden", nullable = false)
    public int recidiveTermijnMaanden = 12;

    @Column(name = "waarschuwing_toegestaan", nullable = false)
    public boolean waarschuwingToegestaan;

    /** The category as the calculation uses it; null when it has no steps (the statutory set leaves them open). */
    public Sanctieregel alsRegel(List<Sanctiestap> stappen) {
        if (stappen.isEmpty()) {
            return null;
        }
        return new Sanctieregel(code, RegelSoort.van(soort), recidivegroep, recidiveTermijnMaanden,
                waarschuwingToegestaan, artikel, bron, stappen.stream().map(s -> new Sanctieregel.Stap(s.stap,
                        s.percentage, s.duurMaanden, s.bedragEenmalig, s.artikel, s.bron)).toList());
    }

    public static List<GedragingCategorie> van(Regelset regelset) {
        return list("regelset = ?1 order by volgnummer", regelset);
    }

    public static Optional<GedragingCategorie> van(Regelset regelset, String code) {
        return find("regelset = ?1 and code = ?2", regelset, code).firstResultOptional();
    }
}
