package nl.trede.ladder.domain;

import nl.trede.platform.api.Coded;

/** The level of a report: treden only, or treden with their municipal sub-treden (sources H2.4). */
public enum Niveau implements Coded {
    TREDE("trede"),
    SUB_TREDE("sub-trede");

    private final String code;

    Niveau(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
