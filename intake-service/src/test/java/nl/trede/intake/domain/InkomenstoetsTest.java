package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Re-integratieverordening Deventer 2021 art. 2 lid 3 a and lid 4; sources D10 S01–S03. */
class InkomenstoetsTest {

    private static final BigDecimal WML = new BigDecimal("2294.40");

    @Test
    void theLimitIs120PercentOfTheMinimumWage() {
        assertEquals(new BigDecimal("2753.28"), Inkomenstoets.grens(WML));
        assertTrue(Inkomenstoets.binnenGrens(new BigDecimal("2753.28"), WML, false), "exactly 120% is within");
        assertFalse(Inkomenstoets.binnenGrens(new BigDecimal("2753.29"), WML, false));
    }

    @Test
    void scenariosS01S02S03() {
        // S01: 115% WML → eligible; S02: 125% → rejected; S03: 150% but in the doelgroepregister → no income test.
        assertTrue(Inkomenstoets.binnenGrens(WML.multiply(new BigDecimal("1.15")), WML, false));
        assertFalse(Inkomenstoets.binnenGrens(WML.multiply(new BigDecimal("1.25")), WML, false));
        assertTrue(Inkomenstoets.binnenGrens(WML.multiply(new BigDecimal("1.50")), WML, true));
    }
}
