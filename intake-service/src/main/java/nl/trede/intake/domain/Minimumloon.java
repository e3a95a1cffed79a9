package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.trede.platform.time.Geldigheid;

/** The wettelijk minimumloon per month (bruto, 21+) as dated data (V4__melding_per_soort.sql). */
@Entity
@Table(name = "minimumloon")
public class Minimumloon extends PanacheEntityBase {

    @Id
    @Column(name = "geldig_vanaf")
    public LocalDate geldigVanaf;

    @Column(name = "geldig_tot")
    public LocalDate geldigTot;

    @Column(name = "bruto_per_maand", nullable = false, precision = 10, scale = 2)
    public BigDecimal brutoPerMaand;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    public Geldigheid geldigheid() {
        return new Geldigheid(geldigVanaf, geldigTot);
    }

    public static Optional<Minimumloon> op(LocalDate datum) {
        return Geldigheid.geldigOp(Minimumloon.<Minimumloon>listAll(), Minimumloon::geldigheid, datum);
    }
}
