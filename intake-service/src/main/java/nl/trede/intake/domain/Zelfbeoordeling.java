package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/**
 * How the klant's self-assessment before the ambitiegesprek was done (productenboek §2.2.3): the Dariuz
 * questionnaire, or the alternative format covering all life domains (statushouders, the homeless, LKS youth).
 */
public enum Zelfbeoordeling implements Coded {
    DARIUZ("dariuz"),
    ALTERNATIEF_FORMAT("alternatief-format");

    private final String code;

    Zelfbeoordeling(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
