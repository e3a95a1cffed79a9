package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task for a role in a team, created once per source (V3__overdracht.sql: UNIQUE (soort, bron_id)). */
@Entity
@Table(name = "taak")
public class Taak extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "zaak_id", nullable = false)
    public UUID zaakId;

    @Column(nullable = false, length = 40)
    public String soort;

    @Column(nullable = false, length = 100)
    public String team;

    @Column(nullable = false, length = 40)
    public String rol;

    @Column(nullable = false, columnDefinition = "text")
    public String omschrijving;

    @Column(nullable = false)
    public LocalDate uiterlijk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TaakStatus status;

    @Column(name = "bron_id", nullable = false)
    public UUID bronId;

    @Column(name = "aangemaakt_op", nullable = false)
    public Instant aangemaaktOp;

    @Column(name = "afgehandeld_op")
    public Instant afgehandeldOp;

    /** A new open task for {@code rol} in the zaak's team, once per {@code soort} and {@code bronId}. */
    public static Taak open(Zaak zaak, String soort, UUID bronId, LocalDate uiterlijk, String rol, String omschrijving,
                            Instant now) {
        if (zaak.status == ZaakStatus.AFGESLOTEN) {
            // A closed zaak holds no open task: every path that creates one passes here.
            throw nl.trede.platform.problem.ProblemException.conflict("zaak-afgesloten", "Zaak " + zaak.id
                    + " is closed; it takes no new task.", null);
        }
        Taak taak = new Taak();
        taak.id = UUID.randomUUID();
        taak.zaakId = zaak.id;
        taak.soort = soort;
        taak.team = zaak.team;
        taak.rol = rol;
        taak.omschrijving = omschrijving;
        taak.uiterlijk = uiterlijk;
        taak.status = TaakStatus.OPEN;
        taak.bronId = bronId;
        taak.aangemaaktOp = now;
        taak.persist();
        return taak;
    }

    /**
     * Handles every open task of {@code soort} whose {@code veld} ({@code zaakId} or {@code bronId}) is {@code id}, as
     * of {@code now}; the number handled.
     */
    public static int afhandelen(String soort, String veld, UUID id, Instant now) {
        if (!"zaakId".equals(veld) && !"bronId".equals(veld)) {
            throw new IllegalArgumentException(veld);
        }
        return update("status = ?1, afgehandeldOp = ?2 where soort = ?3 and " + veld + " = ?4 and status = ?5",
                TaakStatus.AFGEHANDELD, now, soort, id, TaakStatus.OPEN);
    }
}
