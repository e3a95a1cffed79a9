package nl.trede.ladder.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.trede.platform.problem.InvalidParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented mapping from one model version to another, as a functioneel beheerder adds it (sources
 * H2.3: a report in another model goes only through such rows). {@link #fouten()} holds the rules across rows.
 */
@Schema(name = "NieuweModelKoppeling")
public record KoppelingDefinitie(
        @NotNull @Valid ModelVersie van,
        @NotNull @Valid ModelVersie naar,
        @NotNull @Size(min = 6, max = 100) List<@Valid @NotNull Rij> rijen) {

    @Schema(name = "ModelVersieKeuze")
    public record ModelVersie(@NotBlank @Schema(example = "heemskerk") String code,
                              @NotBlank @Schema(example = "2018") String versie) {
    }

    @Schema(name = "ModelKoppelingRij")
    public record Rij(@NotNull @Min(1) @Max(6) @Schema(example = "2") Integer vanTrede,
                      @Schema(description = "null: the row for the trede itself", example = "2.4") String vanSubTrede,
                      @NotNull @Min(1) @Max(6) @Schema(example = "4") Integer naarTrede,
                      @NotBlank @Size(max = 4000) @Schema(example = "sources H2.3") String bron) {
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
                LadderRules.subTredeFout(r.vanTrede(), r.vanSubTrede())
                        .ifPresent(reden -> fouten.add(new InvalidParam("rijen[" + index + "].vanSubTrede", reden)));
            } else {
                tredenMetRij.add(r.vanTrede());
            }
            if (!gezien.add(r.vanTrede() + "/" + r.vanSubTrede())) {
                fouten.add(new InvalidParam("rijen[" + i + "]", "position " + (r.vanSubTrede() == null
                        ? r.vanTrede() : r.vanSubTrede()) + " has more than one row"));
            }
        }
        for (int n = LadderRules.LAAGSTE_TREDE; n <= LadderRules.HOOGSTE_TREDE; n++) {
            if (!tredenMetRij.contains(n)) {
                fouten.add(new InvalidParam("rijen", "trede " + n + " has no row of its own (vanSubTrede null)"));
            }
        }
        return fouten;
    }
}
