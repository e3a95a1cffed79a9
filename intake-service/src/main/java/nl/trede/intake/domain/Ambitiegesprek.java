package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The record of the ambitiegesprek (productenboek §2.2.3). */
@Entity
@Table(name = "ambitiegesprek")
public class Ambitiegesprek extends PanacheEntityBase {

    @Id
    @Column(name = "melding_id")
    public UUID meldingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Zelfbeoordeling zelfbeoordeling;

    @Column(nullable = false, columnDefinition = "text")
    public String resultaat;

    @Column(columnDefinition = "text")
    public String aandachtspunten;

    @Column(name = "gehouden_op", nullable = false)
    public Instant gehoudenOp;

    @Column(nullable = false, length = 200)
    public String intaker;
}
