package nl.trede.platform.audit;

/** The processing activities every service shares. */
public enum PlatformActiviteit implements Verwerkingsactiviteit {
    /** A privacy officer reads a klant's audit records (an AVG inzage or an accountability check). */
    VERANTWOORDING("verantwoording-verwerkingen", "AVG art. 5 lid 2 (verantwoordingsplicht), art. 15 (recht op inzage)");

    private final String code;
    private final String grondslag;

    PlatformActiviteit(String code, String grondslag) {
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
