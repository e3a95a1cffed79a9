package nl.trede.ladder.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The events the ladder publishes on {@code trede.ladder.v1} (key and subject: the pseudonymous klantId). Ids, codes
 * and dates only: no BSN, no name, no leefgebieden (health data), no toelichting or correctiereden (free text)
 * (README.md#events, data minimisation). {@code dataref} points at the meting in the API.
 */
public final class LadderEvents {

    public static final String TYPE_PREFIX = "nl.trede.ladder.";
    /** A meting was recorded (not a correction). Requirement "Events". */
    public static final String METING_VASTGESTELD = TYPE_PREFIX + "meting-vastgesteld";
    /** A meting that corrects an earlier one was recorded. */
    public static final String METING_GECORRIGEERD = TYPE_PREFIX + "meting-gecorrigeerd";
    /** The klant's current position on the scheme went up (also one sub-trede up, sources H3.3). */
    public static final String TREDE_GESTEGEN = TYPE_PREFIX + "trede-gestegen";
    /** The klant's current position on the scheme went down. */
    public static final String TREDE_GEDAALD = TYPE_PREFIX + "trede-gedaald";

    private LadderEvents() {
    }

    /** meting-vastgesteld and meting-gecorrigeerd ({@code gecorrigeerdeMetingId} only on the latter). */
    public record MetingData(UUID metingId, UUID gecorrigeerdeMetingId, String model, String modelVersie, int trede,
                             String subTrede, LocalDate meetdatum, String bron, String aanleiding, UUID zaakId,
                             UUID trajectId) {
    }

    /** trede-gestegen and trede-gedaald: the current position before and after the meting. */
    public record PositieGewijzigd(UUID metingId, String model, int vanTrede, String vanSubTrede, int naarTrede,
                                   String naarSubTrede, LocalDate meetdatum) {
    }
}
