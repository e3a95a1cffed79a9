package nl.trede.worklist.domain;

import nl.trede.platform.api.Coded;

/** The kinds of signalering a user can receive (and switch off in their voorkeuren). */
public enum SignaleringSoort implements Coded {
    /** A new piece of work is assigned to me. */
    TOEGEWEZEN("toegewezen"),
    /** An overdracht is offered to my team (or to me). */
    OVERDRACHT_AANGEBODEN("overdracht-aangeboden"),
    /** Open work of mine is due tomorrow. */
    TERMIJN_MORGEN("termijn-morgen"),
    /** Open work of mine is overdue. */
    TERMIJN_VERLOPEN("termijn-verlopen"),
    /** A maatregel was proposed for a klant with active zorg whose regisseur I am. */
    MAATREGEL_VOORGESTELD("maatregel-voorgesteld");

    private final String code;

    SignaleringSoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static SignaleringSoort of(String code) {
        for (SignaleringSoort s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown signalering soort " + code);
    }
}
