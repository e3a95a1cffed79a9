package nl.trede.worklist.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service's complete list of a klant's open work (docs/contracts/werkitems.md): it replaces the list held for
 * (bron, klant) when its {@code volgnummer} is higher; {@code tijd} is the event's time (staleness per bron).
 */
public record Snapshot(Bron bron, UUID klantId, long volgnummer, Instant tijd, List<Werkitem> werkitems) {

    public Snapshot {
        werkitems = List.copyOf(werkitems);
    }
}
