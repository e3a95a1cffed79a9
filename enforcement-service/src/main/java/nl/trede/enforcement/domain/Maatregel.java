package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The computed proposal and, after the besluit, the decided maatregel, with the rule version it applied. */
@Entity
@Table(name = "maatregel")
public class Maatregel extends PanacheEntityBase {

    public static final String VOORGESTELD = "voorgesteld";
    public static final String OPGELEGD = "opgelegd";
    public static final String AFGEZIEN = "afgezien";
    public static final String GEWAARSCHUWD = "gewaarschuwd";
    /** Ended early on request (Pw art. 18 lid 11); still counts for recidive. */
    public static final String HERZIEN = "herzien";
    /** Zorg, 1st no-show: no fine, the IC seeks contact (sources D4.3); counts for recidive as step 1. */
    public static final String CONTACT_GEZOCHT = "contact-gezocht";
    /** Faciliteren/Zorg, 2nd no-show: the benefit is blocked and a rechtmatigheidsonderzoek started (sources D4.3). */
    public static final String GEBLOKKEERD = "geblokkeerd";

    @Id
    public UUID id;

    @Column(name = "gedraging_id", nullable = false)
    public UUID gedragingId;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(nullable = false, length = 20)
    public String uitkomst;

    @Column(name = "afzien_reden", length = 40)
    public String afzienReden;

    @Column(columnDefinition = "text")
    public String motivering;

    @Column(nullable = false)
    public boolean verwijtbaar;

    @Column(name = "geen_verwijtbaarheid_reden", columnDefinition = "text")
    public String geenVerwijtbaarheidReden;

    @Column(name = "dringende_redenen", columnDefinition = "text")
    public String dringendeRedenen;

    @Column(name = "waarschuwing_gevraagd", nullable = false)
    public boolean waarschuwingGevraagd;

    @Column(nullable = false, length = 80)
    public String categorie;

    @Column(nullable = false, length = 80)
    public String recidivegroep;

    @Column(nullable = false)
    public int stap;

    @Column(nullable = false)
    public boolean recidive;

    @Column(nullable = false)
    public int percentage;

    @Column(name = "duur_maanden")
    public Integer duurMaanden;

    @Column(name = "bedrag_eenmalig", precision = 10, scale = 2)
    public BigDecimal bedragEenmalig;

    @Column(name = "norm_per_maand", precision = 10, scale = 2)
    public BigDecimal normPerMaand;

    public LocalDate ingangsdatum;

    public LocalDate einddatum;

    /** The periods as JSON ({@link MaatregelBerekening.Periode}). */
    @Column(nullable = false, columnDefinition = "text")
    public String perioden;

    @Column(nullable = false, length = 100)
    public String artikel;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    /** Comma-separated category codes of the gedragingen judged together. */
    @Column(nullable = false, columnDefinition = "text")
    public String samenloop;

    @ManyToOne(optional = false)
    @JoinColumn(name = "regelset_id", nullable = false)
    public Regelset regelset;

    @Column(name = "voorgesteld_op", nullable = false)
    public Instant voorgesteldOp;

    public LocalDate besluitdatum;

    @Column(name = "bezwaar_tot")
    public LocalDate bezwaarTot;

    @Column(name = "besloten_door", length = 100)
    public String beslotenDoor;

    @Column(name = "herzien_per")
    public LocalDate herzienPer;

    @Column(name = "herzien_reden", columnDefinition = "text")
    public String herzienReden;

    @Column(name = "herzien_door", length = 100)
    public String herzienDoor;

    /** The rechtmatigheidsonderzoek a blokkering started. */
    @Column(name = "onderzoek_id")
    public UUID onderzoekId;

    /** Samenloop: the maatregel whose verlaging covers this one; this one has no verlaging of its own. */
    @Column(name = "opgenomen_in")
    public UUID opgenomenIn;

    /** Samenloop: the higher verlaging of the same period that ended this one (einddatum: the day before it). */
    @Column(name = "vervangen_door")
    public UUID vervangenDoor;

    /** Faciliteren, 1st no-show: the new appointment the besluit of the € 50 carries (PB §5.3.1, §5.3.2, §7.2). */
    @Column(name = "nieuwe_afspraak_datum")
    public LocalDate nieuweAfspraakDatum;

    @Column(name = "nieuwe_afspraak_tijd")
    public java.time.LocalTime nieuweAfspraakTijd;

    @Column(name = "nieuwe_afspraak_soort", length = 40)
    public String nieuweAfspraakSoort;

    @Column(name = "nieuwe_afspraak_plaats", length = 200)
    public String nieuweAfspraakPlaats;

    /** A blokkering lifted: GWS pays again from this day. */
    @Column(name = "opgeheven_per")
    public LocalDate opgehevenPer;

    @Column(name = "opheffing_reden", columnDefinition = "text")
    public String opheffingReden;

    @Column(name = "opgeheven_door", length = 100)
    public String opgehevenDoor;

    /** Zorg: the hersteltermijn sent after the blokkering, and the day it ends (PB §6.3.1). */
    @Column(name = "blokkering_hersteltermijn_verzonden_op")
    public LocalDate blokkeringHersteltermijnVerzondenOp;

    @Column(name = "blokkering_hersteltermijn_tot")
    public LocalDate blokkeringHersteltermijnTot;

    /** Zorg: the uitkering stopped from this day after an unanswered hersteltermijn (PB §6.3.1, §7.2). */
    @Column(name = "stopgezet_per")
    public LocalDate stopgezetPer;

    @Column(name = "stopzetting_reden", columnDefinition = "text")
    public String stopzettingReden;

    @Column(name = "stopgezet_door", length = 100)
    public String stopgezetDoor;

    /** A blokkering in force: decided, neither lifted nor turned into a stopzetting. */
    public boolean blokkeringActief() {
        return GEBLOKKEERD.equals(status) && opgehevenPer == null && stopgezetPer == null;
    }

    public static Optional<Maatregel> vanGedraging(UUID gedragingId) {
        return find("gedragingId", gedragingId).firstResultOptional();
    }

    /** The klant's decided outcomes that count for recidive (maatregelen, waarschuwingen, and the
     * no-show outcomes contact-gezocht and geblokkeerd of sources D4.3). */
    public static List<Maatregel> besloten(UUID klantId) {
        return list("klantId = ?1 and status in ?2", klantId, List.of(OPGELEGD, GEWAARSCHUWD, HERZIEN,
                CONTACT_GEZOCHT, GEBLOKKEERD));
    }

    /** The klant's imposed verlagingen with a bounded period (the samenloop candidates). */
    public static List<Maatregel> verlagingen(UUID klantId) {
        return list("klantId = ?1 and status in ?2 and opgenomenIn is null and ingangsdatum is not null "
                + "and einddatum is not null", klantId, List.of(OPGELEGD, HERZIEN));
    }
}
