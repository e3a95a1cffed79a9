package nl.trede.worklist.api;

import java.util.regex.Pattern;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.problem.ProblemException;
import nl.trede.worklist.domain.Venster;
import nl.trede.worklist.domain.WerkitemFilter;

/**
 * The werkvoorraad's filter parameters, parsed to a {@link WerkitemFilter}: each bad value is a 400 problem naming the
 * parameter (README "API conventions", strict input). {@code toegewezenAan=ik} is the caller.
 */
final class Filters {

    static final String IK = "ik";
    static final String GEBRUIKER = "[A-Za-z0-9._@-]{1,200}";
    static final String TEAM = "[A-Za-z0-9._-]{1,100}";
    static final String SOORT = "[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+";
    static final String KLANTGROEP = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern GEBRUIKER_P = Pattern.compile(GEBRUIKER);
    private static final Pattern TEAM_P = Pattern.compile(TEAM);
    private static final Pattern SOORT_P = Pattern.compile(SOORT);
    private static final Pattern KLANTGROEP_P = Pattern.compile(KLANTGROEP);

    private Filters() {
    }

    /** Parses the raw values; {@code toegewezenAan} stays {@code ik} (see {@link #voor}). */
    static WerkitemFilter parse(String toegewezenAan, String team, String rol, String soort, String klantId,
                                String klantgroep, String venster) {
        RolCode r = QueryParams.code("rol", rol, RolCode.class);
        return new WerkitemFilter(patroon("toegewezenAan", toegewezenAan, GEBRUIKER_P, 200),
                patroon("team", team, TEAM_P, 100), r == null ? null : r.code(),
                patroon("soort", soort, SOORT_P, 100), QueryParams.uuid("klantId", klantId),
                patroon("klantgroep", klantgroep, KLANTGROEP_P, 60), QueryParams.code("venster", venster, Venster.class));
    }

    /** The filter as the caller applies it: {@code toegewezenAan=ik} becomes their user id. */
    static WerkitemFilter voor(WerkitemFilter f, String wie) {
        if (!IK.equals(f.toegewezenAan())) {
            return f;
        }
        return new WerkitemFilter(wie, f.team(), f.rol(), f.soort(), f.klantId(), f.klantgroep(), f.venster());
    }

    private static String patroon(String naam, String waarde, Pattern p, int max) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        String w = waarde.strip();
        if (w.length() > max || !p.matcher(w).matches()) {
            throw ProblemException.invalid(naam, "must match " + p.pattern());
        }
        return w;
    }
}
