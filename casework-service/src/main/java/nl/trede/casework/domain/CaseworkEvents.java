package nl.trede.casework.domain;

import java.util.UUID;

/** Events casework publishes on {@code trede.casework.v1} (key and subject: klantId); no personal data. */
public final class CaseworkEvents {

    public static final String TYPE_PREFIX = "nl.trede.casework.";
    public static final String ZAAK_AANGEMAAKT = TYPE_PREFIX + "zaak-aangemaakt";

    private CaseworkEvents() {
    }

    public record ZaakAangemaakt(UUID zaakId, UUID meldingId, String meldingType, String team) {
    }
}
