package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A klantgroep of the municipality's configuration (Deventer's four shipped; see V2__intake_workflow.sql). */
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

    public static List<Klantgroep> actieve() {
        return list("actief = true order by volgorde");
    }
}
