package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A begeleidingsoverleg (sources A3 R-07; V11__overleg_maatwerk.sql). */
@Entity
@Table(name = "begeleidingsoverleg")
public class Begeleidingsoverleg extends PanacheEntityBase {

    /** A participant: role, organisation, whether the meeting needs them, and whether they came. */
    @Embeddable
    public static class Deelnemer {
        @Column(nullable = false, length = 60)
        public String rol;

        @Column(nullable = false, length = 200)
        public String organisatie;

        @Column(nullable = false)
        public boolean verplicht;

        @Column
        public Boolean aanwezig;
    }

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(name = "gepland_op", nullable = false)
    public LocalDate geplandOp;

    @Column(name = "gehouden_op")
    public LocalDate gehoudenOp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OverlegStatus status;

    @Column(columnDefinition = "text")
    public String plan;

    @Column(length = 200)
    public String trekker;

    @Column(columnDefinition = "text")
    public String verantwoordelijkheden;

    @Column(columnDefinition = "text")
    public String crisisclausule;

    @Column(name = "gepland_door", nullable = false, length = 200)
    public String geplandDoor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "overleg_deelnemer", joinColumns = @JoinColumn(name = "overleg_id"))
    @OrderColumn(name = "volgnummer")
    public List<Deelnemer> deelnemers = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    public static List<Begeleidingsoverleg> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by geplandOp, id", zaakId);
    }
}
