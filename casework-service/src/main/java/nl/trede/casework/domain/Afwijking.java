package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recorded deviation from the standard route (V4__afwijking.sql; sources A3 ). */
@Entity
@Table(name = "afwijking")
public class Afwijking extends PanacheEntityBase {

    public static final String REGISSEUR_ALS_UITVOERDER = "regisseur-als-uitvoerder";

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(nullable = false, length = 40)
    public String soort;

    @Column(nullable = false, columnDefinition = "text")
    public String reden;

    @Column(columnDefinition = "text")
    public String voorwaarde;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AfwijkingStatus status;

    @Column(name = "aangevraagd_door", nullable = false, length = 200)
    public String aangevraagdDoor;

    @Column(name = "aangevraagd_op", nullable = false)
    public Instant aangevraagdOp;

    @Column(name = "beoordeeld_door", length = 200)
    public String beoordeeldDoor;

    @Column(name = "beoordeeld_op")
    public Instant beoordeeldOp;

    @Column(columnDefinition = "text")
    public String toelichting;

    @Column(name = "zichtbaar_voor_klant", nullable = false)
    public boolean zichtbaarVoorKlant = true;

    public static List<Afwijking> vanZaak(UUID zaakId) {
        return list("zaakId = ?1 order by aangevraagdOp, id", zaakId);
    }
}
