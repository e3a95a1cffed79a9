package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * Where a support relationship stands. In the database as the constant's name (column ondersteuning
 * (V10__ondersteuning.sql)), in the API and events as its code (docs/architecture.md, "API conventions: codes").
 */
public enum OndersteuningStatus implements Coded {
    ACTIEF("actief"),
    BEEINDIGD("beeindigd");

    private final String code;

    OndersteuningStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
