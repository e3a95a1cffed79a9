package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.werk.Werkitem;
import org.junit.jupiter.api.Test;

/** The handhaver's work per step of the maatregel procedure (docs/contracts/werkitems.md catalogue; Awb). */
class EnforcementWerkTest {

    private static final LocalDate DAG = LocalDate.of(2027, 3, 8);
    private static final EnforcementWerk.Regie REGIE = new EnforcementWerk.Regie("team-werk", "km-a");

    private static Gedraging gedraging(GedragingStatus status) {
        Gedraging g = new Gedraging();
        g.id = UUID.randomUUID();
        g.klantId = UUID.randomUUID();
        g.zaakId = UUID.randomUUID();
        g.status = status;
        g.klantgroep = "matchen";
        g.geregistreerdOp = Instant.parse("2027-03-08T08:00:00Z");
        return g;
    }

    @Test
    void aNewGedragingAsksToHearTheKlantAtOnce() {
        // Awb art. 4:8: the klant is heard before a besluit that harms him
        Werkitem w = EnforcementWerk.stap(gedraging(GedragingStatus.GEREGISTREERD), null, REGIE).get(0);
        assertEquals("enforcement.horen", w.soort());
        assertEquals(DAG, w.vervaldatum());
        assertEquals("Awb art. 4:8", w.grondslag());
        assertEquals("handhaver", w.rol());
        assertEquals("team-werk", w.team());
        assertNull(w.toegewezenAan(), "the handhaver's work is not the regisseur's");
        assertEquals("matchen", w.klantgroep());
    }

    @Test
    void aRunningHersteltermijnEndsOnTheConversationItNames() {
        Gedraging g = gedraging(GedragingStatus.HERSTELTERMIJN_VERSTUURD);
        g.hersteltermijnGesprekOp = DAG.plusDays(8);
        Werkitem w = EnforcementWerk.stap(g, null, REGIE).get(0);
        assertEquals("enforcement.hersteltermijn", w.soort());
        assertEquals(DAG.plusDays(8), w.vervaldatum());
        assertEquals("/api/enforcement/v1/gedragingen/" + g.id, w.pad());
        assertEquals(g.zaakId, w.zaakId());
    }

    @Test
    void aProposalAsksForTheBesluit() {
        Gedraging g = gedraging(GedragingStatus.VOORGESTELD);
        Maatregel m = new Maatregel();
        m.id = UUID.randomUUID();
        m.voorgesteldOp = Instant.parse("2027-03-09T10:00:00Z");
        List<Werkitem> items = EnforcementWerk.stap(g, m, REGIE);
        assertEquals(1, items.size());
        assertEquals("enforcement.besluit", items.get(0).soort());
        assertEquals("Awb art. 4:13", items.get(0).grondslag());
        assertEquals(DAG.plusDays(1), items.get(0).vervaldatum());
        assertEquals(Werkitem.OPEN, items.get(0).status());
    }

    @Test
    void afterTheBesluitOnlyTheBezwaartermijnIsWatched() {
        // Awb art. 6:7: six weeks for bezwaar; nobody must act before it ends
        Gedraging g = gedraging(GedragingStatus.OPGELEGD);
        Maatregel m = new Maatregel();
        m.id = UUID.randomUUID();
        m.besluitdatum = DAG;
        m.bezwaarTot = DAG.plusWeeks(6);
        List<Werkitem> items = EnforcementWerk.stap(g, m, REGIE);
        assertEquals(1, items.size());
        Werkitem w = items.get(0);
        assertEquals("enforcement.bezwaartermijn", w.soort());
        assertEquals(Werkitem.BEWAKEN, w.status());
        assertEquals("Awb art. 6:7", w.grondslag());
        assertEquals(DAG.plusWeeks(6), w.vervaldatum());
        assertEquals("bezwaartermijn:" + m.id, w.id());
    }

    @Test
    void aDecidedGedragingWithoutABezwaartermijnIsNoWork() {
        assertTrue(EnforcementWerk.stap(gedraging(GedragingStatus.SAMENGEVOEGD), null, REGIE).isEmpty());
        assertTrue(EnforcementWerk.stap(gedraging(GedragingStatus.AFGEZIEN), null, REGIE).isEmpty());
    }
}
