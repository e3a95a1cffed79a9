package nl.trede.ladder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TijdlijnTest {

    private static final LocalDate VANDAAG = LocalDate.parse("2026-06-01");
    private static long tick;

    private static Tijdlijn.Feit feit(String datum, String positie, UUID corrigeert, int maanden) {
        int trede = Integer.parseInt(positie.substring(0, 1));
        return new Tijdlijn.Feit(UUID.randomUUID(), corrigeert, LocalDate.parse(datum),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(tick++), 1L,
                new Positie(trede, positie.contains(".") ? positie : null), maanden);
    }

    @Test
    @DisplayName("docs/architecture.md#ladder: a corrected meting, and a corrected correction, drop out of the valid line")
    void correctionChainsLeaveOnlyTheLastCorrection() {
        Tijdlijn.Feit a = feit("2025-01-01", "2.2", null, 6);
        Tijdlijn.Feit b = feit("2025-01-01", "2.3", a.metingId(), 6);
        Tijdlijn.Feit c = feit("2024-12-20", "2.1", b.metingId(), 6);
        Tijdlijn.Feit d = feit("2025-05-01", "2.4", null, 12);
        assertEquals(List.of(c, d), Tijdlijn.geldig(List.of(d, b, a, c)));
    }

    @Test
    @DisplayName("the ladder requirements: each valid meting holds until the next one; the due date follows the (sub-)trede interval")
    void periodsRunUntilTheNextValidMeting() {
        Tijdlijn.Feit a = feit("2025-01-01", "2.2", null, 6);
        Tijdlijn.Feit sameDayEarlier = feit("2025-03-01", "2.3", null, 6);
        Tijdlijn.Feit sameDayLater = feit("2025-03-01", "2.4", null, 12);
        List<Tijdlijn.Periode> p = Tijdlijn.perioden(List.of(sameDayLater, a, sameDayEarlier));
        assertEquals(3, p.size());
        assertEquals(LocalDate.parse("2025-03-01"), p.get(0).tot());
        assertEquals(LocalDate.parse("2025-07-01"), p.get(0).herbeoordelingOp());
        assertEquals(p.get(1).van(), p.get(1).tot(), "superseded on the same day: an empty period");
        assertNull(p.get(2).tot());
        assertEquals(LocalDate.parse("2026-03-01"), p.get(2).herbeoordelingOp());
        assertTrue(p.get(0).omvat(LocalDate.parse("2025-02-28")));
        assertTrue(!p.get(0).omvat(LocalDate.parse("2025-03-01")) && p.get(2).omvat(LocalDate.parse("2025-03-01")));
    }

    @Test
    @DisplayName("the ladder requirements: current trede = latest valid meting; days on it count from the first meting of the run")
    void currentPositionAndDaysOnIt() {
        Tijdlijn.Feit a = feit("2024-06-01", "2.2", null, 6);
        Tijdlijn.Feit b = feit("2025-01-01", "2.4", null, 12);
        Tijdlijn.Feit c = feit("2025-06-01", "2.4", null, 12);
        Tijdlijn.Huidig h = Tijdlijn.huidig(List.of(c, a, b), VANDAAG).orElseThrow();
        assertEquals(c.metingId(), h.metingId());
        assertEquals(new Positie(2, "2.4"), h.positie());
        assertEquals(LocalDate.parse("2025-01-01"), h.sinds());
        assertEquals(516, h.dagenOpPositie());
        assertEquals(LocalDate.parse("2026-06-01"), h.herbeoordelingOp());
        // Correcting b to 2.3 breaks the run: the klant holds 2.4 since c only.
        Tijdlijn.Feit bCorr = feit("2025-01-01", "2.3", b.metingId(), 6);
        Tijdlijn.Huidig na = Tijdlijn.huidig(List.of(a, b, c, bCorr), VANDAAG).orElseThrow();
        assertEquals(LocalDate.parse("2025-06-01"), na.sinds());
        assertEquals(365, na.dagenOpPositie());
        assertTrue(Tijdlijn.huidig(List.of(), VANDAAG).isEmpty());
    }

    @Test
    @DisplayName("requirement 'average time per trede': a stay runs until a move; a confirming review does not end it")
    void staysRunUntilTheKlantMoves() {
        Tijdlijn.Feit a = feit("2024-01-01", "2.1", null, 6);
        Tijdlijn.Feit b = feit("2024-07-01", "2.1", null, 6);       // confirms 2.1
        Tijdlijn.Feit c = feit("2025-01-01", "2.4", null, 12);      // up within trede 2
        Tijdlijn.Feit d = feit("2025-06-01", "3", null, 12);        // up to trede 3
        List<Tijdlijn.Periode> p = Tijdlijn.perioden(List.of(d, c, b, a));
        assertEquals(new Tijdlijn.Verblijf(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-01"), false, false),
                p.get(0).verblijf());
        assertEquals(new Tijdlijn.Verblijf(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-01"), false, true),
                p.get(1).verblijf(), "2.1 ends at c; trede 2 goes on");
        assertEquals(new Tijdlijn.Verblijf(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"), true, true),
                p.get(2).verblijf(), "trede 2 ends at d, after 517 days");
        assertEquals(new Tijdlijn.Verblijf(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-01"), false, false),
                p.get(3).verblijf(), "the current stay has not ended");
    }

    @Test
    @DisplayName("sources H2.7 / H3.3: a sub-trede higher is up, lower is down")
    void direction() {
        assertEquals(Tijdlijn.Richting.GESTEGEN, Tijdlijn.Richting.van(new Positie(2, "2.2"), new Positie(2, "2.4")));
        assertEquals(Tijdlijn.Richting.GEDAALD, Tijdlijn.Richting.van(new Positie(3, null), new Positie(2, "2.6")));
        assertEquals(Tijdlijn.Richting.GELIJK, Tijdlijn.Richting.van(new Positie(4, null), new Positie(4, null)));
    }
}
