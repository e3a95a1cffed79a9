package nl.trede.casework.domain;

import nl.trede.platform.api.Coded;

/** Why a zaak closes: never silently (requirement "a zaak never closes silently"). */
public enum AfsluitReden implements Coded {
    UITSTROOM_WERK("uitstroom-werk"),
    UITSTROOM_ONDERWIJS("uitstroom-onderwijs"),
    DOELEN_BEREIKT("doelen-bereikt"),
    VERHUISD("verhuisd"),
    GEEN_RECHT_MEER("geen-recht-meer"),
    KLANT_ZIET_AF("klant-ziet-af"),
    OVERLEDEN("overleden"),
    OVERIG("overig");

    private final String code;

    AfsluitReden(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
