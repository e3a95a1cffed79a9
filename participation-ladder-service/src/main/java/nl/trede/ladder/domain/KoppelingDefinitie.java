package nl.trede.ladder.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.trede.platform.problem.InvalidParam;

/**
 * The documented mapping from one model version to another, as a functioneel beheerder adds it (sources
 * H2.3: a report in another model goes only through such rows). {@link #fouten()} holds the rules across rows.
 */
public record KoppelingDefinitie(ModelVersie van, ModelVersie naar, List<Rij> rijen) {

    /** A model version by code and versie. */
    public record ModelVersie(String code, String versie) {
    }

    /**
     * How one position of the van version reads in the naar version.
     *
     * @param vanSubTrede null: the row for the trede itself
     */
    public record Rij(Integer vanTrede, String vanSubTrede, Integer naarTrede, String bron) {
    }

    /**
     * Every sub-trede belongs to its trede, each position has one row, and every trede 1-6 has its own row (the
     * fallback for a meting without sub-trede or a sub-trede without a row), so that no position is left unmapped.
     */
    public List<InvalidParam> fouten() {
        List<InvalidParam> fouten = new ArrayList<>();
        if (van != null && naar != null && van.code() != null && van.code().equals(naar.code())) {
            fouten.add(new InvalidParam("naar.code", "must differ from van.code"));
        }
        if (rijen == null) {
            return fouten;
        }
        Set<String> gezien = new HashSet<>();
        Set<Integer> tredenMetRij = new HashSet<>();
        for (int i = 0; i < rijen.size(); i++) {
            Rij r = rijen.get(i);
            if (r == null || r.vanTrede() == null) {
                continue;
            }
            if (r.vanSubTrede() != null) {
                int index = i;
                LadderRegels.subTredeFout(r.vanTrede(), r.vanSubTrede())
                        .ifPresent(reden -> fouten.add(new InvalidParam("rijen[" + index + "].vanSubTrede", reden)));
            } else {
                tredenMetRij.add(r.vanTrede());
            }
            if (!gezien.add(r.vanTrede() + "/" + r.vanSubTrede())) {
                fouten.add(new InvalidParam("rijen[" + i + "]", "position " + (r.vanSubTrede() == null
                        ? r.vanTrede() : r.vanSubTrede()) + " has more than one row"));
            }
        }
        for (int n = LadderRegels.LAAGSTE_TREDE; n <= LadderRegels.HOOGSTE_TREDE; n++) {
            if (!tredenMetRij.contains(n)) {
                fouten.add(new InvalidParam("rijen", "trede " + n + " has no row of its own (vanSubTrede null)"));
            }
        }
        return fouten;
    }
}
