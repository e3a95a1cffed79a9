package nl.trede.worklist.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.toegang.ZaakRegie;
import nl.trede.platform.toegang.ZaakToegangProjectie;

/**
 * Which zaken have active zorg (table {@code zaak_zorg}, from casework's events) and the maatregel-voorgesteld
 * signalering that follows from it ({@link SignaleringRegels#maatregel}).
 */
@ApplicationScoped
public class Zorg {

    private final EntityManager em;
    private final Signaleringen signaleringen;

    public Zorg(EntityManager em, Signaleringen signaleringen) {
        this.em = em;
        this.signaleringen = signaleringen;
    }

    /** zaak-aangemaakt's klantgroep: kept only while no klantgroep-gewijzigd was applied (order-independent). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void klantgroepBijAanmaken(UUID zaakId, String klantgroep) {
        em.createNativeQuery("INSERT INTO zaak_zorg (zaak_id, klantgroep) VALUES (?1, ?2) ON CONFLICT (zaak_id) DO UPDATE "
                        + "SET klantgroep = CASE WHEN zaak_zorg.klantgroep_op IS NULL THEN EXCLUDED.klantgroep "
                        + "ELSE zaak_zorg.klantgroep END")
                .setParameter(1, zaakId).setParameter(2, klantgroep).executeUpdate();
    }

    /** klantgroep-gewijzigd: applies when not older (CloudEvents time) than the change applied before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void klantgroepGewijzigd(UUID zaakId, String naar, Instant op) {
        em.createNativeQuery("INSERT INTO zaak_zorg (zaak_id, klantgroep, klantgroep_op) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (zaak_id) DO UPDATE SET klantgroep = EXCLUDED.klantgroep, "
                        + "klantgroep_op = EXCLUDED.klantgroep_op WHERE zaak_zorg.klantgroep_op IS NULL "
                        + "OR zaak_zorg.klantgroep_op <= EXCLUDED.klantgroep_op")
                .setParameter(1, zaakId).setParameter(2, naar).setParameter(3, Timestamp.from(op)).executeUpdate();
    }

    /** casework's actieveZorg flag of the zaak, as its latest gedraging-gemeld carried it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void actieveZorg(UUID zaakId, boolean actief) {
        em.createNativeQuery("INSERT INTO zaak_zorg (zaak_id, actieve_zorg) VALUES (?1, ?2) ON CONFLICT (zaak_id) "
                + "DO UPDATE SET actieve_zorg = EXCLUDED.actieve_zorg").setParameter(1, zaakId)
                .setParameter(2, actief).executeUpdate();
    }

    /**
     * enforcement's maatregel-voorgesteld for the klant's zaak {@code zaakId}: a signalering to its regisseur when the
     * zaak has active zorg. Returns whether one was stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public boolean maatregelVoorgesteld(UUID klantId, UUID zaakId, UUID maatregelId, UUID gedragingId,
                                        LocalDate ingangsdatum) {
        ZaakRegie zaak = ZaakToegangProjectie.zakenVan(em, klantId).stream()
                .filter(z -> z.zaakId().equals(zaakId)).findFirst().orElse(null);
        List<Object[]> zorg = em.createNativeQuery("SELECT klantgroep, actieve_zorg FROM zaak_zorg WHERE zaak_id = ?1")
                .setParameter(1, zaakId).getResultList();
        String klantgroep = zorg.isEmpty() ? null : (String) zorg.get(0)[0];
        Boolean actief = zorg.isEmpty() ? null : (Boolean) zorg.get(0)[1];
        return SignaleringRegels.maatregel(zaak, klantgroep, actief)
                .map(ontvanger -> signaleringen.opslaan(List.of(new NieuweSignalering(
                        SignaleringSoort.MAATREGEL_VOORGESTELD, ontvanger, Bron.ENFORCEMENT, klantId,
                        "maatregel:" + maatregelId, null, zaakId, ingangsdatum,
                        "/api/enforcement/v1/gedragingen/" + gedragingId))) > 0)
                .orElse(false);
    }
}
