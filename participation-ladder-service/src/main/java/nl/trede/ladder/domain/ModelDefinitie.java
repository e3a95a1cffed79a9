package nl.trede.ladder.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.trede.platform.problem.InvalidParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of a ladder model as a functioneel beheerder defines it (requirement "Treden as data": the treden with
 * definitions plus municipal variants, versioned with validity dates). {@link #fouten()} holds the rules that bean
 * validation cannot express.
 */
@Schema(name = "NieuweLadderModelVersie")
public record ModelDefinitie(
        @NotBlank @Size(max = 60) @Schema(description = "Code of the scheme (kebab-case); versions share it",
                example = "heemskerk") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Participatieladder gemeente Heemskerk (met sub-treden)")
        String naam,
        @NotBlank @Size(max = 30) @Schema(example = "2027") String versie,
        @NotNull @Schema(format = "date", description = "First day the version applies", example = "2027-01-01")
        LocalDate geldigVanaf,
        @Schema(format = "date", description = "Last day (inclusive); null: until further notice") LocalDate geldigTot,
        @NotBlank @Size(max = 4000) @Schema(description = "Sources: documents and sections",
                example = "Beleidsregels re-integratie 2027, bijlage 2") String bron,
        @NotNull @Size(min = 6, max = 6) @Schema(description = "Exactly the six treden, numbered 1 to 6")
        List<@Valid @NotNull TredeDefinitie> treden) {

    @Schema(name = "NieuweTrede")
    public record TredeDefinitie(
            @NotNull @Min(1) @Max(6) @Schema(example = "2") Integer nummer,
            @NotBlank @Size(max = 100) @Schema(example = "Sociale activering") String naam,
            @NotBlank @Size(max = 4000) String definitie,
            @Size(max = 4000) String voorbeeld,
            @NotBlank @Size(max = 4000) String bron,
            @Min(1) @Max(60) @Schema(description = "Months until the next meting is due; default 12", example = "6")
            Integer herbeoordelingMaanden,
            @Size(max = 20) @Schema(description = "Municipal sub-treden of this trede, codes <nummer>.<n>")
            List<@Valid @NotNull SubTredeDefinitie> subTreden) {
    }

    @Schema(name = "NieuweSubTrede")
    public record SubTredeDefinitie(
            @NotBlank @Schema(example = "2.4") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Vrijwilligerswerk (op dit moment) maximaal haalbaar")
            String naam,
            @NotBlank @Size(max = 4000) String definitie,
            @Size(max = 4000) String voorbeeld,
            @NotBlank @Size(max = 4000) String bron,
            @Min(1) @Max(60) Integer herbeoordelingMaanden) {
    }

    /**
     * The rules across fields: a kebab-case code (V1 check), {@code geldigTot} not before {@code geldigVanaf}, the
     * six treden 1 to 6 each exactly once ("Het participatieniveau wordt aangegeven in zes treden",
     * sources H2.2; sources L5.2), and every sub-trede of the form {@code <nummer>.<n>}
     * of its own trede, each code once (sources H2.4).
     */
    public List<InvalidParam> fouten() {
        List<InvalidParam> fouten = new ArrayList<>();
        if (code != null && !LadderRules.isModelCode(code)) {
            fouten.add(new InvalidParam("code", "must be kebab-case: lowercase letters and digits separated by -"));
        }
        if (geldigVanaf != null && geldigTot != null && geldigTot.isBefore(geldigVanaf)) {
            fouten.add(new InvalidParam("geldigTot", "must not lie before geldigVanaf"));
        }
        if (treden == null) {
            return fouten;
        }
        Set<Integer> nummers = new HashSet<>();
        for (int i = 0; i < treden.size(); i++) {
            TredeDefinitie t = treden.get(i);
            if (t == null || t.nummer() == null) {
                continue;
            }
            if (!nummers.add(t.nummer())) {
                fouten.add(new InvalidParam("treden[" + i + "].nummer", "trede " + t.nummer() + " occurs twice"));
            }
            if (t.subTreden() == null) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (int j = 0; j < t.subTreden().size(); j++) {
                SubTredeDefinitie s = t.subTreden().get(j);
                if (s == null || s.code() == null) {
                    continue;
                }
                String veld = "treden[" + i + "].subTreden[" + j + "].code";
                LadderRules.subTredeFout(t.nummer(), s.code())
                        .ifPresent(reden -> fouten.add(new InvalidParam(veld, reden)));
                if (!codes.add(s.code())) {
                    fouten.add(new InvalidParam(veld, "sub-trede " + s.code() + " occurs twice"));
                }
            }
        }
        return fouten;
    }
}
