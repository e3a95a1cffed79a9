package nl.trede.worklist.domain;

import nl.trede.platform.api.Coded;

/** The services that publish a klant's open work (docs/contracts/werkitems.md). */
public enum Bron implements Coded {
    INTAKE("intake"), CASEWORK("casework"), ENFORCEMENT("enforcement"), LADDER("ladder");

    private final String code;

    Bron(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Bron of(String code) {
        for (Bron b : values()) {
            if (b.code.equals(code)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown bron " + code);
    }
}
