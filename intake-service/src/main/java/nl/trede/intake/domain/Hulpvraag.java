package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/** The primary question found in the screeningsgesprek ("Waar kunnen we u mee helpen?", productenboek §2.2.2). */
public enum Hulpvraag implements Coded {
    INKOMEN("inkomen"),
    WERK("werk"),
    SOCIAAL("sociaal");

    private final String code;

    Hulpvraag(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
