package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A reported violation and where it is in the maatregel procedure. */
@Entity
@Table(name = "gedraging")
public class Gedraging extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(name = "zaak_id")
    public UUID zaakId;

    @Column(nullable = false, length = 80)
    public String categorie;

    /** The regelset version valid on {@link #datum}: the gedraging is judged by it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "regelset_id", nullable = false)
    public Regelset regelset;

    @Column(nullable = false)
    public LocalDate datum;

    /** For a taaleis stop: the date of the kennisgeving. */
    public LocalDate referentiedatum;

    /** {@code handhaver} (REST) or {@code casework} (gedraging-gemeld event). */
    @Column(nullable = false, length = 20)
    public String bron;

    /** casework's id of the report, for an event-registered gedraging (unique per bron). */
    @Column(name = "bron_id")
    public UUID bronId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public GedragingStatus status;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "geregistreerd_door", nullable = false, length = 100)
    public String geregistreerdDoor;

    @Column(name = "geregistreerd_op", nullable = false)
    public Instant geregistreerdOp;

    @Column(name = "hoorverzoek_kanaal", length = 20)
    public String hoorverzoekKanaal;

    @Column(name = "hoorverzoek_verzonden_op")
    public LocalDate hoorverzoekVerzondenOp;

    @Column(name = "hoorgesprek_op")
    public LocalDate hoorgesprekOp;

    @Column(name = "hersteltermijn_verzonden_op")
    public LocalDate hersteltermijnVerzondenOp;

    @Column(name = "hersteltermijn_gesprek_op")
    public LocalDate hersteltermijnGesprekOp;

    @Column(name = "gehoord_op")
    public LocalDate gehoordOp;

    @Column(name = "samengevoegd_in")
    public UUID samengevoegdIn;

    /**
     * The klant's client group ({@link Klantgroep} code: matchen, groeien, faciliteren, zorg) as reported; null when
     * unknown (older events): the Matchen/Groeien rules apply then (sources D4.3).
     */
    @Column(length = 20)
    public String klantgroep;

    /** casework flags active zorg for the klant: a maatregel needs a zorgafstemming before it takes effect. */
    @Column(name = "actieve_zorg", nullable = false)
    public boolean actieveZorg;

    /** {@code gezamenlijk-overleg} (regisseur + zorg) or {@code override} (handhaver, with a reason). */
    @Column(name = "zorgafstemming_soort", length = 20)
    public String zorgafstemmingSoort;

    @Column(name = "zorgafstemming_op")
    public LocalDate zorgafstemmingOp;

    @Column(name = "zorgafstemming_door", length = 100)
    public String zorgafstemmingDoor;

    @Column(name = "zorgafstemming_reden", columnDefinition = "text")
    public String zorgafstemmingReden;

    /** The klant of a gedraging, if it exists (for the per-record check and the audit log). */
    public static Optional<UUID> klantVan(UUID id) {
        return Gedraging.<Gedraging>findByIdOptional(id).map(x -> x.klantId);
    }
}
