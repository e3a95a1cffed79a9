package nl.trede.intake.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.trede.platform.api.Coded;

/** Where a melding stands in the intake (Deventer productenboek §2.1–2.2). */
public enum MeldingStatus implements Coded {
    /** Received; waits for the screeningsgesprek. */
    GEREGISTREERD("geregistreerd"),
    /** The inkomensconsulent reported on the screeningsgesprek (PB §2.2.2). */
    SCREENING_AFGEROND("screening-afgerond"),
    /** The intaker held the ambitiegesprek (PB §2.2.3). */
    AMBITIEGESPREK_GEHOUDEN("ambitiegesprek-gehouden"),
    /** The consultant placed the klant in a klantgroep (PB §2.2.4). */
    KLANTGROEP_BEPAALD("klantgroep-bepaald"),
    /** Handed over to casework; closed in intake. */
    DOORGEZET("doorgezet"),
    /** Not for the gemeente's intake (another loket, no entitlement); closed with a reason. */
    AFGEWEZEN("afgewezen"),
    /** Withdrawn by the klant (PB §2.2.2 form to withdraw the melding); closed with a reason. */
    INGETROKKEN("ingetrokken"),
    /** A tip handhaving: forwarded to enforcement at once, never shown to casework as a tip. */
    DOORGESTUURD_HANDHAVING("doorgestuurd-handhaving"),
    /** The aanvraag was left buiten behandeling before doorzetten (Awb art. 4:5; PB §2.2.2); closed. */
    BUITEN_BEHANDELING("buiten-behandeling"),
    /**
     * A ketenpartner's signal about a person who already had an open signal: recorded and linked to that melding,
     * which is handled instead; closed in itself.
     */
    GEKOPPELD("gekoppeld");

    /** The statuses of an open melding: one open melding per person per type. */
    public static final Set<MeldingStatus> OPEN =
            EnumSet.of(GEREGISTREERD, SCREENING_AFGEROND, AMBITIEGESPREK_GEHOUDEN, KLANTGROEP_BEPAALD);

    private final String code;

    MeldingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
