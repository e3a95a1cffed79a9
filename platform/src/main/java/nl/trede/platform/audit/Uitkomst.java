package nl.trede.platform.audit;

import nl.trede.platform.api.Coded;

/** Whether the processing took place ({@code geslaagd}) or was refused to the actor ({@code geweigerd}, a 403). */
public enum Uitkomst implements Coded {
    GESLAAGD("geslaagd"),
    GEWEIGERD("geweigerd");

    private final String code;

    Uitkomst(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
