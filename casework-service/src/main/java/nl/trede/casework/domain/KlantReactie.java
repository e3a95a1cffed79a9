package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * The klant's reaction to a proposed replacement of their support. In the database as the constant's name
 * (column ondersteuning_vervanging.klant_reactie (V10__ondersteuning.sql)), in the API and events as its code
 * (docs/architecture.md, "API conventions: codes").
 */
public enum KlantReactie implements Coded {
    AKKOORD("akkoord"),
    BEZWAAR("bezwaar");

    private final String code;

    KlantReactie(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
