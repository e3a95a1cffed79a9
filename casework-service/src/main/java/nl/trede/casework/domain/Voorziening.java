package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.platform.time.Geldigheid;

/** One version of a provision in the municipal catalogue (V5__voorzieningen_trajecten.sql; sources D2.6). */
@Entity
@Table(name = "voorziening")
public class Voorziening extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 60)
    public String code;

    @Column(nullable = false, length = 200)
    public String naam;

    @Column(nullable = false, columnDefinition = "text")
    public String doel;

    @Column(length = 400)
    public String klantgroepen;

    @Column(name = "min_leeftijd")
    public Integer minLeeftijd;

    @Column(name = "max_leeftijd")
    public Integer maxLeeftijd;

    @Column(name = "doelgroepregister_vereist", nullable = false)
    public boolean doelgroepregisterVereist;

    @Column(name = "max_duur_maanden")
    public Integer maxDuurMaanden;

    @Column(name = "min_uren_per_week")
    public Integer minUrenPerWeek;

    @Column(name = "max_bedrag", precision = 10, scale = 2)
    public BigDecimal maxBedrag;

    @Column(name = "geldig_vanaf", nullable = false)
    public LocalDate geldigVanaf;

    @Column(name = "geldig_tot")
    public LocalDate geldigTot;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    public Set<String> klantgroepSet() {
        return klantgroepen == null || klantgroepen.isBlank() ? Set.of()
                : Arrays.stream(klantgroepen.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    public Geldigheid geldigheid() {
        return new Geldigheid(geldigVanaf, geldigTot);
    }

    public VoorzieningRegels.Voorwaarden voorwaarden() {
        return new VoorzieningRegels.Voorwaarden(code, klantgroepSet(), minLeeftijd, maxLeeftijd,
                doelgroepregisterVereist, maxDuurMaanden, minUrenPerWeek, maxBedrag, bron);
    }

    /** The version of {@code code} valid on {@code datum}. */
    public static Optional<Voorziening> geldig(String code, LocalDate datum) {
        return Geldigheid.geldigOp(Voorziening.<Voorziening>list("code", code), Voorziening::geldigheid, datum);
    }

    /** Every version valid on {@code datum}, by code. */
    public static List<Voorziening> geldigOp(LocalDate datum) {
        return Voorziening.<Voorziening>list("order by code, geldigVanaf").stream()
                .filter(v -> v.geldigheid().omvat(datum)).toList();
    }
}
