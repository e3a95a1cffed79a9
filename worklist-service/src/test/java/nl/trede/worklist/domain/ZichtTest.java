package nl.trede.worklist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.toegang.ZaakRegie;
import org.junit.jupiter.api.Test;

/** The access rule of the werkvoorraad (README "Tokens and roles", worklist-service/README.md "Access"). */
class ZichtTest {

    private static final UUID KLANT = UUID.randomUUID();

    static Werkitem item(String rol, String team, String toegewezenAan) {
        return new Werkitem(Bron.CASEWORK, KLANT, "taak:" + UUID.randomUUID(), "casework.taak", "Taak", null,
                LocalDate.of(2027, 1, 27), null, "open", rol, team, toegewezenAan, null, "/api/casework/v1/taken/x");
    }

    private static final Zicht KM = new Zicht("km-a", Set.of("team-werk"), Set.of("klantmanager"));

    @Test
    void klantmanagerSeesTheirTeamsAndTheirOwnItems() {
        assertTrue(KM.magZien(item("klantmanager", "team-werk", null), List.of()));
        assertTrue(KM.magZien(item("klantmanager", "team-zorg", "km-a"), List.of()), "assigned to them");
        assertFalse(KM.magZien(item("klantmanager", "team-zorg", "km-b"), List.of()), "another team's");
        assertFalse(KM.magZien(item("handhaver", "team-zorg", null), List.of()));
    }

    @Test
    void anItemWithoutTeamFollowsTheKlantsZaak() {
        Werkitem zonderTeam = item("klantmanager", null, null);
        assertTrue(KM.magZien(zonderTeam, List.of(new ZaakRegie(UUID.randomUUID(), KLANT, "team-werk", null, false))));
        assertTrue(KM.magZien(zonderTeam, List.of(new ZaakRegie(UUID.randomUUID(), KLANT, "team-zorg", "km-a", false))),
                "their regie");
        assertFalse(KM.magZien(zonderTeam, List.of(new ZaakRegie(UUID.randomUUID(), KLANT, "team-zorg", "km-b",
                false))));
        assertFalse(KM.magZien(zonderTeam, List.of()), "a klant without a zaak of theirs");
        assertFalse(KM.magZien(item("handhaver", null, null), List.of(new ZaakRegie(UUID.randomUUID(), KLANT,
                "team-werk", null, false))), "a role queue's work stays in the queue");
    }

    @Test
    void roleQueuesForIntakeAndHandhaving() {
        Zicht im = new Zicht("im", Set.of(), Set.of("intake-medewerker"));
        Zicht hh = new Zicht("hh", Set.of("team-werk"), Set.of("handhaver"));
        assertTrue(im.magZien(item("intake-medewerker", null, null), List.of()));
        assertFalse(im.magZien(item("klantmanager", "team-werk", null), List.of()));
        assertTrue(hh.magZien(item("handhaver", "team-zorg", null), List.of()));
        assertFalse(hh.magZien(item("klantmanager", "team-werk", null), List.of()), "teams do not count for a handhaver");
    }

    @Test
    void otherRolesSeeNothing() {
        Zicht bm = new Zicht("bm", Set.of("team-werk"), Set.of("beleidsmedewerker"));
        assertFalse(bm.magZien(item("klantmanager", "team-werk", "bm"), List.of()));
        assertEquals("(1 = 0)", bm.sql("w", new HashMap<>()));
    }

    @Test
    void sqlNamesTheSameConditions() {
        Map<String, Object> params = new HashMap<>();
        String sql = new Zicht("tl", Set.of(), Set.of("teamleider", "handhaver")).sql("w", params);
        assertTrue(sql.contains("w.rol IN (:zichtRollen)") && sql.contains("w.team IN (:zichtTeams)"), sql);
        assertEquals(Set.of(""), params.get("zichtTeams"), "no teams: a team that cannot exist");
        assertEquals(Set.of("handhaver"), params.get("zichtRollen"));
    }
}
