package nl.trede.casework.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.trede.platform.api.Coded;

/** Where an overdracht stands (sources A3, A6 T04, T05). */
public enum OverdrachtStatus implements Coded {
    AANGEBODEN("aangeboden"),
    KENNISMAKING_GEHOUDEN("kennismaking-gehouden"),
    GEACCEPTEERD("geaccepteerd"),
    AFGEWEZEN("afgewezen"),
    VERLOPEN("verlopen"),
    INGETROKKEN("ingetrokken");

    /** Still waiting for the receiver: the sender remains owner. */
    public static final Set<OverdrachtStatus> OPEN = EnumSet.of(AANGEBODEN, KENNISMAKING_GEHOUDEN);

    private final String code;

    OverdrachtStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
