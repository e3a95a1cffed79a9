package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.platform.bsn.Bsn;

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

    /**
     * The BSN in its one canonical form: 9 digits (an 8-digit legacy number is stored with its leading 0, see
     * {@link #canonical}). Unique among the persons that are not a {@link #duplicaatVan duplicate under review}.
     */
    @Column(nullable = false, length = 9)
    public String bsn;

    @Column(nullable = false, length = 200)
    public String naam;

    @Column(nullable = false)
    public LocalDate geboortedatum;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Set when this person was registered twice under two spellings of one BSN before the BSN had one canonical
     * form: the klantId this one duplicates. Such a pair is not merged automatically (both klantIds have been
     * published to other services); it waits for review in {@code persoon_duplicaat}. New meldingen go to the
     * person this one duplicates.
     */
    @Column(name = "duplicaat_van")
    public UUID duplicaatVan;

    /** The canonical form of a valid BSN (9 digits; an 8-digit legacy number gets its leading 0). */
    public static String canoniek(String bsn) {
        return Bsn.of(bsn).value();
    }

    /** The person with this BSN (any spelling), not a duplicate under review. */
    public static Optional<Persoon> findByBsn(String bsn) {
        return find("bsn = ?1 and duplicaatVan is null", canoniek(bsn)).firstResultOptional();
    }

    /** Every person with this BSN (any spelling), including duplicates under review. */
    public static List<Persoon> allByBsn(String bsn) {
        return list("bsn", canoniek(bsn));
    }
}
