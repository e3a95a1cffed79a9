package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/** How a melding came in (productenboek §2.2.1): the call-back deadline applies to digital meldingen. */
public enum Kanaal implements Coded {
    DIGITAAL("digitaal"),
    TELEFONISCH("telefonisch"),
    FYSIEK("fysiek");

    private final String code;

    Kanaal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
