package nl.trede.ladder.domain;

import nl.trede.platform.api.Coded;

/**
 * Why the meting was made: sources L5.3 "typical triggers: intake, plan van aanpak evaluation, and the
 * end of a traject"; the ladder requirements: metingen are due at traject start and end and periodically (sources H2.6:
 * "Elk jaar").
 */
public enum Aanleiding implements Coded {
    INTAKE("intake"),
    TRAJECT_START("traject-start"),
    TRAJECT_EINDE("traject-einde"),
    EVALUATIE_PLAN_VAN_AANPAK("evaluatie-plan-van-aanpak"),
    PERIODIEK("periodiek"),
    OVERIG("overig");

    private final String code;

    Aanleiding(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
