package nl.trede.platform.toegang;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which klanten a caller may see and act for in a service that keeps a klant's records outside casework (enforcement,
 * the participation ladder): the per-record rule of README "Tokens and roles". Plain rules, no framework.
 *
 * <p>A klantmanager works for the klanten of their own caseload and of their teams, the same reach casework gives them
 * (a klantmanager sees the zaken they are regisseur of and the zaken of their teams). Here that reach is carried over
 * to the klant's other records: a klantmanager may read a klant's records when the klant has a casework zaak whose
 * team is in the caller's {@code teams} claim or whose regisseur is the caller; they may act (register, take a step,
 * record a meting) only through such a zaak that is still open. A closed zaak keeps read access for its team and
 * regisseur — they answer for what was done under their regie (questions, bezwaar against a besluit taken then) — but
 * no longer lets them act: after closing, nobody of that team holds the regie, and a new step belongs to the team of the
 * klant's current zaak or to a handhaver.
 *
 * <p>Every other caller the operation's role admits (handhaver, teamleider, a Trede service, and the roles of the
 * feed, reports and catalogues) keeps municipality-wide access ({@code volledig}). A caller that also holds
 * handhaver, teamleider or trede-service besides klantmanager is municipality-wide.
 *
 * @param wie      the caller's user id as casework records a regisseur (the token's principal name)
 * @param teams    the caller's teams (the token's teams claim), never null
 * @param volledig municipality-wide
 */
public record KlantInzage(String wie, Set<String> teams, boolean volledig) {

    public KlantInzage {
        teams = Set.copyOf(teams);
    }

    public static KlantInzage gemeentebreed(String wie) {
        return new KlantInzage(wie, Set.of(), true);
    }

    /** The caller's own zaak: its regisseur, or one of their teams. */
    public boolean eigen(ZaakRegie zaak) {
        return (zaak.regisseur() != null && zaak.regisseur().equals(wie))
                || (zaak.team() != null && teams.contains(zaak.team()));
    }

    /** May read the records of a klant with these zaken. */
    public boolean magLezen(Collection<ZaakRegie> zakenVanKlant) {
        return volledig || zakenVanKlant.stream().anyMatch(this::eigen);
    }

    /** May act on the records of a klant with these zaken: only through an open zaak. */
    public boolean magHandelen(Collection<ZaakRegie> zakenVanKlant) {
        return volledig || zakenVanKlant.stream().anyMatch(z -> !z.afgesloten() && eigen(z));
    }

    /**
     * {@link #magLezen} as a native SQL condition on the klant id expression {@code klantId} (e.g. {@code "klant_id"}),
     * on the {@code zaak_toegang} projection; its parameters are added to {@code params}. Lists filter with it in their
     * query, so paging and totals count only what the caller may see.
     */
    public String sql(String klantId, Map<String, Object> params) {
        if (volledig) {
            return "1 = 1";
        }
        zetParameters(params);
        return klantId + " IN (SELECT zt.klant_id FROM zaak_toegang zt WHERE zt.regisseur = :inzageWie "
                + "OR zt.team IN (:inzageTeams))";
    }

    /** {@link #sql} in JPQL, for a service that maps {@code zaak_toegang} as the entity {@code ZaakToegang}. */
    public String jpql(String klantId, Map<String, Object> params) {
        if (volledig) {
            return "1 = 1";
        }
        zetParameters(params);
        return klantId + " in (select zt.klantId from ZaakToegang zt where zt.regisseur = :inzageWie "
                + "or zt.team in :inzageTeams)";
    }

    private void zetParameters(Map<String, Object> params) {
        params.put("inzageWie", wie);
        // An empty IN list is not valid SQL; a team name that cannot exist stands in for none.
        params.put("inzageTeams", teams.isEmpty() ? Set.of("") : teams);
    }
}
