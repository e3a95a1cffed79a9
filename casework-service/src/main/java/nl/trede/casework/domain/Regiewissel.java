package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of regie over a zaak (V2__regie_tijdlijn.sql). */
@Entity
@Table(name = "regiewissel")
public class Regiewissel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(name = "van_team", length = 100)
    public String vanTeam;

    @Column(name = "van_regisseur", length = 200)
    public String vanRegisseur;

    @Column(name = "naar_team", nullable = false, length = 100)
    public String naarTeam;

    @Column(name = "naar_regisseur", length = 200)
    public String naarRegisseur;

    @Column(nullable = false, columnDefinition = "text")
    public String reden;

    @Column(nullable = false, length = 200)
    public String door;

    @Column(nullable = false)
    public Instant op;

    public static List<Regiewissel> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by op, id", zaakId);
    }
}
