package nl.trede.ladder.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
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

    /** Months after a meting on this trede (without sub-trede) until the next one is due. */
    @Column(name = "herbeoordeling_maanden", nullable = false)
    public int herbeoordelingMaanden;

    /** The municipal sub-treden of this trede, lowest first (none in the VNG/Divosa model). */
    @OneToMany(mappedBy = "trede", fetch = FetchType.EAGER)
    @OrderBy("rang")
    public List<SubTrede> subTreden = new ArrayList<>();

    public Optional<SubTrede> subTrede(String code) {
        return subTreden.stream().filter(s -> s.code.equals(code)).findFirst();
    }

    public static List<Trede> van(LadderModel model) {
        return list("model = ?1 order by nummer", model);
    }

    public static Optional<Trede> van(LadderModel model, int nummer) {
        return find("model = ?1 and nummer = ?2", model, nummer).firstResultOptional();
    }
}
