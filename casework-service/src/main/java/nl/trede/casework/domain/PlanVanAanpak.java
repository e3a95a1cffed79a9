package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One version of a zaak's plan van aanpak (V5 and V9 migrations); a new version replaces the previous one. */
@Entity
@Table(name = "plan_van_aanpak")
public class PlanVanAanpak extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(nullable = false)
    public int versie;

    @Column(nullable = false, length = 40)
    public String variant;

    /** One per line. */
    @Column(nullable = false, columnDefinition = "text")
    public String doelen;

    @Column(nullable = false, columnDefinition = "text")
    public String afspraken;

    @Column(nullable = false, columnDefinition = "text")
    public String verplichtingen;

    @Column(nullable = false)
    public LocalDate evaluatiedatum;

    @Column(name = "overleg_met_klant_op", nullable = false)
    public LocalDate overlegMetKlantOp;

    @Column(name = "klant_akkoord_op")
    public LocalDate klantAkkoordOp;

    @Column(name = "vastgesteld_door", nullable = false, length = 200)
    public String vastgesteldDoor;

    @Column(name = "vastgesteld_op", nullable = false)
    public Instant vastgesteldOp;

    public static List<String> regels(String tekst) {
        return tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split("\n"));
    }

    public static List<PlanVanAanpak> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by versie desc", zaakId);
    }
}
