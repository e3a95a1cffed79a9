package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A klantgroep of the municipality's configuration: Deventer's four (stelsel {@code deventer-2021}) active, Apeldoorn's
 * werkbedrijf/activering ({@code apeldoorn-2017}) shipped inactive; see V2 and V6 migrations and
 * {@link KlantgroepBeheer}.
 */
@Entity
@Table(name = "klantgroep")
public class Klantgroep extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String code;

    @Column(nullable = false, length = 100)
    public String naam;

    @Column(nullable = false, columnDefinition = "text")
    public String definitie;

    @Column(nullable = false, columnDefinition = "text")
    public String bron;

    @Column(nullable = false)
    public int volgorde;

    @Column(nullable = false)
    public boolean actief;

    /** The municipality's set this klantgroep belongs to. */
    @Column(nullable = false, length = 40)
    public String stelsel;

    /** Months within which the labour market or participation is the aim (Matchen 6, Groeien 36); null: none. */
    @Column(name = "horizon_maanden")
    public Integer horizonMaanden;

    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

    @Column(name = "gewijzigd_door", length = 200)
    public String gewijzigdDoor;

    public static List<Klantgroep> actieve() {
        return list("actief = true order by volgorde, code");
    }

    public static List<Klantgroep> alle() {
        return list("order by stelsel, volgorde, code");
    }
}
