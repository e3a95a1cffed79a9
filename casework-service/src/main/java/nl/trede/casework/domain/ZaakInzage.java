package nl.trede.casework.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * Who may see a zaak and what hangs under it, and who answers an overdracht (README.md#tokens-and-roles). Plain rules,
 * no framework.
 *
 * <p>A viewer with full inzage (teamleider; intake-medewerker, who follows a doorgezette melding; a Trede service)
 * sees every zaak. A klantmanager sees a zaak when they are its regisseur, when it belongs to one of their teams (so
 * the team queue is theirs to take from), or when an open overdracht offers it to them or to one of their teams (they
 * read it before the kennismaking). A ketenpartner sees no zaak at all: only the overdrachten offered to its
 * organisation or to the account itself.
 *
 * <p>The receiver of an overdracht is identified by its {@code ontvanger} code: the caller is the receiver when that
 * code is one of the teams in their token's teams claim (a municipal team, or a partner organisation for a
 * ketenpartner account) or their own user id (a named receiver).
 *
 * @param wie      the viewer's user id (the token subject)
 * @param teams    the viewer's teams (the token's teams claim), never null
 * @param volledig true for a role with full inzage
 * @param zaken    false for a viewer who never sees a zaak itself (a ketenpartner), only offers to them
 */
public record ZaakInzage(String wie, Set<String> teams, boolean volledig, boolean zaken) {

    public ZaakInzage {
        teams = Set.copyOf(teams);
    }

    /** A klantmanager (or another role that sees its caseload and teams). */
    public ZaakInzage(String wie, Set<String> teams, boolean volledig) {
        this(wie, teams, volledig, true);
    }

    public static ZaakInzage volledig(String wie) {
        return new ZaakInzage(wie, Set.of(), true, true);
    }

    /** A partner organisation's account: sees only what is offered to it. */
    public static ZaakInzage ketenpartner(String wie, Set<String> organisaties) {
        return new ZaakInzage(wie, organisaties, false, false);
    }

    /** @param openOntvangers the ontvangers of the zaak's open overdrachten */
    public boolean magZien(String team, String regisseur, Set<String> openOntvangers) {
        if (volledig) {
            return true;
        }
        if (!zaken) {
            return false;
        }
        if (wie.equals(regisseur) || (team != null && teams.contains(team))) {
            return true;
        }
        return openOntvangers.stream().anyMatch(this::isOntvanger);
    }

    /** The caller is the receiver named by {@code ontvanger}: a member of that team or organisation, or that user. */
    public boolean isOntvanger(String ontvanger) {
        return ontvanger != null && (wie.equals(ontvanger) || teams.contains(ontvanger));
    }

    /** An overdracht is visible to whoever sees its zaak and to its receiver, in every state. */
    public boolean magOverdrachtZien(boolean zaakZichtbaar, String ontvanger) {
        return zaakZichtbaar || isOntvanger(ontvanger);
    }

    /** The ontvanger codes that make an offer this viewer's: their teams and their own id. */
    public Set<String> ontvangers() {
        Set<String> all = new HashSet<>(teams);
        all.add(wie);
        return Set.copyOf(all);
    }
}
