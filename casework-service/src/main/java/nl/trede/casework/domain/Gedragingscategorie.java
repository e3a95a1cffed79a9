package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One category of enforcement's catalogue in one version (V14__gedragingscategorieen.sql): the copy casework keeps of
 * enforcement's {@code gedragingscategorieen-gewijzigd} to refuse a report enforcement would refuse.
 */
@Entity
@Table(name = "gedragingscategorie")
public class Gedragingscategorie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 60)
    public String regelset;

    @Column(name = "geldig_vanaf", nullable = false)
    public LocalDate geldigVanaf;

    @Column(name = "geldig_tot")
    public LocalDate geldigTot;

    @Column(nullable = false, length = 80)
    public String code;

    @Column(length = 200)
    public String artikel;

    @Column(nullable = false)
    public boolean arbeidsverplichting;

    /** Comma-separated klantgroep codes the category cannot be imposed on. */
    @Column(name = "niet_voor_klantgroepen", nullable = false, length = 400)
    public String nietVoorKlantgroepen;

    @Column(name = "referentiedatum_vereist", nullable = false)
    public boolean referentiedatumVereist;

    @Column(name = "ontvangen_op", nullable = false)
    public Instant ontvangenOp;

    public List<String> nietVoor() {
        return nietVoorKlantgroepen.isBlank() ? List.of() : Arrays.asList(nietVoorKlantgroepen.split(","));
    }

    /** The categories of the version valid on {@code datum} (both ends inclusive). */
    public static List<Gedragingscategorie> geldigOp(LocalDate datum) {
        return list("geldigVanaf <= ?1 and (geldigTot is null or geldigTot >= ?1) order by code", datum);
    }
}
