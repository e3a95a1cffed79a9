package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * Where a proposed replacement of a support relationship stands. In the database as the constant's
 * name (column ondersteuning_vervanging (V10__ondersteuning.sql; its unique index ondersteuning_een_vervanging
 * names VOORGESTELD and GEESCALEERD)), in the API and events as its code (docs/architecture.md, "API conventions:
 * codes").
 */
public enum VervangingStatus implements Coded {
    VOORGESTELD("voorgesteld"),
    GEESCALEERD("geescaleerd"),
    GEACCEPTEERD("geaccepteerd"),
    BESLOTEN("besloten");

    private final String code;

    VervangingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
