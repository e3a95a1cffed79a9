package nl.trede.enforcement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One casework zaak of a klant, as casework's regie events tell it (V10; written only by
 * {@link nl.trede.enforcement.messaging.ZaakToegangHandler}): the projection the per-record rule
 * ({@link nl.trede.platform.toegang.KlantInzage}) filters lists with. Mapped so JPQL lists can join it.
 */
@Entity
@Table(name = "zaak_toegang")
public class ZaakToegang extends PanacheEntityBase {

    @Id
    @Column(name = "zaak_id")
    public UUID zaakId;

    @Column(name = "klant_id", nullable = false)
    public UUID klantId;

    @Column(length = 100)
    public String team;

    @Column(length = 200)
    public String regisseur;

    @Column(name = "regie_op")
    public Instant regieOp;

    @Column(nullable = false)
    public boolean afgesloten;
}
