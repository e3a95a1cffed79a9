package nl.trede.ladder.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One trede meting of one klant on one ladder model version. Immutable: Hibernate never updates it, and the
 * database refuses UPDATE and DELETE (V3 trigger). A correction is a new meting with {@link #corrigeert} set.
 */
@Entity
@Immutable
@Table(name = "meting")
public class Meting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "model_id", nullable = false)
    public LadderModel model;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trede_id", nullable = false)
    public Trede trede;

    /** The sub-trede the klant is placed on (the highest active one), or null. */
    @ManyToOne
    @JoinColumn(name = "sub_trede_id")
    public SubTrede subTrede;

    @Column(nullable = false)
    public LocalDate meetdatum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public MetingBron bron;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public Aanleiding aanleiding;

    @Column(nullable = false)
    public String beoordelaar;

    @Column(length = 2000)
    public String toelichting;

    @Column(name = "zaak_id")
    public UUID zaakId;

    @Column(name = "traject_id")
    public UUID trajectId;

    /** The meting this one corrects, or null. */
    @Column(name = "corrigeert_id")
    public UUID corrigeert;

    @Column(length = 1000)
    public String correctiereden;

    @Column(name = "geregistreerd_op", nullable = false)
    public Instant geregistreerdOp;

    @Column(name = "geregistreerd_door", nullable = false)
    public String geregistreerdDoor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meting_leefgebied", joinColumns = @JoinColumn(name = "meting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "leefgebied", length = 40)
    public Set<Leefgebied> leefgebieden = EnumSet.noneOf(Leefgebied.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meting_actieve_sub_trede", joinColumns = @JoinColumn(name = "meting_id"))
    @Column(name = "code", length = 5)
    public Set<String> actieveSubTreden = new TreeSet<>();

    public Positie positie() {
        return new Positie(trede.nummer, subTrede == null ? null : subTrede.code);
    }

    /** The months until the next meting is due: the sub-trede's interval, else the trede's. */
    public int herbeoordelingMaanden() {
        return subTrede != null ? subTrede.herbeoordelingMaanden : trede.herbeoordelingMaanden;
    }

    /** The klant of a meting, if it exists (for the audit log of a read of it). */
    public static java.util.Optional<UUID> klantVan(UUID id) {
        return Meting.<Meting>findByIdOptional(id).map(m -> m.klantId);
    }
}
