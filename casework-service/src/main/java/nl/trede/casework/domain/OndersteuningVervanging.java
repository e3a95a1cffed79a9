package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A proposed replacement of a support relationship (V10__ondersteuning.sql; sources A3 ). */
@Entity
@Table(name = "ondersteuning_vervanging")
public class OndersteuningVervanging extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ondersteuning_id", nullable = false)
    public UUID ondersteuningId;

    @Column(name = "nieuwe_aanbieder", nullable = false, length = 200)
    public String nieuweAanbieder;

    @Column(name = "voorgestelde_einddatum", nullable = false)
    public LocalDate voorgesteldeEinddatum;

    @Column(nullable = false, columnDefinition = "text")
    public String continuiteitsbeoordeling;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public VervangingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "klant_reactie", length = 20)
    public KlantReactie klantReactie;

    @Column(name = "klant_toelichting", columnDefinition = "text")
    public String klantToelichting;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public VervangingBesluit besluit;

    @Column(name = "besluit_toelichting", columnDefinition = "text")
    public String besluitToelichting;

    @Column(name = "besloten_door", length = 200)
    public String beslotenDoor;

    @Column(name = "besloten_op")
    public Instant beslotenOp;

    @Column(name = "voorgesteld_door", nullable = false, length = 200)
    public String voorgesteldDoor;

    @Column(name = "voorgesteld_op", nullable = false)
    public Instant voorgesteldOp;

    public boolean lopend() {
        return status == VervangingStatus.VOORGESTELD || status == VervangingStatus.GEESCALEERD;
    }

    public static Optional<OndersteuningVervanging> lopend(UUID ondersteuningId) {
        return find("ondersteuningId = ?1 and status in ?2", ondersteuningId,
                java.util.List.of(VervangingStatus.VOORGESTELD, VervangingStatus.GEESCALEERD)).firstResultOptional();
    }
}
