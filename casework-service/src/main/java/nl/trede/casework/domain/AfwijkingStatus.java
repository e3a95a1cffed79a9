package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * Where a deviation from the standard route stands (R-26, R-27, T02). In the database as the constant's name
 * (column afwijking (V4__afwijking.sql)), in the API and events as its code (docs/architecture.md, "API
 * conventions: codes").
 */
public enum AfwijkingStatus implements Coded {
    AANGEVRAAGD("aangevraagd"),
    GOEDGEKEURD("goedgekeurd"),
    AFGEWEZEN("afgewezen");

    private final String code;

    AfwijkingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
