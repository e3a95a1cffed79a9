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
}
