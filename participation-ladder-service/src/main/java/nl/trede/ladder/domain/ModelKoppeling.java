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
import org.hibernate.annotations.Immutable;

/**
 * One row of the documented mapping between two ladder model versions: position ({@code vanTrede},
 * {@code vanSubTrede}) of {@code vanModel} reads as trede {@code naarTrede} of {@code naarModel}
 * (sources H2.3: the Heemskerk and VNG ladders measure differently). A null {@code vanSubTrede} is the
 * row for the trede itself.
 */
@Entity
@Immutable
@Table(name = "model_koppeling")
public class ModelKoppeling extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "van_model_id", nullable = false)
    public LadderModel vanModel;

    @Column(name = "van_trede", nullable = false)
    public int vanTrede;

    @Column(name = "van_sub_trede", length = 5)
    public String vanSubTrede;

    @ManyToOne(optional = false)
    @JoinColumn(name = "naar_model_id", nullable = false)
    public LadderModel naarModel;

    @Column(name = "naar_trede", nullable = false)
    public int naarTrede;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    /** Every row from any version of {@code vanCode} to any version of {@code naarCode}. */
    public static List<ModelKoppeling> tussen(String vanCode, String naarCode) {
        return list("vanModel.code = ?1 and naarModel.code = ?2 order by vanModel.geldigVanaf, vanTrede, vanSubTrede",
                vanCode, naarCode);
    }
}
