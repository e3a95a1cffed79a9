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
import org.hibernate.annotations.Immutable;

/**
 * A recidive step of a regelset: a new breach within {@link #binnenMaanden} after the step of {@link #naLid} was
 * applied leads to the verlaging of {@link #lid} (Pw art. 18 lid 6-8).
 */
@Entity
@Immutable
@Table(name = "recidivestap")
public class Recidivestap extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "regelset_id", nullable = false)
    public Regelset regelset;

    @Column(nullable = false)
    public int lid;

    @Column(name = "na_lid", nullable = false)
    public int naLid;

    @Column(name = "binnen_maanden", nullable = false)
    public int binnenMaanden;

    @Column(nullable = false)
    public int percentage;

    /** Null when the minimum is relative to the preceding period ("langer dan", lid 6). */
    @Column(name = "duur_maanden_min")
    public Integer duurMaandenMin;

    @Column(name = "duur_maanden_max", nullable = false)
    public int duurMaandenMax;

    @Column(nullable = false, columnDefinition = "text")
    public String omschrijving;

    @Column(nullable = false, length = 100)
    public String artikel;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    public static List<Recidivestap> van(Regelset regelset) {
        return list("regelset = ?1 order by lid", regelset);
    }
}
