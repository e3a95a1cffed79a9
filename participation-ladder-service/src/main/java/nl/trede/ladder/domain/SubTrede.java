package nl.trede.ladder.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A municipal subdivision of one trede, e.g. Heemskerk 2.4 "Vrijwilligerswerk (op dit moment) maximaal haalbaar"
 * (sources H2.4). {@code rang} orders the sub-treden of one trede: higher is closer to work.
 */
@Entity
@Immutable
@Table(name = "sub_trede")
public class SubTrede extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trede_id", nullable = false)
    public Trede trede;

    /** {@code <trede>.<n>}, e.g. {@code 2.4}. */
    @Column(nullable = false, length = 5)
    public String code;

    @Column(nullable = false)
    public int rang;

    @Column(nullable = false, length = 200)
    public String naam;

    @Column(nullable = false, columnDefinition = "text")
    public String definitie;

    @Column(columnDefinition = "text")
    public String voorbeeld;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    @Column(name = "herbeoordeling_maanden", nullable = false)
    public int herbeoordelingMaanden;
}
