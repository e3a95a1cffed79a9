package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/** The kinds of melding (docs/architecture.md#intake). */
public enum MeldingType implements Coded {
    /** A citizen reports for bijstand (digital, or by phone registered by an intake-medewerker). */
    AANVRAAG_LEVENSONDERHOUD("aanvraag-levensonderhoud"),
    /** A ketenpartner (VSO/PrO school, wijkteam, UWV, Matchpoint) signals someone. */
    SIGNAAL_KETENPARTNER("signaal-ketenpartner"),
    /** A niet-uitkeringsgerechtigde asks for support towards work. */
    VERZOEK_ONDERSTEUNING("verzoek-ondersteuning"),
    /** A tip for handhaving: forwarded to enforcement, never shown to casework as a tip. */
    TIP_HANDHAVING("tip-handhaving");

    private final String code;

    MeldingType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
