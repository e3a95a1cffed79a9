package nl.trede.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** No BSN in logs (sources L6.2): driver messages carry key values, so digit runs are masked. */
class LogSafeTest {

    @Test
    void masksDigitRunsInMessagesAndCauses() {
        Exception e = new RuntimeException("wrapper",
                new IllegalStateException("ERROR: duplicate key value violates unique constraint \"persoon_bsn_key\""
                        + " Detail: Key (bsn)=(999990342) already exists."));
        String text = LogSafe.describe(e);
        assertFalse(text.contains("999990342"), text);
        assertTrue(text.contains("Key (bsn)=(*********)"), text);
        assertTrue(text.contains("IllegalStateException"), text);
    }

    @Test
    void keepsShortNumbers() {
        assertEquals("port 5432 refused", LogSafe.mask("port 5432 refused"));
    }
}
