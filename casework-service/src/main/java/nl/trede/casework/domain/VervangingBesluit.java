package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * The escalation desk's decision on a replacement the klant objected to. In the database as the constant's
 * name (column ondersteuning_vervanging.besluit (V10__ondersteuning.sql)), in the API and events as its code
 * (docs/architecture.md, "API conventions: codes").
 */
public enum VervangingBesluit implements Coded {
    VERVANGEN("vervangen"),
    HANDHAVEN("handhaven");

    private final String code;

    VervangingBesluit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
