package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * Where a traject stands. In the database as the constant's name (column traject (V5__voorzieningen_trajecten.sql;
 * the triggers of V13__zaak_invarianten.sql name LOPEND)), in the API and events as its code
 * (docs/architecture.md, "API conventions: codes").
 */
public enum TrajectStatus implements Coded {
    LOPEND("lopend"),
    BEEINDIGD("beeindigd");

    private final String code;

    TrajectStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
