package nl.trede.worklist.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signaleringen store: decided by {@link SignaleringRegels}, stored once per item, kind and recipient, read per
 * user (what reaches them by {@link Ontvanger#bereikt}, of the kinds in their voorkeuren) with a read mark per user.
 */
@ApplicationScoped
public class Signaleringen {

    private static final String KOLOMMEN = "s.id, s.volgnummer, s.soort, s.ontvanger_soort, s.ontvanger, s.bron, "
            + "s.klant_id, s.item_id, s.werkitem_soort, s.zaak_id, s.vervaldatum, s.pad, s.aangemaakt_op";

    private final EntityManager em;
    private final Clock clock;

    public Signaleringen(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Stores new signaleringen in the caller's transaction; one already given (same item, kind, recipient) is skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int opslaan(Collection<NieuweSignalering> nieuw) {
        int n = 0;
        for (NieuweSignalering s : nieuw) {
            n += em.createNativeQuery("INSERT INTO signalering (id, soort, ontvanger_soort, ontvanger, bron, klant_id, "
                            + "item_id, werkitem_soort, zaak_id, vervaldatum, pad, aangemaakt_op) VALUES (?1, ?2, ?3, ?4, "
                            + "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT ON CONSTRAINT signalering_eenmalig DO NOTHING")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, s.soort().code())
                    .setParameter(3, s.ontvanger().soort().name().toLowerCase(java.util.Locale.ROOT))
                    .setParameter(4, s.ontvanger().waarde()).setParameter(5, s.bron().code())
                    .setParameter(6, s.klantId()).setParameter(7, s.itemId()).setParameter(8, s.werkitemSoort())
                    .setParameter(9, s.zaakId()).setParameter(10, s.vervaldatum()).setParameter(11, s.pad())
                    .setParameter(12, Timestamp.from(Instant.now(clock))).executeUpdate();
        }
        return n;
    }

    /** The condition "reaches the caller and is of one of their kinds" on the signalering alias {@code s}. */
    private static String bereik(Zicht zicht, Set<SignaleringSoort> soorten, Map<String, Object> params) {
        params.put("sWie", zicht.wie());
        params.put("sSoorten", soorten.isEmpty() ? Set.of("") : soorten.stream().map(SignaleringSoort::code)
                .collect(Collectors.toSet()));
        StringBuilder sql = new StringBuilder("s.soort IN (:sSoorten) AND ((s.ontvanger_soort = 'gebruiker' "
                + "AND s.ontvanger = :sWie)");
        if (zicht.perTeam() && !zicht.teams().isEmpty()) {
            params.put("sTeams", zicht.teams());
            sql.append(" OR (s.ontvanger_soort = 'team' AND s.ontvanger IN (:sTeams))");
        }
        if (!zicht.rolWachtrijen().isEmpty()) {
            params.put("sRollen", zicht.rolWachtrijen());
            sql.append(" OR (s.ontvanger_soort = 'rol' AND s.ontvanger IN (:sRollen))");
        }
        return sql.append(')').toString();
    }

    public record Pagina(List<Signalering> items, long totaal) {
    }

    /** One page of the caller's signaleringen, newest first; {@code gelezen} null: read and unread. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Pagina pagina(Zicht zicht, Boolean gelezen, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String waar = " FROM signalering s WHERE " + bereik(zicht, voorkeuren(zicht.wie()), params);
        if (gelezen != null) {
            waar += (gelezen ? " AND" : " AND NOT") + " EXISTS (SELECT 1 FROM signalering_gelezen g "
                    + "WHERE g.signalering_id = s.id AND g.gebruiker = :sWie)";
        }
        Query count = em.createNativeQuery("SELECT count(*)" + waar);
        params.forEach(count::setParameter);
        long totaal = ((Number) count.getSingleResult()).longValue();
        Query q = em.createNativeQuery("SELECT " + KOLOMMEN + ", EXISTS (SELECT 1 FROM signalering_gelezen g WHERE "
                + "g.signalering_id = s.id AND g.gebruiker = :sWie)" + waar + " ORDER BY s.volgnummer DESC");
        params.forEach(q::setParameter);
        q.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize)).setMaxResults(pageSize);
        List<Object[]> rows = q.getResultList();
        return new Pagina(rows.stream().map(Signaleringen::signalering).toList(), totaal);
    }

    /**
     * The caller's signaleringen after {@code volgnummer}, oldest first (the stream), at most {@code max}; the kinds of
     * their voorkeuren only.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Signalering> sinds(Zicht zicht, long volgnummer, int max) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("SELECT " + KOLOMMEN + ", false FROM signalering s WHERE s.volgnummer > :sVanaf "
                + "AND " + bereik(zicht, voorkeuren(zicht.wie()), params) + " ORDER BY s.volgnummer");
        params.put("sVanaf", volgnummer);
        params.forEach(q::setParameter);
        q.setMaxResults(max);
        return ((List<Object[]>) q.getResultList()).stream().map(Signaleringen::signalering).toList();
    }

    /** The highest volgnummer stored (0: none). */
    @Transactional
    public long hoogsteVolgnummer() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(max(volgnummer), 0) FROM signalering")
                .getSingleResult()).longValue();
    }

    /**
     * Marks a signalering read for the caller. Empty when it does not reach the caller (404: nothing confirms that it
     * exists); marking it again changes nothing.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Signalering> markeerGelezen(UUID id, Zicht zicht) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + KOLOMMEN + ", true FROM signalering s WHERE s.id = ?1")
                .setParameter(1, id).getResultList();
        Optional<Signalering> gevonden = rows.stream().map(Signaleringen::signalering)
                .filter(s -> s.ontvanger().bereikt(zicht)).findFirst();
        gevonden.ifPresent(s -> em.createNativeQuery("INSERT INTO signalering_gelezen (signalering_id, gebruiker, "
                        + "gelezen_op) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING").setParameter(1, id)
                .setParameter(2, zicht.wie()).setParameter(3, Timestamp.from(Instant.now(clock))).executeUpdate());
        return gevonden;
    }

    /** The kinds the user receives (every kind until they chose). */
    @Transactional
    @SuppressWarnings("unchecked")
    public Set<SignaleringSoort> voorkeuren(String gebruiker) {
        List<String> rows = em.createNativeQuery("SELECT soorten FROM signalering_voorkeur WHERE gebruiker = ?1")
                .setParameter(1, gebruiker).getResultList();
        if (rows.isEmpty()) {
            return EnumSet.allOf(SignaleringSoort.class);
        }
        EnumSet<SignaleringSoort> uit = EnumSet.noneOf(SignaleringSoort.class);
        Arrays.stream(rows.get(0).split(",")).filter(s -> !s.isBlank()).map(SignaleringSoort::of).forEach(uit::add);
        return uit;
    }

    @Transactional
    public Set<SignaleringSoort> zetVoorkeuren(String gebruiker, Set<SignaleringSoort> soorten) {
        String waarde = soorten.stream().sorted().map(SignaleringSoort::code).collect(Collectors.joining(","));
        em.createNativeQuery("INSERT INTO signalering_voorkeur (gebruiker, soorten) VALUES (?1, ?2) "
                        + "ON CONFLICT (gebruiker) DO UPDATE SET soorten = EXCLUDED.soorten")
                .setParameter(1, gebruiker).setParameter(2, waarde).executeUpdate();
        return voorkeuren(gebruiker);
    }

    static Signalering signalering(Object[] r) {
        Ontvanger ontvanger = new Ontvanger(Ontvanger.Soort.valueOf(((String) r[3]).toUpperCase(java.util.Locale.ROOT)),
                (String) r[4]);
        return new Signalering((UUID) r[0], ((Number) r[1]).longValue(), SignaleringSoort.of((String) r[2]), ontvanger,
                Bron.of((String) r[5]), (UUID) r[6], (String) r[7], (String) r[8], (UUID) r[9],
                r[10] == null ? null : Werkvoorraad.datum(r[10]), (String) r[11], Werkvoorraad.tijd(r[12]),
                Boolean.TRUE.equals(r[13]));
    }
}
