package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One invitation to supplement an aanvraag (Awb art. 4:5) and its outcome (V5__aanvraag_documenten.sql). */
@Entity
@Table(name = "aanvulverzoek")
public class Aanvulverzoek extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false)
    public UUID meldingId;

    @Column(nullable = false)
    public LocalDate uitnodigingsdatum;

    @Column(nullable = false)
    public LocalDate einde;

    @Column(name = "aangevuld_op")
    public LocalDate aangevuldOp;

    /** Which documents are missing (the letter's list; no personal data beyond what the file already holds). */
    @Column(nullable = false, columnDefinition = "text")
    public String ontbrekend;

    @Column(name = "verstuurd_door", nullable = false, length = 200)
    public String verstuurdDoor;

    @Column(name = "verstuurd_op", nullable = false)
    public Instant verstuurdOp;

    public IntakeTermijnen.Aanvultermijn regel() {
        return new IntakeTermijnen.Aanvultermijn(uitnodigingsdatum, einde, aangevuldOp);
    }

    public static List<Aanvulverzoek> vanMelding(UUID meldingId) {
        return list("meldingId = ?1 order by uitnodigingsdatum, verstuurdOp", meldingId);
    }
}
