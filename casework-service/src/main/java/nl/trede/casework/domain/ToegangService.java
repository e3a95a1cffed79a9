package nl.trede.casework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Authorisation per record (README.md#tokens-and-roles): finds the zaak a record belongs to and decides with
 * {@link ZaakInzage} whether the caller may see it. A record the caller may not see is answered exactly like a record
 * that does not exist (404), on reads and on actions alike, so nothing confirms its existence.
 */
@ApplicationScoped
public class ToegangService {

    /** A record that exists: its zaak, the zaak's klant, and whether the caller may see it. */
    public record Uitslag(UUID zaakId, UUID klantId, boolean zichtbaar) {
    }

    /** Empty when the record does not exist. */
    @Transactional
    public Optional<Uitslag> toets(Bron bron, UUID id, ZaakInzage inzage) {
        String ontvanger = null;
        UUID zaakId;
        switch (bron) {
            case ZAAK -> zaakId = id;
            case OVERDRACHT -> {
                Overdracht o = Overdracht.findById(id);
                zaakId = o == null ? null : o.zaakId;
                ontvanger = o == null ? null : o.ontvanger;
            }
            case AFWIJKING -> {
                Afwijking a = Afwijking.findById(id);
                zaakId = a == null ? null : a.zaakId;
            }
            case TRAJECT -> {
                Traject t = Traject.findById(id);
                zaakId = t == null ? null : t.zaakId;
            }
            case TAAK -> {
                Taak t = Taak.findById(id);
                zaakId = t == null ? null : t.zaakId;
            }
            case ONDERSTEUNING -> {
                Ondersteuning o = Ondersteuning.findById(id);
                zaakId = o == null ? null : o.zaakId;
                ontvanger = o == null ? null : o.aanbieder;
            }
            case BEGELEIDINGSOVERLEG -> {
                Begeleidingsoverleg b = Begeleidingsoverleg.findById(id);
                zaakId = b == null ? null : b.zaakId;
            }
            default -> throw new IllegalArgumentException(bron.name());
        }
        if (zaakId == null) {
            return Optional.empty();
        }
        Zaak zaak = Zaak.findById(zaakId);
        if (zaak == null) {
            return Optional.empty();
        }
        boolean zaakZichtbaar = magZien(zaak, inzage);
        // An overdracht is also its receiver's; a support relationship also its provider's (which proposes its
        // replacement). Neither shows the receiver or the provider the zaak itself.
        boolean zichtbaar = ontvanger != null ? inzage.magOverdrachtZien(zaakZichtbaar, ontvanger) : zaakZichtbaar;
        return Optional.of(new Uitslag(zaak.id, zaak.klant.klantId, zichtbaar));
    }

    /** {@link ZaakInzage#magZien} for a loaded zaak. */
    public boolean magZien(Zaak zaak, ZaakInzage inzage) {
        if (inzage.volledig()) {
            return true;
        }
        if (!inzage.zaken()) {
            return false;
        }
        Set<String> open = Set.copyOf(Zaak.getEntityManager().createQuery("select o.ontvanger from Overdracht o "
                        + "where o.zaakId = :zaak and o.status in :open", String.class)
                .setParameter("zaak", zaak.id).setParameter("open", OverdrachtStatus.OPEN).getResultList());
        return inzage.magZien(zaak.team, zaak.regisseur, open);
    }

    /**
     * {@link ZaakInzage#magZien} as a JPQL condition on the zaak id expression {@code zaakId} (e.g. {@code "id"} in a
     * zaak query, {@code "zaakId"} in a query of what hangs under a zaak), with its parameters added to
     * {@code params}. Lists filter with it in the query, so paging and totals count only what the caller may see.
     */
    public static String zichtbaar(String zaakId, ZaakInzage inzage, Map<String, Object> params) {
        if (inzage.volledig()) {
            return "1 = 1";
        }
        if (!inzage.zaken()) {
            return "1 = 0";
        }
        params.put("inzageWie", inzage.wie());
        // An empty IN list is not valid JPQL; a team name that cannot exist stands in for none.
        params.put("inzageTeams", inzage.teams().isEmpty() ? Set.of("") : inzage.teams());
        params.put("inzageOpen", OverdrachtStatus.OPEN);
        params.put("inzageOntvangers", inzage.ontvangers());
        return zaakId + " in (select z.id from Zaak z where z.regisseur = :inzageWie or z.team in :inzageTeams) or "
                + zaakId + " in (select o.zaakId from Overdracht o where o.status in :inzageOpen "
                + "and o.ontvanger in :inzageOntvangers)";
    }

    /**
     * The klant of the zaak the record {@code id} of kind {@code bron} leads to, for the audit record; null when there
     * is none (the call then failed with a 404 anyway).
     */
    public static UUID klantVan(Bron bron, UUID id) {
        UUID zaakId = switch (bron) {
            case ZAAK -> id;
            case OVERDRACHT -> zaakVan(Overdracht.<Overdracht>findById(id), o -> o.zaakId);
            case AFWIJKING -> zaakVan(Afwijking.<Afwijking>findById(id), a -> a.zaakId);
            case TRAJECT -> zaakVan(Traject.<Traject>findById(id), t -> t.zaakId);
            case TAAK -> zaakVan(Taak.<Taak>findById(id), t -> t.zaakId);
            case ONDERSTEUNING -> zaakVan(Ondersteuning.<Ondersteuning>findById(id), o -> o.zaakId);
            case BEGELEIDINGSOVERLEG -> zaakVan(Begeleidingsoverleg.<Begeleidingsoverleg>findById(id), b -> b.zaakId);
        };
        if (zaakId == null) {
            return null;
        }
        Zaak zaak = Zaak.findById(zaakId);
        return zaak == null ? null : zaak.klant.klantId;
    }

    /** The klant of each zaak (for the audit records of a list of a zaak's sub-resources across zaken). */
    public static Map<UUID, UUID> klantPerZaak(java.util.Collection<UUID> zaakIds) {
        Map<UUID, UUID> map = new java.util.HashMap<>();
        if (!zaakIds.isEmpty()) {
            Zaak.getEntityManager().createQuery("select z.id, z.klant.klantId from Zaak z where z.id in :ids",
                            Object[].class)
                    .setParameter("ids", Set.copyOf(zaakIds)).getResultList()
                    .forEach(row -> map.put((UUID) row[0], (UUID) row[1]));
        }
        return map;
    }

    private static <T> UUID zaakVan(T entity, java.util.function.Function<T, UUID> zaakId) {
        return entity == null ? null : zaakId.apply(entity);
    }
}
