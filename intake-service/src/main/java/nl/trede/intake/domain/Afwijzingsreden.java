package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/** Why a melding ends without doorzetten (productenboek §2.2.2 "Bent u bij het juiste loket?", werkproces step 3). */
public enum Afwijzingsreden implements Coded {
    /** Referred to UWV (WW, ZW, WIA, IOW). */
    VERWEZEN_UWV("verwezen-uwv"),
    /** Referred to DUO (studiefinanciering, WTOS). */
    VERWEZEN_DUO("verwezen-duo"),
    /** Another voorliggende voorziening (SVB, alimentatie, former employer, Belastingdienst). */
    VOORLIGGENDE_VOORZIENING("voorliggende-voorziening"),
    /** Income above the norm, or otherwise no ground for support. */
    GEEN_GROND("geen-grond");

    private final String code;

    Afwijzingsreden(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
