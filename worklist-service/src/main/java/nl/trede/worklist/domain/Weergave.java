package nl.trede.worklist.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's saved view: a name and a filter set of the werkvoorraad. Its {@code toegewezenAan} may be {@code ik}: the
 * user who applies it.
 */
public record Weergave(UUID id, String naam, WerkitemFilter filter, int versie, Instant aangemaaktOp) {
}
