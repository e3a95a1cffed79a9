package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of klantgroep (V6__klantgroep_doorstroom.sql). */
@Entity
@Table(name = "klantgroep_wissel")
public class KlantgroepWissel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(nullable = false, length = 40)
    public String van;

    @Column(nullable = false, length = 40)
    public String naar;

    @Column(nullable = false, length = 60)
    public String criterium;

    @Column(nullable = false, columnDefinition = "text")
    public String reden;

    @Column(name = "klant_voorkeur", length = 40)
    public String klantVoorkeur;

    @Column(name = "verschil_van_mening", nullable = false)
    public boolean verschilVanMening;

    @Column(name = "besloten_door", nullable = false, length = 200)
    public String beslotenDoor;

    @Column(name = "besloten_op", nullable = false)
    public Instant beslotenOp;

    public static List<KlantgroepWissel> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by beslotenOp, id", zaakId);
    }
}
