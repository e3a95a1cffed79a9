package nl.trede.platform.bsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 11-proef of sources L6.1, with its worked examples. */
class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "999990342", "999993653", "000000012"})
    void workedExamplesThatPass(String bsn) {
        assertTrue(Bsn.isValid(bsn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555550001", "123456789", "012345678", "12345678"})
    void workedExamplesThatFail(String bsn) {
        // sources L6.1: 555550001 gives S = 174 (invalid, BRP negative case); 12345678 padded to 012345678 gives 104.
        assertFalse(Bsn.isValid(bsn));
    }

    @Test
    void allZerosPassesTheArithmeticButIsRejected() {
        // sources L6.1 edge case: 000000000 gives S = 0.
        assertFalse(Bsn.isValid("000000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567890", "12345678a", " 23456782", "-23456782", "１23456782"})
    void onlyEightOrNineAsciiDigits(String raw) {
        assertFalse(Bsn.isValid(raw));
    }

    @Test
    void nullIsInvalid() {
        assertFalse(Bsn.isValid(null));
    }

    @Test
    void eightDigitLegacyNumberIsLeftPadded() {
        // sources L6.1: an 8-digit number is left-padded with 0; 010000008 gives S = 9*0 + 8*1 + ... - 8 = 0.
        assertEquals("010000008", Bsn.of("10000008").value());
        assertFalse(Bsn.isValid("10000020"));
    }

    @Test
    void eightAndNineDigitSpellingsHaveOneCanonicalForm() {
        // sources L6.1: a BSN has 9 digits; the 8-digit spelling is the same number, so both give the same canonical
        // value.
        assertEquals("043781317", Bsn.of("43781317").value());
        assertEquals("043781317", Bsn.of("043781317").value());
        assertEquals(Bsn.of("43781317"), Bsn.of("043781317"));
    }

    @Test
    void toStringAndErrorsNeverShowTheNumber() {
        Bsn bsn = Bsn.of("999990342");
        assertEquals("Bsn[*****0342]", bsn.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bsn.of("555550001"));
        assertFalse(e.getMessage().contains("555550001"));
    }
}
