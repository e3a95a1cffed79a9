package nl.trede.enforcement.domain;

/**
 * The enforcement rule sets. Which version applies on a date is {@link nl.trede.platform.time.Geldigheid#geldigOp}.
 */
public final class RegelsetRegels {

    /**
     * The statutory rule set: Participatiewet art. 18 lid 4-8, the eight arbeidsverplichtingen with their fixed 100%
     * verlaging (sources L4.3). Municipal afstemmingsverordeningen will be rule sets of their own.
     */
    public static final String WETTELIJKE_REGELSET = "pw-art-18-lid-4";

    /** Deventer's "Maatregelen Participatiewet" (sources D4.3-D4.7) with Pw art. 18 lid 4-8. */
    public static final String DEVENTER_REGELSET = "deventer-maatregelen";

    private RegelsetRegels() {
    }
}
