package nl.trede.intake.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "melding")
public class Melding extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "klant_id", nullable = false)
    public Persoon persoon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public MeldingType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public MeldingStatus status;

    /** The klantgroep of the latest decision (productenboek §2.2.4), until doorgezet. */
    @Column(length = 40)
    public String klantgroep;

    /** Why the melding ended without doorzetten: an {@link Afwijzingsreden} code, or "ingetrokken". */
    @Column(name = "afsluit_reden", length = 40)
    public String afsluitReden;

    @Column(name = "afsluit_toelichting", columnDefinition = "text")
    public String afsluitToelichting;

    @Column(name = "afgesloten_at")
    public Instant afgeslotenAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Kanaal kanaal;

    @Column(name = "melder_organisatie", length = 200)
    public String melderOrganisatie;

    @Enumerated(EnumType.STRING)
    @Column(name = "melder_soort", length = 30)
    public MelderSoort melderSoort;

    @Column(name = "verwachte_uitstroomdatum")
    public LocalDate verwachteUitstroomdatum;

    @Column(name = "inkomen_per_maand", precision = 10, scale = 2)
    public java.math.BigDecimal inkomenPerMaand;

    @Column(name = "in_doelgroepregister", nullable = false)
    public boolean inDoelgroepregister;

    /** The aanvraag's documents (aanvraag levensonderhoud only; goes on after doorzetten). */
    @Enumerated(EnumType.STRING)
    @Column(name = "aanvraag_status", length = 20)
    public AanvraagStatus aanvraagStatus;

    @Column(name = "documenten_compleet_op")
    public LocalDate documentenCompleetOp;

    /** When the aanvraag was left buiten behandeling, and why (it may end after the melding was doorgezet). */
    @Column(name = "aanvraag_afgesloten_op")
    public Instant aanvraagAfgeslotenOp;

    @Column(name = "aanvraag_toelichting", columnDefinition = "text")
    public String aanvraagToelichting;

    /** Broodnood on the form: a voorschot task at once (productenboek §2.1, §2.4.1). */
    @Column(nullable = false)
    public boolean broodnood;

    /**
     * The legal date of the melding: the day it was received. Today (Europe/Amsterdam) unless intake staff register
     * an earlier day of receipt ({@code ontvangenOp}, at most 3 months back); every deadline runs from it.
     */
    @Column(name = "melding_datum", nullable = false)
    public LocalDate meldingDatum;

    /** Who stated an explicit day of receipt (token subject); null when the service set it on registration. */
    @Column(name = "melding_datum_opgegeven_door", length = 200)
    public String ontvangstOpgegevenDoor;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Who submitted it (token subject): a ketenpartner reads only their own (README.md#tokens-and-roles). */
    @Column(name = "ingediend_door", length = 200)
    public String ingediendDoor;

    /**
     * A ketenpartner's signal about a person who already had an open signal: the melding it was linked to (status
     * {@link MeldingStatus#GEKOPPELD}); intake staff handle it there.
     */
    @Column(name = "gekoppeld_aan")
    public UUID gekoppeldAan;

    @Column(name = "doorgezet_at")
    public Instant doorgezetAt;

    @Version
    @Column(nullable = false)
    public long version;

    public static Optional<Melding> findOpen(UUID klantId, MeldingType type) {
        return find("persoon.klantId = ?1 and type = ?2 and status in ?3", klantId, type, MeldingStatus.OPEN)
                .firstResultOptional();
    }

    /** The klant of a melding, if it exists (for the audit log of a step on it). */
    public static Optional<UUID> klantVan(UUID id) {
        return Melding.<Melding>findByIdOptional(id).map(m -> m.persoon.klantId);
    }
}
