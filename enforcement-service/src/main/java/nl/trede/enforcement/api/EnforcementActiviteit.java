package nl.trede.enforcement.api;

import nl.trede.platform.audit.Verwerkingsactiviteit;

/** enforcement's register of verwerkingsactiviteiten (AVG art. 30). */
public enum EnforcementActiviteit implements Verwerkingsactiviteit {
    /** Gedragingen, horen, hersteltermijn, maatregel proposal and besluit. */
    HANDHAVING("enforcement/handhaving", "Participatiewet art. 18 lid 2-11, art. 18a; afstemmingsverordening; "
            + "Awb art. 4:8"),
    /** Handhavingsonderzoek (rechtmatigheid). */
    HANDHAVINGSONDERZOEK("enforcement/handhavingsonderzoek", "Participatiewet art. 53a, art. 58, art. 18a"),
    /** The uitkeringsmutaties feed to the benefit system (GWS). */
    UITKERINGSMUTATIES("enforcement/uitkeringsmutaties", "Participatiewet art. 18 lid 2, art. 45; Wet SUWI art. 62");

    private final String code;
    private final String grondslag;

    EnforcementActiviteit(String code, String grondslag) {
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
