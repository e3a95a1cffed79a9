package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * Where a begeleidingsoverleg stands. In the database as the constant's name (column begeleidingsoverleg
 * (V11__overleg_maatwerk.sql; its CHECK overleg_gehouden_met_uitkomst names GEHOUDEN)), in the API and events as
 * its code (docs/architecture.md, "API conventions: codes").
 */
public enum OverlegStatus implements Coded {
    GEPLAND("gepland"),
    GEHOUDEN("gehouden");

    private final String code;

    OverlegStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
