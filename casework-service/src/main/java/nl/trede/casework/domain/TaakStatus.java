package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/**
 * Where a task stands: open until someone handles it. In the database as the constant's name (column taak
 * (V3__overdracht.sql; the partial index taak_open and the zaak triggers of V13__zaak_invarianten.sql name OPEN)),
 * in the API and events as its code (docs/architecture.md, "API conventions: codes").
 */
public enum TaakStatus implements Coded {
    OPEN("open"),
    AFGEHANDELD("afgehandeld");

    private final String code;

    TaakStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
