package nl.trede.casework.domain;

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
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "zaak")
public class Zaak extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "klant_id", nullable = false)
    public Klant klant;

    @Column(name = "melding_id", unique = true)
    public UUID meldingId;

    @Column(name = "melding_type", length = 40)
    public String meldingType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ZaakStatus status;

    /** The team whose queue holds the zaak: its provisional owner until a regisseur is assigned. */
    @Column(nullable = false, length = 100)
    public String team;

    @Column(length = 200)
    public String regisseur;

    /** The klantgroep code decided at intake (or later in casework). */
    @Column(length = 40)
    public String klantgroep;

    @Column(name = "klantgroep_sinds")
    public java.time.LocalDate klantgroepSinds;

    /** Matchen's one extension of three months (PB §3.2): the evaluation moves to this date. */
    @Column(name = "matchen_verlengd_tot")
    public java.time.LocalDate matchenVerlengdTot;

    /** A Groeien klant using Matchen's services while staying in Groeien (PB §2.2.4). */
    @Column(name = "gebruikt_matchen_diensten", nullable = false)
    public boolean gebruiktMatchenDiensten;

    @Column(name = "regisseur_sinds")
    public Instant regisseurSinds;

    @Column(name = "afgesloten_at")
    public Instant afgeslotenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "afsluit_reden", length = 40)
    public AfsluitReden afsluitReden;

    @Column(name = "afsluit_toelichting", columnDefinition = "text")
    public String afsluitToelichting;

    /** The executing party of the work traject (R-26: not the regisseur without an approved deviation). */
    @Column(length = 200)
    public String uitvoerder;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitvoerder_soort", length = 30)
    public OntvangerSoort uitvoerderSoort;

    /** The klant's doelgroepregister indication (loonkostensubsidie and other register-bound provisions). */
    @Column(name = "in_doelgroepregister", nullable = false)
    public boolean inDoelgroepregister;

    /** Active zorg (schuldhulp, ggz, …): a proposed maatregel is flagged to the regisseur before it takes effect. */
    @Column(name = "actieve_zorg", nullable = false)
    public boolean actieveZorg;

    @Column(name = "zorg_soort", length = 60)
    public String zorgSoort;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** 409 unless the zaak is open: a closed zaak (or one in nazorg) takes no new work. */
    public void vereisOpen() {
        if (status != ZaakStatus.OPEN) {
            throw nl.trede.platform.problem.ProblemException.conflict("zaak-afgesloten", "Zaak " + id
                    + " is closed.", null);
        }
    }

    /** 403 unless {@code actor} is the zaak's regisseur or a teamleider: the one who directs changes the zaak. */
    public void vereisRegisseurOfTeamleider(String actor, boolean teamleider, String actie) {
        if (!teamleider && !actor.equals(regisseur)) {
            throw new nl.trede.platform.problem.ProblemException(403, "forbidden", "Forbidden", "Only the zaak's "
                    + "regisseur or a teamleider " + actie + ".", null, null);
        }
    }

    public static Optional<Zaak> findByMelding(UUID meldingId) {
        return find("meldingId", meldingId).firstResultOptional();
    }
}
