package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/** Why a receiver rejects an overdracht: a code beside the required free text (sources A3 R-02). */
public enum AfwijzingReden implements Coded {
    GEEN_CAPACITEIT("geen-capaciteit"),
    NIET_PASSEND("niet-passend"),
    PAKKET_ONVOLLEDIG("pakket-onvolledig"),
    KLANT_WEIGERT("klant-weigert"),
    OVERIG("overig");

    private final String code;

    AfwijzingReden(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
