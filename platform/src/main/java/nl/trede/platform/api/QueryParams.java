package nl.trede.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.trede.platform.json.StrictJson;
import nl.trede.platform.problem.ProblemException;

/**
 * Parses query parameters so that a bad value is a 400 problem naming the parameter (ADR
 * /core/error-handling/invalid-input), not the 404 that JAX-RS gives for a failed query-parameter conversion.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    /** A date {@code yyyy-mm-dd} within the supported range ({@link StrictJson#MIN_DATE}..{@link StrictJson#MAX_DATE}). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date, yyyy-mm-dd");
        }
        if (!StrictJson.inRange(date)) {
            throw ProblemException.invalid(name, StrictJson.DATE_RANGE_REASON);
        }
        return date;
    }

    /**
     * {@code true} or {@code false}; absent is false. Anything else is a 400 naming the parameter (JAX-RS would read
     * "ja" or "misschien" as false without a word).
     */
    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    /** As {@link #date}, but absent is a 400 naming the parameter. */
    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return date;
    }

    public static <E extends Enum<E> & Coded> E code(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(value.strip())) {
                return constant;
            }
        }
        throw ProblemException.invalid(name, "must be one of: " + Arrays.stream(type.getEnumConstants())
                .map(Coded::code).collect(Collectors.joining(", ")));
    }
}
