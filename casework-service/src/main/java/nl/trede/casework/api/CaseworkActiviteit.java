package nl.trede.casework.api;

import nl.trede.platform.audit.Verwerkingsactiviteit;

/** casework's register of verwerkingsactiviteiten (AVG art. 30): the purposes for which it processes klant data. */
public enum CaseworkActiviteit implements Verwerkingsactiviteit {
    /** The zaak itself: opening, reading, its timeline, klantgroep, closing. */
    ZAAKBEHANDELING("casework/zaakbehandeling", "Participatiewet art. 7 lid 1, art. 44a; Wet SUWI art. 9"),
    /** Who directs the zaak: regie, overdrachten, deviations regie/uitvoering, tasks. */
    REGIE("casework/regie", "Participatiewet art. 7 lid 1; Wet SUWI art. 9, 10"),
    /** Re-integration: trajecten, indicaties, plan van aanpak, matchen, nazorg. */
    REINTEGRATIE("casework/re-integratie", "Participatiewet art. 7 lid 1 sub a, art. 10, art. 10a, art. 44a"),
    /** Support and its consultations: ondersteuningen, begeleidingsoverleggen, opschaling. */
    ONDERSTEUNING("casework/ondersteuning", "Participatiewet art. 7 lid 1 sub b, art. 10; Wmo 2015 art. 2.3.1"),
    /** Reporting a gedraging to enforcement. */
    GEDRAGING_MELDEN("casework/gedraging-melden", "Participatiewet art. 18 lid 2, art. 18a");

    private final String code;
    private final String grondslag;

    CaseworkActiviteit(String code, String grondslag) {
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
