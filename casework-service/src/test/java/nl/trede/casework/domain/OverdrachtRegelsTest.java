package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** sources A3, A6 T04, T05: the rules of an overdracht. */
class OverdrachtRegelsTest {

    @Test
    @DisplayName("the casework requirements / R-04: the regie of a zaak is never handed over cold; the execution may be")
    void coldRegieIsRefused() {
        assertEquals("R-04", OverdrachtRegels.aanbieden(OverdrachtSoort.REGIE, false, ZaakStatus.OPEN).orElseThrow()
                .regel());
        assertTrue(OverdrachtRegels.aanbieden(OverdrachtSoort.REGIE, true, ZaakStatus.OPEN).isEmpty());
        assertTrue(OverdrachtRegels.aanbieden(OverdrachtSoort.UITVOERING, false, ZaakStatus.OPEN).isEmpty());
        assertEquals(409, OverdrachtRegels.aanbieden(OverdrachtSoort.UITVOERING, true, ZaakStatus.AFGESLOTEN)
                .orElseThrow().status());
    }

    @Test
    @DisplayName("T05: a warm overdracht is accepted only after an introduction with klant, sender and receiver")
    void warmNeedsTheIntroduction() {
        assertEquals(400, OverdrachtRegels.accepteren(OverdrachtStatus.AANGEBODEN, true).orElseThrow().status());
        assertTrue(OverdrachtRegels.accepteren(OverdrachtStatus.AANGEBODEN, false).isEmpty());
        assertTrue(OverdrachtRegels.accepteren(OverdrachtStatus.KENNISMAKING_GEHOUDEN, true).isEmpty());
        assertEquals(400, OverdrachtRegels.kennismaking(OverdrachtStatus.AANGEBODEN, true, true, false).orElseThrow()
                .status());
        assertTrue(OverdrachtRegels.kennismaking(OverdrachtStatus.AANGEBODEN, true, true, true).isEmpty());
        assertEquals(409, OverdrachtRegels.accepteren(OverdrachtStatus.AFGEWEZEN, false).orElseThrow().status());
    }

    @Test
    @DisplayName("T04 / R-02: open after its last day to answer → expired; on the last day itself not yet")
    void expiry() {
        LocalDate uiterlijk = LocalDate.of(2026, 12, 4);
        assertFalse(OverdrachtRegels.verlopen(OverdrachtStatus.AANGEBODEN, uiterlijk, uiterlijk));
        assertTrue(OverdrachtRegels.verlopen(OverdrachtStatus.AANGEBODEN, uiterlijk, uiterlijk.plusDays(1)));
        assertTrue(OverdrachtRegels.verlopen(OverdrachtStatus.KENNISMAKING_GEHOUDEN, uiterlijk, uiterlijk.plusDays(1)));
        assertFalse(OverdrachtRegels.verlopen(OverdrachtStatus.GEACCEPTEERD, uiterlijk, uiterlijk.plusDays(9)));
    }
}
