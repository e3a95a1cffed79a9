package nl.trede.ladder.api;

import nl.trede.platform.audit.Verwerkingsactiviteit;

/** The ladder service's register of verwerkingsactiviteiten (AVG art. 30). */
public enum LadderActiviteit implements Verwerkingsactiviteit {
    /** Recording and reading trede metingen, positions and due metingen (the participatieladder as monitor). */
    METING("ladder/meting", "Participatiewet art. 7 lid 1 sub a, art. 44a (plan van aanpak); "
            + "gemeentelijke re-integratieverordening (art. 8a)");

    private final String code;
    private final String grondslag;

    LadderActiviteit(String code, String grondslag) {
        this.code = code;
        this.grondslag = grondslag;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String grondslag() {
        return grondslag;
    }
}
