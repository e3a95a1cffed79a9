package nl.trede.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.trede.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** ADR /core/error-handling/invalid-input: a bad query value is a 400 naming the parameter, never silently read. */
class QueryParamsTest {

    @Test
    void booleansAreTrueOrFalseAndNothingElse() {
        assertTrue(QueryParams.bool("alle", "true"));
        assertFalse(QueryParams.bool("alle", "false"));
        assertFalse(QueryParams.bool("alle", null), "absent is false");
        assertFalse(QueryParams.bool("alle", " "), "empty is absent");
        for (String bad : new String[] {"misschien", "ja", "1", "TRUE", "yes"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.bool("alle", bad), bad);
            assertEquals(400, e.status());
            assertEquals("alle", e.invalidParams().get(0).name());
        }
    }

    @Test
    void datesAreYyyyMmDdWithinTheSupportedRange() {
        assertEquals(java.time.LocalDate.of(1900, 1, 1), QueryParams.date("peildatum", "1900-01-01"));
        assertEquals(java.time.LocalDate.of(2199, 12, 31), QueryParams.date("peildatum", "2199-12-31"));
        for (String bad : new String[] {"0000-01-01", "1899-12-31", "2200-01-01", "20260101", "+12026-01-01",
                "2026-02-30"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.date("peildatum", bad), bad);
            assertEquals(400, e.status());
            assertEquals("peildatum", e.invalidParams().get(0).name());
        }
    }
}
