package nl.trede.worklist.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.problem.ProblemException;

/**
 * Saved views per user. A view belongs to the user who made it: another user's view does not exist for the caller
 * (404), whatever their role. A name is unique per user (409).
 */
@ApplicationScoped
public class Weergaven {

    private static final String KOLOMMEN = "id, naam, toegewezen_aan, team, rol, soort, klant_id, klantgroep, venster, "
            + "versie, aangemaakt_op";

    private final EntityManager em;
    private final Clock clock;
    private final IdempotencyKeys idempotency;

    public Weergaven(EntityManager em, Clock clock, IdempotencyKeys idempotency) {
        this.em = em;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    /** Creates a view; with an {@code Idempotency-Key} a retry returns the first view (created false). */
    @Transactional
    public IdempotencyKeys.Result maak(String eigenaar, String naam, WerkitemFilter filter, String idempotencyKey,
                                       Object verzoek) {
        return idempotency.create("weergave:" + eigenaar, idempotencyKey, verzoek,
                () -> maak(eigenaar, naam, filter).id());
    }

    @Transactional
    public Weergave maak(String eigenaar, String naam, WerkitemFilter filter) {
        uniekeNaam(eigenaar, naam, null);
        UUID id = UUID.randomUUID();
        Instant nu = Instant.now(clock);
        em.createNativeQuery("INSERT INTO weergave (id, eigenaar, naam, toegewezen_aan, team, rol, soort, klant_id, "
                        + "klantgroep, venster, versie, aangemaakt_op) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11)")
                .setParameter(1, id).setParameter(2, eigenaar).setParameter(3, naam)
                .setParameter(4, filter.toegewezenAan()).setParameter(5, filter.team()).setParameter(6, filter.rol())
                .setParameter(7, filter.soort()).setParameter(8, filter.klantId()).setParameter(9, filter.klantgroep())
                .setParameter(10, filter.venster() == null ? null : filter.venster().code())
                .setParameter(11, Timestamp.from(nu)).executeUpdate();
        return new Weergave(id, naam, filter, 1, nu);
    }

    public record Pagina(List<Weergave> items, long totaal) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Pagina lijst(String eigenaar, int page, int pageSize) {
        long totaal = ((Number) em.createNativeQuery("SELECT count(*) FROM weergave WHERE eigenaar = ?1")
                .setParameter(1, eigenaar).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("SELECT " + KOLOMMEN + " FROM weergave WHERE eigenaar = ?1 "
                        + "ORDER BY naam, id").setParameter(1, eigenaar)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize))
                .setMaxResults(pageSize).getResultList();
        return new Pagina(rows.stream().map(Weergaven::weergave).toList(), totaal);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Weergave> vind(String eigenaar, UUID id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + KOLOMMEN + " FROM weergave WHERE id = ?1 AND eigenaar = ?2")
                .setParameter(1, id).setParameter(2, eigenaar).getResultList();
        return rows.stream().map(Weergaven::weergave).findFirst();
    }

    /**
     * Replaces name and filters. {@code verwachteVersie} (from {@code If-Match}) null: unconditional; another version:
     * 412. Empty when the caller has no such view.
     */
    @Transactional
    public Optional<Weergave> wijzig(String eigenaar, UUID id, String naam, WerkitemFilter filter,
                                     Long verwachteVersie) {
        Optional<Weergave> huidig = vind(eigenaar, id);
        if (huidig.isEmpty()) {
            return huidig;
        }
        if (verwachteVersie != null && verwachteVersie != huidig.get().versie()) {
            throw ProblemException.preconditionFailed("The view was changed since version " + verwachteVersie
                    + "; it is now version " + huidig.get().versie() + ".");
        }
        uniekeNaam(eigenaar, naam, id);
        em.createNativeQuery("UPDATE weergave SET naam = ?1, toegewezen_aan = ?2, team = ?3, rol = ?4, soort = ?5, "
                        + "klant_id = ?6, klantgroep = ?7, venster = ?8, versie = versie + 1 WHERE id = ?9")
                .setParameter(1, naam).setParameter(2, filter.toegewezenAan()).setParameter(3, filter.team())
                .setParameter(4, filter.rol()).setParameter(5, filter.soort()).setParameter(6, filter.klantId())
                .setParameter(7, filter.klantgroep())
                .setParameter(8, filter.venster() == null ? null : filter.venster().code())
                .setParameter(9, id).executeUpdate();
        return vind(eigenaar, id);
    }

    @Transactional
    public boolean verwijder(String eigenaar, UUID id) {
        return em.createNativeQuery("DELETE FROM weergave WHERE id = ?1 AND eigenaar = ?2").setParameter(1, id)
                .setParameter(2, eigenaar).executeUpdate() > 0;
    }

    private void uniekeNaam(String eigenaar, String naam, UUID behalve) {
        Number n = (Number) em.createNativeQuery("SELECT count(*) FROM weergave WHERE eigenaar = ?1 AND naam = ?2 "
                        + "AND (CAST(?3 AS uuid) IS NULL OR id <> CAST(?3 AS uuid))")
                .setParameter(1, eigenaar).setParameter(2, naam).setParameter(3, behalve).getSingleResult();
        if (n.longValue() > 0) {
            throw ProblemException.conflict("naam-bestaat", "You already have a view named like this.", null);
        }
    }

    static Weergave weergave(Object[] r) {
        String venster = (String) r[8];
        Venster v = null;
        for (Venster c : Venster.values()) {
            if (c.code().equals(venster)) {
                v = c;
            }
        }
        return new Weergave((UUID) r[0], (String) r[1], new WerkitemFilter((String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (UUID) r[6], (String) r[7], v), ((Number) r[9]).intValue(), Werkvoorraad.tijd(r[10]));
    }
}
