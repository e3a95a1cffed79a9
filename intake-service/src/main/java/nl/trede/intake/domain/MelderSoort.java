package nl.trede.intake.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.trede.platform.api.Coded;

/**
 * The kind of ketenpartner that sends a signaal (sources A3 R-05, A4: Lelystad's VSO/PrO school signals,
 * Apeldoorn's wijkteam; UWV doelgroepenregister notices; Matchpoint).
 */
public enum MelderSoort implements Coded {
    VSO_SCHOOL("vso-school"),
    PRO_SCHOOL("pro-school"),
    WIJKTEAM("wijkteam"),
    UWV("uwv"),
    MATCHPOINT("matchpoint"),
    OVERIG("overig");

    /** Schools signal an expected leaver: the leaving date is required. */
    public static final Set<MelderSoort> SCHOLEN = EnumSet.of(VSO_SCHOOL, PRO_SCHOOL);

    private final String code;

    MelderSoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
