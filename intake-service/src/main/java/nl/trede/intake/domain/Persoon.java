package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person known to intake. Intake is the only service that stores the BSN; every other service and every event
 * uses the pseudonymous {@link #klantId}.
 */
@Entity
@Table(name = "persoon")
public class Persoon extends PanacheEntityBase {

    @Id
    @Column(name = "klant_id")
    public UUID klantId;

    @Column(nullable = false, length = 9, unique = true)
    public String bsn;

    @Column(nullable = false, length = 200)
    public String naam;

    @Column(nullable = false)
    public LocalDate geboortedatum;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Persoon> findByBsn(String bsn) {
        return find("bsn", bsn).firstResultOptional();
    }
}
