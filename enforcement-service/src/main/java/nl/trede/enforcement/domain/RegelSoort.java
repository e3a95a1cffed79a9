package nl.trede.enforcement.domain;

import nl.trede.platform.api.Coded;

/** How a gedragingscategorie's verlaging is computed (the rule type of a category). */
public enum RegelSoort implements Coded {
    /** A percentage of the norm for a number of months per step (Pw art. 18 lid 2/5-8 and the verordening). */
    PERCENTAGE("percentage"),
    /** A fixed one-off amount per step, e.g. Deventer's € 50 for a first no-show (PB ch. 8 "Lik op stuk"). */
    VAST_BEDRAG("vast-bedrag"),
    /** The Wet taaleis sequence: 20% / 40% / 100% by period after the vaststelling (Pw art. 18b, PB ch. 9). */
    TAALEIS("taaleis"),
    /** A one-off verlaging on stopping the taalactiviteit: 40% after ½ year, 100% after 1 year (PB ch. 9). */
    TAALEIS_EENMALIG("taaleis-eenmalig");

    private final String code;

    RegelSoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static RegelSoort van(String code) {
        for (RegelSoort s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown regelsoort " + code);
    }
}
