package nl.trede.worklist.domain;

import java.util.Objects;

/**
 * Who receives a signalering: one user, every member of a team, or every holder of a role (the role queues of
 * intake-medewerker and handhaver). A user receives what is addressed to them, to one of their teams (as klantmanager
 * or teamleider) or to one of their role queues — the same reach as {@link Zicht}.
 */
public record Ontvanger(Soort soort, String waarde) {

    public enum Soort { GEBRUIKER, TEAM, ROL }

    public Ontvanger {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(waarde, "waarde");
    }

    public static Ontvanger gebruiker(String id) {
        return new Ontvanger(Soort.GEBRUIKER, id);
    }

    public static Ontvanger team(String team) {
        return new Ontvanger(Soort.TEAM, team);
    }

    public static Ontvanger rol(String rol) {
        return new Ontvanger(Soort.ROL, rol);
    }

    /** Does this signalering reach the caller? */
    public boolean bereikt(Zicht zicht) {
        return switch (soort) {
            case GEBRUIKER -> waarde.equals(zicht.wie());
            case TEAM -> zicht.perTeam() && zicht.teams().contains(waarde);
            case ROL -> zicht.rolWachtrijen().contains(waarde);
        };
    }
}
