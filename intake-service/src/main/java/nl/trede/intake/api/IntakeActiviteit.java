package nl.trede.intake.api;

import nl.trede.platform.audit.Verwerkingsactiviteit;

/** intake's register of verwerkingsactiviteiten (AVG art. 30): the purposes for which it processes klant data. */
public enum IntakeActiviteit implements Verwerkingsactiviteit {
    /** Registering a melding (aanvraag, signaal, verzoek, tip) with the person's data. */
    MELDING_REGISTREREN("intake/melding-registreren", "Participatiewet art. 41 (melding en aanvraag), art. 43"),
    /** Reading meldingen, finding them by BSN, their deadlines. */
    MELDING_INZIEN("intake/melding-inzien", "Participatiewet art. 41, 43; Awb art. 4:13"),
    /** Screening, ambitiegesprek, klantgroep, aanvultermijn, doorzetten, afwijzing, intrekking. */
    MELDING_BEHANDELEN("intake/melding-behandelen", "Participatiewet art. 41, 43, 44; Awb art. 4:5");

    private final String code;
    private final String grondslag;

    IntakeActiviteit(String code, String grondslag) {
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
