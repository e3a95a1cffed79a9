package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One klantgroep decision; a melding keeps every decision (history). */
@Entity
@Table(name = "klantgroep_besluit")
public class KlantgroepBesluit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false)
    public UUID meldingId;

    @Column(nullable = false, length = 40)
    public String klantgroep;

    @Column(name = "klant_voorkeur", length = 40)
    public String klantVoorkeur;

    @Column(nullable = false, columnDefinition = "text")
    public String reden;

    @Column(name = "besloten_op", nullable = false)
    public Instant beslotenOp;

    @Column(name = "besloten_door", nullable = false, length = 200)
    public String beslotenDoor;

    /** Productenboek §2.2.3: the klant's preference differs from the consultant's decision. */
    public boolean verschilVanMening() {
        return klantVoorkeur != null && !klantVoorkeur.equals(klantgroep);
    }

    public static List<KlantgroepBesluit> vanMelding(UUID meldingId) {
        return list("meldingId = ?1 order by beslotenOp", meldingId);
    }
}
