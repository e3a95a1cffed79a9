package nl.trede.platform.werk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot rule of docs/contracts/werkitems.md: open work stays until done, a watched term until its last day. */
class MomentopnameTest {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 3, 8);

    @Test
    void overdueOpenWorkStaysAndItemsAreOrderedByDueDate() {
        Werkitem later = item("b", VANDAAG.plusDays(3));
        Werkitem teLaat = item("a", VANDAAG.minusDays(10));
        Momentopname m = Momentopname.van(List.of(later, teLaat), VANDAAG);
        assertEquals(List.of(teLaat, later), m.werkitems());
        assertNull(m.verversOp(), "open work does not change by itself");
    }

    @Test
    void aWatchedTermIsOpenUpToItsLastDayAndTheSnapshotIsDueAgainTheDayAfter() {
        // Awb art. 6:7: the bezwaartermijn is six weeks; on its last day it still runs.
        Werkitem loopt = item("bezwaar", VANDAAG).bewaken();
        Werkitem later = item("bezwaar-2", VANDAAG.plusDays(20)).bewaken();
        Momentopname m = Momentopname.van(List.of(later, loopt), VANDAAG);
        assertEquals(List.of(loopt, later), m.werkitems());
        assertEquals(VANDAAG.plusDays(1), m.verversOp());
    }

    @Test
    void aWatchedTermThatEndedIsLeftOut() {
        Werkitem voorbij = item("bezwaar", VANDAAG.minusDays(1)).bewaken();
        Momentopname m = Momentopname.van(List.of(voorbij), VANDAAG);
        assertEquals(List.of(), m.werkitems());
        assertNull(m.verversOp());
    }

    @Test
    void anItemHoldsTheContractsLimits() {
        assertThrows(IllegalArgumentException.class, () -> Werkitem.open("x".repeat(201), "casework.taak", "Taak",
                VANDAAG, "klantmanager", "/api/casework/v1/taken/1"));
        assertThrows(IllegalArgumentException.class, () -> Werkitem.open("taak:1", "Casework Taak", "Taak",
                VANDAAG, "klantmanager", "/api/casework/v1/taken/1"));
        assertThrows(IllegalArgumentException.class, () -> Werkitem.open("taak:1", "casework.taak", "x".repeat(501),
                VANDAAG, "klantmanager", "/api/casework/v1/taken/1"));
        assertThrows(NullPointerException.class, () -> Werkitem.open("taak:1", "casework.taak", "Taak", null,
                "klantmanager", "/api/casework/v1/taken/1"));
        assertEquals("nl.trede.ladder.werkitems-bijgewerkt", WerkitemsBijgewerkt.type("ladder"));
    }

    private static Werkitem item(String id, LocalDate vervaldatum) {
        return Werkitem.open(id, "enforcement.bezwaartermijn", "Bezwaartermijn", vervaldatum, "handhaver",
                "/api/enforcement/v1/gedragingen/1");
    }
}
