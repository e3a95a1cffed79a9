package nl.trede.worklist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored signalering as one user reads it ({@code gelezen}: by that user). */
public record Signalering(UUID id, long volgnummer, SignaleringSoort soort, Ontvanger ontvanger, Bron bron,
                          UUID klantId, String itemId, String werkitemSoort, UUID zaakId, LocalDate vervaldatum,
                          String pad, Instant aangemaaktOp, boolean gelezen) {
}
