package nl.trede.worklist.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The werkvoorraad read model: applies the services' snapshots (docs/contracts/werkitems.md) and answers the list and
 * the counts, filtered by the caller's {@link Zicht} in the query itself.
 */
@ApplicationScoped
public class Werkvoorraad {

    static final String KOLOMMEN = "w.bron, w.klant_id, w.item_id, w.soort, w.omschrijving, w.zaak_id, w.vervaldatum, "
            + "w.grondslag, w.status, w.rol, w.team, w.toegewezen_aan, w.klantgroep, w.pad";

    private final EntityManager em;
    private final Signaleringen signaleringen;

    public Werkvoorraad(EntityManager em, Signaleringen signaleringen) {
        this.em = em;
        this.signaleringen = signaleringen;
    }

    /**
     * Applies a snapshot in the caller's transaction (the consumer's, with its inbox row): when its volgnummer is higher
     * than the one held, the klant's items of that bron are replaced by the snapshot's (an empty list removes them all)
     * and the signaleringen of newly assigned work and offered overdrachten are stored. Returns false when the
     * snapshot is not newer and was ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean verwerk(Snapshot snapshot) {
        int vervangen = em.createNativeQuery("INSERT INTO werkitem_snapshot (bron, klant_id, volgnummer, event_tijd) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (bron, klant_id) DO UPDATE SET "
                        + "volgnummer = EXCLUDED.volgnummer, event_tijd = EXCLUDED.event_tijd "
                        + "WHERE werkitem_snapshot.volgnummer < EXCLUDED.volgnummer")
                .setParameter(1, snapshot.bron().code()).setParameter(2, snapshot.klantId())
                .setParameter(3, snapshot.volgnummer()).setParameter(4, Timestamp.from(snapshot.tijd()))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO bron_stand (bron, bijgewerkt_tot) VALUES (?1, ?2) ON CONFLICT (bron) DO UPDATE "
                        + "SET bijgewerkt_tot = GREATEST(bron_stand.bijgewerkt_tot, EXCLUDED.bijgewerkt_tot)")
                .setParameter(1, snapshot.bron().code()).setParameter(2, Timestamp.from(snapshot.tijd()))
                .executeUpdate();
        if (vervangen == 0) {
            return false;
        }
        List<Werkitem> oud = vanKlant(snapshot.bron(), snapshot.klantId());
        em.createNativeQuery("DELETE FROM werkitem WHERE bron = ?1 AND klant_id = ?2")
                .setParameter(1, snapshot.bron().code()).setParameter(2, snapshot.klantId()).executeUpdate();
        for (Werkitem w : snapshot.werkitems()) {
            em.createNativeQuery("INSERT INTO werkitem (bron, klant_id, item_id, soort, omschrijving, zaak_id, "
                            + "vervaldatum, grondslag, status, rol, team, toegewezen_aan, klantgroep, pad) VALUES "
                            + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                    .setParameter(1, w.bron().code()).setParameter(2, w.klantId()).setParameter(3, w.id())
                    .setParameter(4, w.soort()).setParameter(5, w.omschrijving()).setParameter(6, w.zaakId())
                    .setParameter(7, w.vervaldatum()).setParameter(8, w.grondslag()).setParameter(9, w.status())
                    .setParameter(10, w.rol()).setParameter(11, w.team()).setParameter(12, w.toegewezenAan())
                    .setParameter(13, w.klantgroep()).setParameter(14, w.pad()).executeUpdate();
        }
        signaleringen.opslaan(SignaleringRegels.bijSnapshot(oud, snapshot.werkitems()));
        return true;
    }

    /** The items held for (bron, klant). */
    @SuppressWarnings("unchecked")
    List<Werkitem> vanKlant(Bron bron, UUID klantId) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + KOLOMMEN + " FROM werkitem w WHERE w.bron = ?1 "
                + "AND w.klant_id = ?2").setParameter(1, bron.code()).setParameter(2, klantId).getResultList();
        return rows.stream().map(Werkvoorraad::item).toList();
    }

    public record Pagina(List<Werkitem> items, long totaal) {
    }

    /** One page of the items the caller sees that pass the filter, by vervaldatum then id. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Pagina pagina(WerkitemFilter filter, Zicht zicht, LocalDate vandaag, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String waar = " FROM werkitem w WHERE " + zicht.sql("w", params) + " AND " + filter.sql("w", vandaag, params);
        Query count = em.createNativeQuery("SELECT count(*)" + waar);
        params.forEach(count::setParameter);
        long totaal = ((Number) count.getSingleResult()).longValue();
        if (totaal == 0) {
            return new Pagina(List.of(), 0);
        }
        Query q = em.createNativeQuery("SELECT " + KOLOMMEN + waar
                + " ORDER BY w.vervaldatum, w.item_id, w.bron, w.klant_id");
        params.forEach(q::setParameter);
        q.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize)).setMaxResults(pageSize);
        List<Object[]> rows = q.getResultList();
        return new Pagina(rows.stream().map(Werkvoorraad::item).toList(), totaal);
    }

    /** Per soort the number of items in each {@link Venster} on {@code vandaag}, for the items the caller sees. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Map<Venster, Long>> telling(WerkitemFilter filter, Zicht zicht, LocalDate vandaag) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("SELECT w.soort, w.vervaldatum, count(*) FROM werkitem w WHERE "
                + zicht.sql("w", params) + " AND " + filter.sql("w", vandaag, params)
                + " GROUP BY w.soort, w.vervaldatum");
        params.forEach(q::setParameter);
        Map<String, Map<Venster, Long>> uit = new TreeMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            Venster v = Venster.van(datum(r[1]), vandaag);
            uit.computeIfAbsent((String) r[0], s -> new EnumMap<>(Venster.class))
                    .merge(v, ((Number) r[2]).longValue(), Long::sum);
        }
        return uit;
    }

    /** Per bron the time of the newest snapshot applied (absent: none yet). */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<Bron, Instant> actualiteit() {
        Map<Bron, Instant> uit = new EnumMap<>(Bron.class);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT bron, bijgewerkt_tot FROM bron_stand")
                .getResultList()) {
            uit.put(Bron.of((String) r[0]), tijd(r[1]));
        }
        return uit;
    }

    /** Open items due on or before {@code tot} without a signalering of their termijn kind yet (the termijn job). */
    @SuppressWarnings("unchecked")
    List<Werkitem> termijnKandidaten(LocalDate vandaag, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + KOLOMMEN + " FROM werkitem w WHERE w.status = 'open' "
                        + "AND (w.vervaldatum = ?1 AND NOT EXISTS (SELECT 1 FROM signalering s WHERE s.bron = w.bron "
                        + "AND s.item_id = w.item_id AND s.klant_id = w.klant_id AND s.soort = 'termijn-morgen') "
                        + "OR w.vervaldatum < ?2 AND NOT EXISTS (SELECT 1 FROM signalering s WHERE s.bron = w.bron "
                        + "AND s.item_id = w.item_id AND s.klant_id = w.klant_id AND s.soort = 'termijn-verlopen')) "
                        + "ORDER BY w.vervaldatum LIMIT ?3")
                .setParameter(1, vandaag.plusDays(1)).setParameter(2, vandaag).setParameter(3, max).getResultList();
        return rows.stream().map(Werkvoorraad::item).toList();
    }

    static Werkitem item(Object[] r) {
        return new Werkitem(Bron.of((String) r[0]), (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                (UUID) r[5], datum(r[6]), (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (String) r[13]);
    }

    static LocalDate datum(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static Instant tijd(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }
}
