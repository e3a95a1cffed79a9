package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/** The deadlines intake tracks, each with the rule it comes from (see {@link IntakeTermijnen}). */
public enum TermijnSoort implements Coded {
    TERUGBELLEN("terugbellen", "Digital melding: call back within 1 working day (sources D3.1, PB §2.1)"),
    SCREENING("screening", "Screeningsgesprek within 2 working days of the melding (sources D3.1, PB §2.1)"),
    AMBITIEGESPREK("ambitiegesprek", "Ambitiegesprek within 5 working days of the screening, sooner for under-27s "
            + "(sources D3.1, D3.2; PB §2.1, §2.3.1)"),
    DOCUMENTEN("documenten", "Aanvraagformulier and bewijsstukken within 5 working days (sources D3.1, PB §2.2.2)"),
    AANVULTERMIJN("aanvultermijn", "The aanvultermijn of the letter: after it, buiten behandeling (Awb 4:5; "
            + "sources D3.1, PB §2.2.2)"),
    SMS_HERINNERING("sms-herinnering", "SMS to the aanvrager 1 day before the aanvultermijn ends (sources D3.1, "
            + "PB §2.2.2)"),
    BESLISSING("beslissing", "Decision at most 8 weeks from the melding, extended by aanvultermijnen "
            + "(sources D3.1, PB §2.1; Awb 4:13, 4:15)"),
    ZOEKTERMIJN("zoektermijn", "Under 27: the aanvraag can be made no earlier than 4 weeks after the melding "
            + "(Pw art. 41 lid 4)"),
    VOORSCHOT("voorschot", "Broodnood: a voorschot at once (sources D3.2, PB §2.1, §2.4.1)");

    private final String code;
    private final String bron;

    TermijnSoort(String code, String bron) {
        this.code = code;
        this.bron = bron;
    }

    @Override
    public String code() {
        return code;
    }

    public String bron() {
        return bron;
    }
}
