package nl.trede.enforcement.domain;

import java.util.Arrays;
import java.util.Optional;
import nl.trede.platform.api.Coded;

/**
 * Deventer's client groups (sources D2.3, PB §1.2). They change the no-show rules (D4.3) and whether an
 * arbeidsverplichting can be imposed: Faciliteren has „geen arbeidsverplichting" (PB §1.2, §4.1), Zorg neither.
 */
public enum Klantgroep implements Coded {
    MATCHEN("matchen"), GROEIEN("groeien"), FACILITEREN("faciliteren"), ZORG("zorg");

    public static final String PATTERN = "matchen|groeien|faciliteren|zorg";

    private final String code;

    Klantgroep(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Without a klantgroep (older events, unknown) the rules are those of Matchen/Groeien. */
    public static Optional<Klantgroep> van(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** PB §1.2 / sources D4.1: Faciliteren „geen arbeidsverplichting"; Zorg: no work duty. */
    public boolean zonderArbeidsverplichting() {
        return this == FACILITEREN || this == ZORG;
    }
}
