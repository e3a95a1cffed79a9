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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;

/** A step of a category: step 1 for a first breach, step n for the n-th within the recidive term. */
@Entity
@Immutable
@Table(name = "sanctiestap")
public class Sanctiestap extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "categorie_id", nullable = false)
    public GedragingCategorie categorie;

    @Column(nullable = false)
    public int stap;

    @Column(nullable = false)
    public int percentage;

    @Column(name = "duur_maanden")
    public Integer duurMaanden;

    @Column(name = "bedrag_eenmalig", precision = 10, scale = 2)
    public BigDecimal bedragEenmalig;

    @Column(nullable = false, length = 100)
    public String artikel;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    public static List<Sanctiestap> van(GedragingCategorie categorie) {
        return list("categorie = ?1 order by stap", categorie);
    }

    /** The steps of every category of a regelset in one query (not one per category), by category id. */
    public static Map<Long, List<Sanctiestap>> perCategorie(Regelset regelset) {
        return Sanctiestap.<Sanctiestap>list("categorie.regelset = ?1 order by categorie.id, stap", regelset).stream()
                .collect(Collectors.groupingBy(s -> s.categorie.id));
    }
}
