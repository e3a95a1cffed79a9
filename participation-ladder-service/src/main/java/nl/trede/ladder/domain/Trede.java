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
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** One trede of a ladder model version. */
@Entity
@Immutable
@Table(name = "trede")
public class Trede extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public LadderModel model;

    /** 1 (lowest participation) to 6 (highest). */
    @Column(nullable = false)
    public int nummer;

    @Column(nullable = false, length = 100)
    public String naam;

    @Column(nullable = false, columnDefinition = "text")
    public String definitie;

    /** Typical situation, verbatim from the source where it gives one. */
    @Column(columnDefinition = "text")
    public String voorbeeld;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    public static List<Trede> van(LadderModel model) {
        return list("model = ?1 order by nummer", model);
    }

    public static Optional<Trede> van(LadderModel model, int nummer) {
        return find("model = ?1 and nummer = ?2", model, nummer).firstResultOptional();
    }
}
