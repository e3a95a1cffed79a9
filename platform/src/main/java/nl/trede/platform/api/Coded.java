package nl.trede.platform.api;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose JSON form is a stable kebab-case code (e.g. {@code aanvraag-levensonderhoud}). An unknown code
 * in a request is a 400 problem that lists the allowed codes.
 */
public interface Coded {
    @JsonValue
    String code();
}
