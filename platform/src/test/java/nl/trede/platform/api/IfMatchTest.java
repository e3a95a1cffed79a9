package nl.trede.platform.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.trede.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void aStrongEtagNamesItsVersion() {
        assertEquals(3L, IfMatch.version("\"3\""));
        assertEquals(3L, IfMatch.version("3"));
        assertNull(IfMatch.version(null));
        assertNull(IfMatch.version("*"));
        assertDoesNotThrow(() -> IfMatch.vereis(IfMatch.version("\"0\""), 0, "zaak"));
    }

    @Test
    void aWeakEtagNeverMatches() {
        for (long version : new long[] {0, 1, 3}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> IfMatch.vereis(IfMatch.version("W/\"" + version + "\""), version, "zaak"));
            assertEquals(412, e.status());
        }
    }

    @Test
    void aMalformedEtagIs400() {
        for (String bad : new String[] {"\"abc\"", "\"-1\"", "W/abc", "\"9223372036854775808\""}) {
            ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.version(bad), bad);
            assertEquals(400, e.status());
            assertEquals("If-Match", e.invalidParams().get(0).name());
        }
    }
}
