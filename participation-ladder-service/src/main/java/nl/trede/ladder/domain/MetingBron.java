package nl.trede.ladder.domain;

import nl.trede.platform.api.Coded;

/**
 * Where the assessment came from (sources H9 "Meting" source; H2.6: the klantmanager assesses,
 * providers give input — Welschap's half-yearly report, Argonaut's medical advice, pilot monitoring in Velsen).
 */
public enum MetingBron implements Coded {
    KLANTMANAGER_GESPREK("klantmanager-gesprek"),
    PERIODIEKE_CONTROLE("periodieke-controle"),
    PROVIDER_RAPPORT("provider-rapport"),
    MEDISCH_ADVIES("medisch-advies"),
    PILOT_MONITORING("pilot-monitoring");

    private final String code;

    MetingBron(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
