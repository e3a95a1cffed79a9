package nl.trede.ladder.domain;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a trede number is, as plain Java (unit-tested). Which ladder model version applies on a date is
 * {@link nl.trede.platform.time.Geldigheid#geldigOp}.
 */
public final class LadderRegels {

    /** The Participatieladder has six treden, 1 (geïsoleerd) to 6 (betaald werk) (sources L5.2). */
    public static final int LAAGSTE_TREDE = 1;
    public static final int HOOGSTE_TREDE = 6;

    /** "Elk jaar wordt er gekeken of de cliënt zich nog steeds op de goede trede bevindt" (sources H2.6). */
    public static final int STANDAARD_HERBEOORDELING_MAANDEN = 12;

    /** {@code <trede>.<n>}: Heemskerk numbers its sub-treden 2.1 to 2.6 (sources H2.4). */
    private static final Pattern SUB_TREDE = Pattern.compile("([1-6])\\.([1-9][0-9]?)");

    /** Model codes are kebab-case, as in the database check of V1. */
    private static final Pattern MODEL_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LadderRegels() {
    }

    /**
     * A trede number as written in a path: a whole number (empty when it is not one). Whether that trede exists is
     * a separate question (a number outside 1..6 is simply not found).
     */
    public static OptionalInt leesNummer(String value) {
        if (value == null || value.isEmpty() || value.length() > 9) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** True for the numbers a trede of the Participatieladder can have. */
    public static boolean isTredeNummer(int nummer) {
        return nummer >= LAAGSTE_TREDE && nummer <= HOOGSTE_TREDE;
    }

    /**
     * Why {@code code} cannot be a sub-trede of trede {@code trede}, or empty when it can: the code is
     * {@code <trede>.<n>} and its trede part is that trede (sources H2.4: sub-treden 2.1-2.6 subdivide
     * trede 2; requirement "sub-treden that do not belong to their trede" are invalid input).
     */
    public static Optional<String> subTredeFout(int trede, String code) {
        if (code == null) {
            return Optional.of("is required");
        }
        Matcher m = SUB_TREDE.matcher(code);
        if (!m.matches()) {
            return Optional.of("must be <trede>.<n>, e.g. 2.4");
        }
        if (Integer.parseInt(m.group(1)) != trede) {
            return Optional.of("sub-trede " + code + " does not belong to trede " + trede);
        }
        return Optional.empty();
    }

    /** The n of {@code <trede>.<n>} (the order within the trede); the code must be well-formed. */
    public static int subTredeRang(String code) {
        Matcher m = SUB_TREDE.matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a sub-trede code: " + code);
        }
        return Integer.parseInt(m.group(2));
    }

    public static boolean isModelCode(String code) {
        return code != null && code.length() <= 60 && MODEL_CODE.matcher(code).matches();
    }
}
