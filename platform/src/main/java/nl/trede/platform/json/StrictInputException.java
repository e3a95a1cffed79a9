package nl.trede.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that is well-formed and of the right type, but breaks the strict input policy ({@link StrictJson}):
 * a refused character, a date outside the supported range. Carries the reason for the problem's
 * {@code invalidParams}; Jackson adds the property path as for any other binding failure.
 */
public class StrictInputException extends MismatchedInputException {

    private final String reason;

    public StrictInputException(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, "Value refused by the strict input policy: " + reason, targetType);
        this.reason = reason;
    }

    /** The rule the value broke, for the client (never the value itself). */
    public String reason() {
        return reason;
    }
}
