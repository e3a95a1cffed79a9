package nl.trede.casework.domain;

import java.util.Set;

/**
 * Who may see a zaak and what hangs under it (README "Tokens and roles", DESIGN.md "Security and privacy": "a
 * klantmanager sees only zaken of their team/caseload unless teamleider"). Plain rules, no framework.
 *
 * <p>A viewer with full inzage (teamleider; intake-medewerker, who follows a doorgezette melding; a Trede service)
 * sees every zaak. A klantmanager sees a zaak when they are its regisseur, when it belongs to one of their teams (so
 * the team queue is theirs to take from), or when an open overdracht offers it to them or to one of their teams (they
 * must read it before the kennismaking).
 *
 * @param wie      the viewer's user id (the token subject)
 * @param teams    the viewer's teams (the token's teams claim), never null
 * @param volledig true for a role with full inzage
 */
public record ZaakInzage(String wie, Set<String> teams, boolean volledig) {

    public ZaakInzage {
        teams = Set.copyOf(teams);
    }

    public static ZaakInzage volledig(String wie) {
        return new ZaakInzage(wie, Set.of(), true);
    }

    /** @param openOntvangers the ontvangers of the zaak's open overdrachten */
    public boolean magZien(String team, String regisseur, Set<String> openOntvangers) {
        if (volledig || wie.equals(regisseur) || (team != null && teams.contains(team))) {
            return true;
        }
        return openOntvangers.contains(wie) || openOntvangers.stream().anyMatch(teams::contains);
    }

    /** The ontvangers whose open overdrachten make a zaak visible to this viewer. */
    public Set<String> ontvangers() {
        java.util.Set<String> all = new java.util.HashSet<>(teams);
        all.add(wie);
        return all;
    }
}
