package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.api.Coded;

/** One deadline of a melding: open until met, or void when the melding ends first. */
@Entity
@Table(name = "termijn")
public class Termijn extends PanacheEntityBase {

    public enum Status implements Coded {
        OPEN("open"),
        VOLDAAN("voldaan"),
        VERVALLEN("vervallen");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    @Id
    public UUID id;

    @Column(name = "melding_id", nullable = false)
    public UUID meldingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public TermijnSoort soort;

    @Column(nullable = false)
    public LocalDate uiterlijk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    @Column(name = "afgehandeld_op")
    public Instant afgehandeldOp;

    public static List<Termijn> vanMelding(UUID meldingId) {
        return list("meldingId = ?1 order by uiterlijk, soort", meldingId);
    }
}
