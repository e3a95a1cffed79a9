package nl.trede.ladder.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RapportageTest {

    private static SortedSet<Positie> treden() {
        SortedSet<Positie> s = new TreeSet<>();
        for (int n = 1; n <= 6; n++) {
            s.add(Positie.van(n));
        }
        return s;
    }

    private static Positie p(String s) {
        return new Positie(Integer.parseInt(s.substring(0, 1)), s.contains(".") ? s : null);
    }

    @Test
    @DisplayName("requirement 'small cells suppressed': 1..4 hidden at minimum 5, 0 shown, a lone hidden cell takes the next smallest along")
    void smallCellSuppression() {
        // One small cell (4): the next smallest non-zero cell (5) is hidden with it.
        assertArrayEquals(new boolean[] {true, true, false, false}, Onderdrukking.onderdruk(new long[] {5, 4, 0, 7}, 5));
        // One small cell (3) with a published total: the next smallest non-zero (9) goes too; 0 stays visible.
        assertArrayEquals(new boolean[] {false, true, false, true, false},
                Onderdrukking.onderdruk(new long[] {133, 9, 0, 3, 12}, 5));
        // Two small cells protect each other.
        assertArrayEquals(new boolean[] {true, false, true}, Onderdrukking.onderdruk(new long[] {1, 50, 2}, 5));
        // Nothing small: nothing hidden.
        assertArrayEquals(new boolean[] {false, false}, Onderdrukking.onderdruk(new long[] {5, 0}, 5));
        // A lone small cell next to zeros only: a zero is hidden with it.
        assertArrayEquals(new boolean[] {true, true}, Onderdrukking.onderdruk(new long[] {2, 0}, 5));
        assertArrayEquals(new boolean[] {true}, Onderdrukking.onderdruk(new long[] {2}, 5));
        assertTrue(Onderdrukking.klein(4, 5) && !Onderdrukking.klein(0, 5) && !Onderdrukking.klein(5, 5));
    }

    @Test
    @DisplayName("sources H2.3: a report in another model only through the mapping rows")
    void distributionThroughTheMapping() {
        // Heemskerk 2.4 -> VNG 4 and 2.6 -> VNG 5 (sources H2.3); the rest as in V2 [D].
        Map<String, Integer> map = Map.of("1", 1, "2", 2, "2.1", 2, "2.2", 3, "2.4", 4, "2.6", 5, "3", 3);
        List<Rapportage.Telling> tellingen = List.of(new Rapportage.Telling(1, p("2.4"), 21),
                new Rapportage.Telling(1, p("2.6"), 3), new Rapportage.Telling(1, p("3"), 10),
                new Rapportage.Telling(1, p("2.2"), 9), new Rapportage.Telling(1, p("1"), 133));
        List<Rapportage.Cel> cellen = Rapportage.verdeling(tellingen,
                (model, pos) -> Positie.van(map.containsKey(pos.toString()) ? map.get(pos.toString())
                        : map.get(pos.alleenTrede().toString())), treden(), 5);
        assertEquals("1=133, 2=0, 3=null, 4=21, 5=null, 6=0", cellen.stream()
                .map(c -> c.positie() + "=" + c.aantal()).collect(Collectors.joining(", ")));
        // 5 (3 klanten) is small; the next smallest non-zero cell, 3 (9 + 10 = 19), is hidden with it.
        assertEquals(List.of(false, false, true, false, true, false),
                cellen.stream().map(Rapportage.Cel::onderdrukt).toList());
    }

    @Test
    @DisplayName("the ladder requirements: transition matrix on a hand-computed fixture, with up/down/same (sources H2.7)")
    void transitionMatrixOnAHandComputedFixture() {
        // 20 klanten on trede 1, 30 on 2.1, 8 on 2.4, 10 on 3 at the first date. At the second: 6 of trede 1 went to
        // 2.1, 5 of 2.1 went to 2.4, 7 of 2.1 fell back to 1, 3 of 2.4 went to 2.6, 2 of 3 went to 4.
        List<Rapportage.Overgang> o = List.of(
                new Rapportage.Overgang(1, p("1"), 1, p("1"), 14), new Rapportage.Overgang(1, p("1"), 1, p("2.1"), 6),
                new Rapportage.Overgang(1, p("2.1"), 1, p("2.1"), 18), new Rapportage.Overgang(1, p("2.1"), 1, p("2.4"), 5),
                new Rapportage.Overgang(1, p("2.1"), 1, p("1"), 7), new Rapportage.Overgang(1, p("2.4"), 1, p("2.4"), 5),
                new Rapportage.Overgang(1, p("2.4"), 1, p("2.6"), 3), new Rapportage.Overgang(1, p("3"), 1, p("3"), 8),
                new Rapportage.Overgang(1, p("3"), 1, p("4"), 2));
        // Trede level: 1->1 14, 1->2 6, 2->1 7, 2->2 31, 3->3 8, 3->4 2.
        Rapportage.Matrix m = Rapportage.matrix(o, (model, pos) -> pos.alleenTrede(), treden(), 5);
        assertEquals(68, m.totaal());
        assertEquals(36, m.cellen().size());
        Map<String, Rapportage.MatrixCel> cel = m.cellen().stream()
                .collect(Collectors.toMap(c -> c.van() + ">" + c.naar(), c -> c));
        assertEquals(14L, cel.get("1>1").aantal());
        assertEquals(31L, cel.get("2>2").aantal());
        assertEquals(7L, cel.get("2>1").aantal());
        assertEquals(Tijdlijn.Richting.GEDAALD, cel.get("2>1").richting());
        assertEquals(0L, cel.get("6>1").aantal());
        // Up: 1->2 (6) and 3->4 (2): 2 is small, so 6 is hidden with it; the sum 8 stays visible.
        assertTrue(cel.get("3>4").onderdrukt() && cel.get("1>2").onderdrukt());
        assertNull(cel.get("1>2").aantal());
        assertEquals(8L, m.gestegen().aantal());
        assertEquals(7L, m.gedaald().aantal());
        assertEquals(53L, m.gelijk().aantal());
        // Sub-trede level: 2.1 -> 2.4 is up, and 2.4 -> 2.6 (3) is small.
        SortedSet<Positie> sub = treden();
        for (String s : List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6")) {
            sub.add(p(s));
        }
        Rapportage.Matrix ms = Rapportage.matrix(o, (model, pos) -> pos, sub, 5);
        Map<String, Rapportage.MatrixCel> c2 = ms.cellen().stream()
                .collect(Collectors.toMap(c -> c.van() + ">" + c.naar(), c -> c));
        assertEquals(Tijdlijn.Richting.GESTEGEN, c2.get("2.1>2.4").richting());
        assertEquals(5L, c2.get("2.1>2.4").aantal());
        assertTrue(c2.get("2.4>2.6").onderdrukt() && c2.get("3>4").onderdrukt());
        assertEquals(6L, c2.get("1>2.1").aantal(), "two small up cells protect each other");
        assertEquals(16L, ms.gestegen().aantal());
        assertEquals(7L, ms.gedaald().aantal());
        assertEquals(45L, ms.gelijk().aantal());
    }

    @Test
    @DisplayName("requirement 'movement per traject type' (sources H7.4 (thesis §4.2.1): through-flow per trajectory): per voorziening up/same/down, one suppression group, sub-trede only at sub-trede level")
    void movementPerVoorziening() {
        List<Rapportage.TrajectOvergang> o = List.of(
                new Rapportage.TrajectOvergang("werkervaringsplaats", 1, p("2"), 1, p("4"), 7),
                new Rapportage.TrajectOvergang("werkervaringsplaats", 1, p("2.1"), 1, p("2.4"), 5),
                new Rapportage.TrajectOvergang("werkervaringsplaats", 1, p("3"), 1, p("2.2"), 1),
                new Rapportage.TrajectOvergang("taalcursus", 1, p("3"), 1, p("3"), 5));
        List<Rapportage.VoorzieningBeweging> trede = Rapportage.trajecten(o, (m, x) -> x.alleenTrede(), 5);
        assertEquals(List.of("taalcursus", "werkervaringsplaats"),
                trede.stream().map(Rapportage.VoorzieningBeweging::voorziening).toList());
        Rapportage.VoorzieningBeweging taal = trede.get(0);
        assertEquals(5L, taal.totaal().aantal());
        assertEquals(5L, taal.gelijk().aantal());
        assertEquals(0L, taal.gestegen().aantal());
        Rapportage.VoorzieningBeweging wep = trede.get(1);
        // 7 up, 5 same (2.1 → 2.4 is trede 2 → 2), 1 down: the 1 is hidden and the next smallest (5) with it.
        assertEquals(13L, wep.totaal().aantal());
        assertEquals(7L, wep.gestegen().aantal());
        assertTrue(wep.gelijk().onderdrukt());
        assertNull(wep.gelijk().aantal());
        assertTrue(wep.gedaald().onderdrukt());
        // At sub-trede level 2.1 → 2.4 is up (sources H2.4 ordering): 12 up, 0 same, 1 down → 1 and 12 hidden.
        Rapportage.VoorzieningBeweging sub = Rapportage.trajecten(o, (m, x) -> x, 5).get(1);
        assertTrue(sub.gestegen().onderdrukt());
        assertEquals(0L, sub.gelijk().aantal());
        assertTrue(sub.gedaald().onderdrukt());
        // A small total is hidden too.
        Rapportage.VoorzieningBeweging klein = Rapportage.trajecten(List.of(
                new Rapportage.TrajectOvergang("jobcoaching", 1, p("2"), 1, p("3"), 3)), (m, x) -> x, 5).get(0);
        assertTrue(klein.totaal().onderdrukt());
        assertTrue(klein.gestegen().onderdrukt());
    }
}
