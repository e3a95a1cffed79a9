package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A gedraging reported on a zaak; enforcement judges it (V2__regie_tijdlijn.sql). */
@Entity
@Table(name = "gedraging")
public class Gedraging extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(nullable = false, length = 60)
    public String categorie;

    @Column(nullable = false)
    public LocalDate datum;

    /** What happened, in the regisseur's words: stays in casework, never in the event. */
    @Column(nullable = false, columnDefinition = "text")
    public String toelichting;

    @Column(name = "gemeld_door", nullable = false, length = 200)
    public String gemeldDoor;

    @Column(name = "gemeld_op", nullable = false)
    public Instant gemeldOp;

    public static final String GEMELD = "gemeld";
    public static final String GEWEIGERD = "geweigerd";

    /** {@value #GEMELD}, or {@value #GEWEIGERD} once enforcement refused it (gedraging-geweigerd). */
    @Column(nullable = false, length = 20)
    public String status = GEMELD;

    @Column(name = "weigering_code", length = 60)
    public String weigeringCode;

    /** Enforcement's generated rule text (codes and rules, no personal data). */
    @Column(name = "weigering_reden", columnDefinition = "text")
    public String weigeringReden;

    @Column(name = "geweigerd_op")
    public Instant geweigerdOp;
}
