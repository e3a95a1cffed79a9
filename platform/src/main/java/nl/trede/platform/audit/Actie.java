package nl.trede.platform.audit;

import nl.trede.platform.api.Coded;

/** What was done with a klant's personal data (Logboek dataverwerkingen: the action's name). */
public enum Actie implements Coded {
    LEZEN("lezen"),
    ZOEKEN("zoeken"),
    AANMAKEN("aanmaken"),
    WIJZIGEN("wijzigen"),
    EXPORTEREN("exporteren");

    private final String code;

    Actie(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
