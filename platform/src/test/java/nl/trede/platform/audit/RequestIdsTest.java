package nl.trede.platform.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void uuidsAndShortTokensAreKept() {
        assertTrue(RequestIds.acceptable("3f2b1c9e-1234-4567-89ab-0123456789ab"));
        assertTrue(RequestIds.acceptable("12345678-1234-4567-8901-234567890123"), "a UUID may have digit runs");
        assertTrue(RequestIds.acceptable("frontend.req_42-a"));
        assertTrue(RequestIds.acceptable("x".repeat(64)));
    }

    @Test
    void anythingElseIsReplaced() {
        for (String bad : new String[] {"", "999990342", "req-99999034", "a b", "x".repeat(65), "a\u0000b", "a\nb",
                "<script>", "é", "a/b"}) {
            assertFalse(RequestIds.acceptable(bad), bad);
        }
        assertFalse(RequestIds.acceptable(null));
    }
}
