package nl.trede.worklist.api;

import nl.trede.platform.api.Coded;
import nl.trede.platform.security.Roles;

/** The roles a werkitem can be for (docs/contracts/werkitems.md, field {@code rol}). */
public enum RolCode implements Coded {
    INTAKE_MEDEWERKER(Roles.INTAKE_MEDEWERKER), KLANTMANAGER(Roles.KLANTMANAGER), TEAMLEIDER(Roles.TEAMLEIDER),
    HANDHAVER(Roles.HANDHAVER);

    private final String code;

    RolCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
