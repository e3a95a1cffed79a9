package nl.trede.platform.werk;

import java.util.List;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;

/**
 * A service's open work per klant (docs/contracts/werkitems.md). A service with open work implements it as one bean;
 * the platform then marks a klant with every domain event about it ({@link WerkMarkering}) and publishes the klant's
 * snapshot {@code nl.trede.<bron>.werkitems-bijgewerkt} ({@link WerkitemsJob}). A service without such a bean marks
 * and publishes nothing.
 */
public interface WerkitemsBron {

    /** {@code intake}, {@code casework}, {@code enforcement} or {@code ladder}. */
    String bron();

    /** The service's own topic, {@code trede.<bron>.v1}. */
    String topic();

    /**
     * Every open work item of the klant in this service, computed from the service's own tables in the caller's
     * transaction. Empty when nothing is open. A {@link Werkitem#BEWAKEN} item whose vervaldatum has passed is left
     * out by the platform, which publishes the snapshot again on the day after such a term ends.
     */
    List<Werkitem> openWerk(UUID klantId);

    /**
     * Whether the event's subject is a klant (default: yes). A service publishing an event about something else (a
     * catalogue with a name-based id as subject) says no for it, so no snapshot is made for it.
     */
    default boolean betreftKlant(DomainEvent event) {
        return true;
    }
}
