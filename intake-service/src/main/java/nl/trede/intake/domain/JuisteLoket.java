package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/**
 * "Bent u bij het juiste loket?" (productenboek §2.2.2): UWV for WW, ZW, WIA, IOW; DUO for study finance or WTOS;
 * otherwise the gemeente.
 */
public enum JuisteLoket implements Coded {
    GEMEENTE("gemeente"),
    UWV("uwv"),
    DUO("duo");

    private final String code;

    JuisteLoket(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
