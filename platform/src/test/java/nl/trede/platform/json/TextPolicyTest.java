package nl.trede.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextPolicyTest {

    @Test
    void lineBreaksOnlyWhereAllowed() {
        assertTrue(TextPolicy.acceptable("regel 1\r\nregel 2\tkolom", true));
        assertFalse(TextPolicy.acceptable("regel 1\nregel 2", false));
        assertTrue(TextPolicy.acceptable("Zoë Çelik-Øster 🙂", false));
        assertTrue(TextPolicy.acceptable(null, false));
    }

    @Test
    void controlsSurrogatesAndBidiAreRefusedEverywhere() {
        for (String bad : new String[] {"\u0000", "a\u0001", "\u001f", "\u007f", "\u0080", "\u009f", "\ud800",
                "\udfff", "\ud83d", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                "\u2069"}) {
            assertFalse(TextPolicy.acceptable("x" + bad + "y", true), () -> Integer.toHexString(bad.charAt(0)));
        }
    }

    @Test
    void aLogLineGetsNoControlCharacters() {
        assertEquals("/api/intake/v1/meldingen/??x", TextPolicy.forLog("/api/intake/v1/meldingen/\u0000\nx"));
        assertEquals("zorg 🙂", TextPolicy.forLog("zorg 🙂"));
        assertEquals("a?b", TextPolicy.forLog("a\ud800b"));
    }
}
