package nl.trede.platform.bsn;

import java.util.Objects;

/**
 * A burgerservicenummer: nine digits that pass the 11-proef.
 *
 * <p>Source: sources L6.1 (Logisch Ontwerp BSN): S = 9·d1 + 8·d2 + … + 2·d8 − 1·d9 and the
 * number is valid iff S mod 11 = 0. All zeros passes the arithmetic but is rejected (L6.1 edge case).
 * An 8-digit legacy number is left-padded with one 0 before the check.
 *
 * <p>{@link #toString()} masks the number so that a BSN never ends up in a log line or exception message
 * by accident (sources L6.2); use {@link #value()} where the full number is needed.
 */
public final class Bsn {

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /** Parses a BSN; throws {@link IllegalArgumentException} (without echoing the input) when invalid. */
    public static Bsn of(String raw) {
        String normalised = normalise(raw);
        if (normalised == null || !passesElfproef(normalised)) {
            throw new IllegalArgumentException("not a valid BSN (9 digits, 11-proef)");
        }
        return new Bsn(normalised);
    }

    /** True when {@code raw} is a valid BSN after normalisation. */
    public static boolean isValid(String raw) {
        String normalised = normalise(raw);
        return normalised != null && passesElfproef(normalised);
    }

    /** 9 digits, or 8 digits left-padded with 0; anything else (spaces, letters, signs) is null. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        int length = raw.length();
        if (length != 8 && length != 9) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return length == 8 ? "0" + raw : raw;
    }

    static boolean passesElfproef(String nineDigits) {
        if ("000000000".equals(nineDigits)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    public String value() {
        return value;
    }

    /** Masked form for screens that do not need the full number, e.g. {@code *****0342}. */
    public String masked() {
        return "*****" + value.substring(5);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Bsn[" + masked() + "]";
    }
}
