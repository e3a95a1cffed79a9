package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

public enum MeldingStatus implements Coded {
    /** Registered and open in intake. */
    GEREGISTREERD("geregistreerd"),
    /** Handed over to casework (doorzetten); no longer open in intake. */
    DOORGEZET("doorgezet");

    private final String code;

    MeldingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
