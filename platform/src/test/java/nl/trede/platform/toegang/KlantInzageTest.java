package nl.trede.platform.toegang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The per-record rule of README "Tokens and roles" for enforcement and the ladder: a klantmanager reaches a klant's
 * records through a casework zaak of their teams or with them as regisseur (the reach casework gives them, AVG art. 5
 * lid 1 sub c: only the data needed for the task; art. 25: by default only what the task needs); acting needs an open
 * zaak; every other admitted role is municipality-wide.
 */
class KlantInzageTest {

    static final UUID KLANT = UUID.randomUUID();

    static ZaakRegie zaak(String team, String regisseur, boolean afgesloten) {
        return new ZaakRegie(UUID.randomUUID(), KLANT, team, regisseur, afgesloten);
    }

    final KlantInzage kmWerk = new KlantInzage("km-anna", Set.of("team-werk"), false);

    @Test
    void aKlantmanagerOfTheZaaksTeamReadsAndActs() {
        List<ZaakRegie> zaken = List.of(zaak("team-werk", null, false));
        assertTrue(kmWerk.magLezen(zaken));
        assertTrue(kmWerk.magHandelen(zaken));
    }

    @Test
    void theRegisseurReadsAndActsAlsoOutsideTheirTeams() {
        List<ZaakRegie> zaken = List.of(zaak("team-zorg", "km-anna", false));
        assertTrue(kmWerk.magLezen(zaken));
        assertTrue(kmWerk.magHandelen(zaken));
    }

    @Test
    void aKlantmanagerOfAnotherTeamNeitherReadsNorActs() {
        List<ZaakRegie> zaken = List.of(zaak("team-zorg", "km-bert", false));
        assertFalse(kmWerk.magLezen(zaken));
        assertFalse(kmWerk.magHandelen(zaken));
    }

    @Test
    void aKlantWithoutAnyZaakIsNobodysCaseload() {
        assertFalse(kmWerk.magLezen(List.of()));
        assertFalse(kmWerk.magHandelen(List.of()));
        assertFalse(new KlantInzage("km-x", Set.of(), false).magLezen(List.of(zaak(null, null, false))));
    }

    @Test
    void aClosedZaakKeepsReadingButNotActing() {
        List<ZaakRegie> zaken = List.of(zaak("team-werk", null, true));
        assertTrue(kmWerk.magLezen(zaken));
        assertFalse(kmWerk.magHandelen(zaken));
        // ... unless the klant has an open zaak of theirs as well
        assertTrue(kmWerk.magHandelen(List.of(zaak("team-werk", null, true), zaak(null, "km-anna", false))));
    }

    @Test
    void oneOfTheKlantsZakenSuffices() {
        List<ZaakRegie> zaken = List.of(zaak("team-zorg", "km-bert", false), zaak("team-werk", null, false));
        assertTrue(kmWerk.magLezen(zaken));
    }

    @Test
    void municipalityWideRolesSeeEveryKlant() {
        KlantInzage handhaver = KlantInzage.gemeentebreed("hh");
        assertTrue(handhaver.magLezen(List.of()));
        assertTrue(handhaver.magHandelen(List.of(zaak("team-zorg", "km-bert", true))));
        Map<String, Object> params = new HashMap<>();
        assertEquals("1 = 1", handhaver.sql("klant_id", params));
        assertEquals("1 = 1", handhaver.jpql("klantId", params));
        assertTrue(params.isEmpty());
    }

    @Test
    void listsFilterInTheQuery() {
        Map<String, Object> params = new HashMap<>();
        String sql = kmWerk.sql("v.klant_id", params);
        assertTrue(sql.startsWith("v.klant_id IN (SELECT zt.klant_id FROM zaak_toegang zt"), sql);
        assertEquals("km-anna", params.get("inzageWie"));
        assertEquals(Set.of("team-werk"), params.get("inzageTeams"));
        Map<String, Object> geen = new HashMap<>();
        new KlantInzage("km-x", Set.of(), false).jpql("klantId", geen);
        assertEquals(Set.of(""), geen.get("inzageTeams"), "an empty IN list is replaced by an impossible team");
    }
}
