package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The report of the screeningsgesprek (productenboek §2.2.2). */
@Entity
@Table(name = "screening")
public class Screening extends PanacheEntityBase {

    @Id
    @Column(name = "melding_id")
    public UUID meldingId;

    /** The hulpvraag codes, comma-separated (see {@link #hulpvragen()}). */
    @Column(nullable = false, length = 100)
    public String hulpvraag;

    @Enumerated(EnumType.STRING)
    @Column(name = "juiste_loket", nullable = false, length = 20)
    public JuisteLoket juisteLoket;

    @Column(name = "verwijzing_reden", columnDefinition = "text")
    public String verwijzingReden;

    @Column(name = "bad_verwijzing", nullable = false)
    public boolean badVerwijzing;

    @Column(nullable = false)
    public boolean fraudevermoeden;

    @Column(nullable = false)
    public boolean broodnood;

    @Column(nullable = false, columnDefinition = "text")
    public String rapportage;

    @Column(name = "afgerond_op", nullable = false)
    public Instant afgerondOp;

    @Column(name = "afgerond_door", nullable = false, length = 200)
    public String afgerondDoor;

    public Set<Hulpvraag> hulpvragen() {
        return Arrays.stream(hulpvraag.split(",")).map(Hulpvraag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Hulpvraag.class)));
    }

    public void hulpvragen(Set<Hulpvraag> values) {
        hulpvraag = values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
