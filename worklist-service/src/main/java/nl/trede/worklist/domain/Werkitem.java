package nl.trede.worklist.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One open piece of work of a klant in one service, as the contract defines it (docs/contracts/werkitems.md), with the
 * {@code bron} and {@code klantId} of its snapshot. No personal data: ids, codes, dates and a short text the producer
 * guarantees to be free of it.
 */
public record Werkitem(Bron bron, UUID klantId, String id, String soort, String omschrijving, UUID zaakId,
                       LocalDate vervaldatum, String grondslag, String status, String rol, String team,
                       String toegewezenAan, String klantgroep, String pad) {

    public static final String OPEN = "open";
    public static final String BEWAKEN = "bewaken";
    /** The soort of an overdracht offered to a team or person (contract catalogue). */
    public static final String OVERDRACHT = "casework.overdracht";

    /** Someone must act (not a running term that is only watched). */
    public boolean open() {
        return OPEN.equals(status);
    }
}
