package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

public enum ZaakStatus implements Coded {
    OPEN("open"),
    /** Scaled down to low-intensity follow-up with periodic check-ins; re-escalated with one action. */
    NAZORG("nazorg"),
    AFGESLOTEN("afgesloten");

    private final String code;

    ZaakStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
