package nl.trede.ladder.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.trede.ladder.domain.ModelDefinitie;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of a ladder model as a functioneel beheerder defines it (requirement "Treden as data"); the rules
 * across fields are the domain's ({@link ModelDefinitie#fouten()}).
 */
@Schema(name = "NieuweLadderModelVersie")
public record ModelVersieRequest(
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
        List<@Valid @NotNull TredeRequest> treden) {

    @Schema(name = "NieuweTrede")
    public record TredeRequest(
            @NotNull @Min(1) @Max(6) @Schema(example = "2") Integer nummer,
            @NotBlank @Size(max = 100) @Schema(example = "Sociale activering") String naam,
            @NotBlank @Size(max = 4000) String definitie,
            @Size(max = 4000) String voorbeeld,
            @NotBlank @Size(max = 4000) String bron,
            @Min(1) @Max(60) @Schema(description = "Months until the next meting is due; default 12", example = "6")
            Integer herbeoordelingMaanden,
            @Size(max = 20) @Schema(description = "Municipal sub-treden of this trede, codes <nummer>.<n>")
            List<@Valid @NotNull SubTredeRequest> subTreden) {

        ModelDefinitie.TredeDefinitie opdracht() {
            return new ModelDefinitie.TredeDefinitie(nummer, naam, definitie, voorbeeld, bron, herbeoordelingMaanden,
                    subTreden == null ? null : subTreden.stream().map(SubTredeRequest::opdracht).toList());
        }
    }

    @Schema(name = "NieuweSubTrede")
    public record SubTredeRequest(
            @NotBlank @Schema(example = "2.4") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Vrijwilligerswerk (op dit moment) maximaal haalbaar")
            String naam,
            @NotBlank @Size(max = 4000) String definitie,
            @Size(max = 4000) String voorbeeld,
            @NotBlank @Size(max = 4000) String bron,
            @Min(1) @Max(60) Integer herbeoordelingMaanden) {

        ModelDefinitie.SubTredeDefinitie opdracht() {
            return new ModelDefinitie.SubTredeDefinitie(code, naam, definitie, voorbeeld, bron, herbeoordelingMaanden);
        }
    }

    /** The domain command. */
    public ModelDefinitie opdracht() {
        return new ModelDefinitie(code, naam, versie, geldigVanaf, geldigTot, bron,
                treden == null ? null : treden.stream().map(TredeRequest::opdracht).toList());
    }
}
