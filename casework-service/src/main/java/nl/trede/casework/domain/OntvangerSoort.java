package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/** The parties a zaak or a traject's execution is handed to (sources A1.4 rule A7, A3 R-28). */
public enum OntvangerSoort implements Coded {
    TEAM("team"),
    WERKBEDRIJF("werkbedrijf"),
    SOCIAAL_WIJKTEAM("sociaal-wijkteam"),
    AANBIEDER("aanbieder"),
    ZORG("zorg"),
    /** The regisseur executing the traject themselves: only with an approved deviation (R-26, T02). */
    REGISSEUR("regisseur");

    private final String code;

    OntvangerSoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
