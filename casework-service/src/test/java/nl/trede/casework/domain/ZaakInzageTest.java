package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** README.md#tokens-and-roles: a klantmanager sees only zaken of their caseload or teams, unless teamleider. */
class ZaakInzageTest {

    private static final ZaakInzage KM_A = new ZaakInzage("km-a", Set.of("team-werk"), false);

    @Test
    void eigenCaseloadEnEigenTeam() {
        assertTrue(KM_A.magZien("team-jongeren", "km-a", Set.of()), "regisseur, whatever the team");
        assertTrue(KM_A.magZien("team-werk", null, Set.of()), "the own team's queue");
        assertTrue(KM_A.magZien("team-werk", "km-b", Set.of()), "a colleague's zaak in the own team");
    }

    @Test
    void anderTeamNiet() {
        assertFalse(KM_A.magZien("team-jongeren", "km-j", Set.of()));
        assertFalse(KM_A.magZien("team-jongeren", null, Set.of()));
        assertFalse(new ZaakInzage("km-z", Set.of(), false).magZien("team-werk", null, Set.of()),
                "no teams claim: the own caseload only");
    }

    @Test
    void eenOpenOverdrachtAanMijOfMijnTeam() {
        assertTrue(KM_A.magZien("team-jongeren", "km-j", Set.of("km-a")));
        assertTrue(KM_A.magZien("team-jongeren", "km-j", Set.of("team-werk")));
        assertFalse(KM_A.magZien("team-jongeren", "km-j", Set.of("team-zorg")));
    }

    @Test
    void volledigeInzageZietAlles() {
        assertTrue(ZaakInzage.volledig("tl-x").magZien("team-jongeren", "km-j", Set.of()));
    }
}
