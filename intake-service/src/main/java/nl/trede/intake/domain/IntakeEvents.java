package nl.trede.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The events intake publishes on {@code trede.intake.v1} (key and subject: klantId). Payloads carry ids, codes
 * and dates only: no BSN, no name, no birth date (DESIGN.md "Events", data minimisation). Consumers fetch
 * personal data from {@code GET /api/intake/v1/meldingen/{meldingId}} with a service token.
 */
public final class IntakeEvents {

    public static final String TYPE_PREFIX = "nl.trede.intake.";
    public static final String MELDING_GEREGISTREERD = TYPE_PREFIX + "melding-geregistreerd";
    public static final String MELDING_DOORGEZET = TYPE_PREFIX + "melding-doorgezet";

    private IntakeEvents() {
    }

    public record MeldingGeregistreerd(UUID meldingId, String meldingType, LocalDate meldingDatum) {
    }

    public record MeldingDoorgezet(UUID meldingId, String meldingType, LocalDate meldingDatum, Instant doorgezetOp) {
    }
}
