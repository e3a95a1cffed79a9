package nl.trede.intake.domain;

import nl.trede.platform.api.Coded;

/**
 * Where the aanvraag levensonderhoud stands on its documents (sources D12 "Aanvraag": documenten_opvragen
 * → aanvultermijn → buiten_behandeling | compleet). It goes on after the melding is doorgezet: the benefit decision is
 * not casework's.
 */
public enum AanvraagStatus implements Coded {
    /** Waiting for the aanvraagformulier and bewijsstukken (PB §2.2.2: within 5 working days of the screening). */
    IN_BEHANDELING("in-behandeling"),
    /** The documents are complete; the beslistermijn runs on. */
    COMPLEET("compleet"),
    /** Left unprocessed after an unused aanvultermijn (Awb art. 4:5 lid 1; PB §2.2.2; sources D10 S15). */
    BUITEN_BEHANDELING("buiten-behandeling");

    private final String code;

    AanvraagStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
