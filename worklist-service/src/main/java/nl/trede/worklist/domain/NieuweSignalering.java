package nl.trede.worklist.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A signalering decided by {@link SignaleringRegels}, before it is stored (once per item, kind and recipient). */
public record NieuweSignalering(SignaleringSoort soort, Ontvanger ontvanger, Bron bron, UUID klantId, String itemId,
                                String werkitemSoort, UUID zaakId, LocalDate vervaldatum, String pad) {

    static NieuweSignalering over(Werkitem item, SignaleringSoort soort, Ontvanger ontvanger) {
        return new NieuweSignalering(soort, ontvanger, item.bron(), item.klantId(), item.id(), item.soort(),
                item.zaakId(), item.vervaldatum(), item.pad());
    }
}
