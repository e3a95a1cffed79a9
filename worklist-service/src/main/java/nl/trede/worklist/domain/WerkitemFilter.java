package nl.trede.worklist.domain;

import java.util.Map;
import java.util.UUID;

/**
 * The filters of the werkvoorraad (all optional, combined with AND): assignee, team, role, kind, klant, klantgroep and
 * due window. {@code toegewezenAan} is a user id ({@code ik} is resolved to the caller's before it gets here).
 */
public record WerkitemFilter(String toegewezenAan, String team, String rol, String soort, UUID klantId,
                             String klantgroep, Venster venster) {

    public static final WerkitemFilter GEEN = new WerkitemFilter(null, null, null, null, null, null, null);

    /** The filter as a native SQL condition on the werkitem alias {@code w}; parameters go to {@code params}. */
    public String sql(String w, java.time.LocalDate vandaag, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        gelijk(sql, params, w + ".toegewezen_aan", "fToegewezenAan", toegewezenAan);
        gelijk(sql, params, w + ".team", "fTeam", team);
        gelijk(sql, params, w + ".rol", "fRol", rol);
        gelijk(sql, params, w + ".soort", "fSoort", soort);
        gelijk(sql, params, w + ".klant_id", "fKlantId", klantId);
        gelijk(sql, params, w + ".klantgroep", "fKlantgroep", klantgroep);
        if (venster != null) {
            Venster.Bereik bereik = venster.bereik(vandaag);
            if (bereik.van() != null) {
                sql.append(" AND ").append(w).append(".vervaldatum >= :fVan");
                params.put("fVan", bereik.van());
            }
            if (bereik.tot() != null) {
                sql.append(" AND ").append(w).append(".vervaldatum <= :fTot");
                params.put("fTot", bereik.tot());
            }
        }
        return sql.toString();
    }

    private static void gelijk(StringBuilder sql, Map<String, Object> params, String kolom, String naam, Object waarde) {
        if (waarde != null) {
            sql.append(" AND ").append(kolom).append(" = :").append(naam);
            params.put(naam, waarde);
        }
    }
}
