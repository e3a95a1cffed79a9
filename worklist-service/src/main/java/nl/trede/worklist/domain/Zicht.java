package nl.trede.worklist.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.ZaakRegie;

/**
 * Which werkitems a caller sees (README "Tokens and roles", worklist-service/README.md "Access"): plain rules on the
 * caller's user id, teams claim and roles.
 * <ul>
 *   <li>a klantmanager or teamleider: the items whose {@code team} is one of their teams, the items assigned to them,
 *       and an item for their roles ({@code rol} klantmanager or teamleider) without a team, of a klant whose casework
 *       zaak is of one of their teams or has them as regisseur (the reach casework gives them, carried over as
 *       enforcement and the ladder do); the work of the intake and handhaving role queues stays in those queues;</li>
 *   <li>an intake-medewerker: the items for that role ({@code rol = intake-medewerker});</li>
 *   <li>a handhaver: the items for that role ({@code rol = handhaver}).</li>
 * </ul>
 * A caller with several roles sees the union. Any other role sees nothing (the API answers 403 before this).
 *
 * @param wie   the caller's user id (the token's principal name, as producers fill {@code toegewezenAan})
 * @param teams the caller's teams (the token's teams claim)
 * @param rollen the caller's Trede roles
 */
public record Zicht(String wie, Set<String> teams, Set<String> rollen) {

    /** The roles whose work without a team follows the klant's zaak. */
    static final Set<String> PER_TEAM_ROLLEN = Set.of(Roles.KLANTMANAGER, Roles.TEAMLEIDER);

    public Zicht {
        teams = Set.copyOf(teams);
        rollen = Set.copyOf(rollen);
    }

    /** Sees work by team and assignment. */
    public boolean perTeam() {
        return rollen.contains(Roles.KLANTMANAGER) || rollen.contains(Roles.TEAMLEIDER);
    }

    /** The roles whose items this caller sees as a role queue. */
    public Set<String> rolWachtrijen() {
        return rollen.stream().filter(r -> r.equals(Roles.INTAKE_MEDEWERKER) || r.equals(Roles.HANDHAVER))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** May the caller see this item of a klant with these casework zaken? */
    public boolean magZien(Werkitem item, Collection<ZaakRegie> zakenVanKlant) {
        if (rolWachtrijen().contains(item.rol())) {
            return true;
        }
        if (!perTeam()) {
            return false;
        }
        if (item.team() != null) {
            return teams.contains(item.team()) || wie.equals(item.toegewezenAan());
        }
        return wie.equals(item.toegewezenAan()) || (PER_TEAM_ROLLEN.contains(item.rol())
                && zakenVanKlant.stream().anyMatch(z -> wie.equals(z.regisseur())
                || (z.team() != null && teams.contains(z.team()))));
    }

    /**
     * {@link #magZien} as a native SQL condition on the werkitem alias {@code w}; its parameters are added to
     * {@code params}. Lists and counts filter with it in their query, so paging and totals count only what the
     * caller sees.
     */
    public String sql(String w, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("(1 = 0");
        Set<String> wachtrijen = rolWachtrijen();
        if (!wachtrijen.isEmpty()) {
            params.put("zichtRollen", wachtrijen);
            sql.append(" OR ").append(w).append(".rol IN (:zichtRollen)");
        }
        if (perTeam()) {
            params.put("zichtWie", wie);
            // An empty IN list is not valid SQL; a team name that cannot exist stands in for none.
            params.put("zichtTeams", teams.isEmpty() ? Set.of("") : teams);
            sql.append(" OR ").append(w).append(".toegewezen_aan = :zichtWie")
                    .append(" OR ").append(w).append(".team IN (:zichtTeams)")
                    .append(" OR (").append(w).append(".team IS NULL AND ").append(w)
                    .append(".rol IN ('klantmanager', 'teamleider') AND ").append(w)
                    .append(".klant_id IN (SELECT zt.klant_id FROM zaak_toegang zt WHERE zt.regisseur = :zichtWie"
                            + " OR zt.team IN (:zichtTeams)))");
        }
        return sql.append(')').toString();
    }
}
