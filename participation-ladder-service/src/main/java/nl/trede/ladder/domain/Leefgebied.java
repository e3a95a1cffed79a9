package nl.trede.ladder.domain;

import nl.trede.platform.api.Coded;

/**
 * The leefgebieden a meting can name. The ladder itself is one-dimensional; gemeenten combine it with the
 * Zelfredzaamheid-Matrix, whose 13 domains these are (sources L5.3, ZRM 2017), plus taalvaardigheid,
 * which Welschap's intake names (sources H3.2, thesis §5.1.2). Several are health data (bijzondere
 * persoonsgegevens): they are stored with the meting and never put in an event.
 */
public enum Leefgebied implements Coded {
    FINANCIEN("financien"),
    WERK_EN_OPLEIDING("werk-en-opleiding"),
    TIJDSBESTEDING("tijdsbesteding"),
    HUISVESTING("huisvesting"),
    HUISELIJKE_RELATIES("huiselijke-relaties"),
    GEESTELIJKE_GEZONDHEID("geestelijke-gezondheid"),
    LICHAMELIJKE_GEZONDHEID("lichamelijke-gezondheid"),
    VERSLAVING("verslaving"),
    ADL_BASAAL("adl-basaal"),
    ADL_INSTRUMENTEEL("adl-instrumenteel"),
    SOCIAAL_NETWERK("sociaal-netwerk"),
    MAATSCHAPPELIJKE_PARTICIPATIE("maatschappelijke-participatie"),
    JUSTITIE("justitie"),
    TAALVAARDIGHEID("taalvaardigheid");

    private final String code;

    Leefgebied(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
