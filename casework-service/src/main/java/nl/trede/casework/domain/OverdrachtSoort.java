package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * What is handed over: the regie of the zaak (the receiver becomes the owner), or the execution of the work traject
 * (the receiver becomes the executing party; the regisseur keeps the regie: sources A1.4 rule A6, A6 T01, A3 R-26).
 */
public enum OverdrachtSoort implements Coded {
    REGIE("regie"),
    UITVOERING("uitvoering");

    private final String code;

    OverdrachtSoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
