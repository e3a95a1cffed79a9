package nl.trede.platform.security;

/** The JWT roles (the {@code groups} claim) of README.md#tokens-and-roles. */
public final class Roles {
    public static final String INTAKE_MEDEWERKER = "intake-medewerker";
    /** Includes the trajectregisseur. */
    public static final String KLANTMANAGER = "klantmanager";
    public static final String TEAMLEIDER = "teamleider";
    public static final String HANDHAVER = "handhaver";
    /** Aggregated reports only: never a BSN or a name. */
    public static final String BELEIDSMEDEWERKER = "beleidsmedewerker";
    /** Partner organisations submitting signalen. */
    public static final String KETENPARTNER = "ketenpartner";
    /** Integration account of a GWS-like benefit system. */
    public static final String GWS_KOPPELING = "gws-koppeling";
    /** Catalogues and rule sets. */
    public static final String FUNCTIONEEL_BEHEERDER = "functioneel-beheerder";
    /** Reads the audit log (Logboek dataverwerkingen). */
    public static final String PRIVACY_OFFICER = "privacy-officer";
    /** A Trede service calling another Trede service with its own identity. */
    public static final String SERVICE = "trede-service";

    public static final String[] ALL_USER_ROLES = {
        INTAKE_MEDEWERKER, KLANTMANAGER, TEAMLEIDER, HANDHAVER, BELEIDSMEDEWERKER,
        KETENPARTNER, GWS_KOPPELING, FUNCTIONEEL_BEHEERDER, PRIVACY_OFFICER
    };

    private Roles() {
    }
}
