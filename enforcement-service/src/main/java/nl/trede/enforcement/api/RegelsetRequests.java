package nl.trede.enforcement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.trede.enforcement.domain.RegelsetCommando;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /regelsets}: a new version of a municipal verordening, loaded by functioneel beheer; it maps
 * to {@link RegelsetCommando.Versie}.
 */
public final class RegelsetRequests {

    static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";

    private RegelsetRequests() {
    }

    @Schema(name = "RegelsetVersie", description = "A new version of a rule set. Its validity must not overlap another "
            + "version of the same code (409), except an open-ended version that started earlier: it then ends the "
            + "day before this one starts, unless it already judges a gedraging dated on or after that day (409).")
    public record RegelsetRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = KEBAB) @Schema(description = "Kebab-case code; the versions "
                    + "of one code form the rule set", example = "deventer-maatregelen") String code,
            @NotBlank @Size(max = 200) @Schema(description = "Name", example = "Afstemmingsverordening Deventer 2027")
            String naam,
            @Size(max = 100) @Schema(description = "The gemeente; empty for statutory sets", example = "Deventer")
            String gemeente,
            @NotNull @Schema(description = "First day of validity (inclusive)", example = "2027-01-01")
            LocalDate geldigVanaf,
            @Schema(description = "Last day of validity (inclusive); empty: until further notice") LocalDate geldigTot,
            @NotBlank @Size(max = 4000) @Schema(description = "The source: CVDR id, article, council decision",
                    example = "CVDR999999, Afstemmingsverordening Participatiewet Deventer 2027") String bron,
            @NotEmpty @Size(max = 100) @Schema(description = "The gedragingscategorieen")
            List<@Valid CategorieRequest> categorieen,
            @Valid @Schema(description = "Recidive semantics; absent: the statutory default (imposed maatregel only, "
                    + "counted from its besluit: Pw art. 18 lid 6-8)") RecidiveRequest recidive) {

        RegelsetCommando.Versie commando() {
            return new RegelsetCommando.Versie(code, naam, gemeente, geldigVanaf, geldigTot, bron,
                    categorieen.stream().map(c -> c == null ? null : c.commando()).toList(),
                    recidive == null ? null : new RegelsetCommando.Recidive(recidive.telt(), recidive.vanaf()));
        }
    }

    @Schema(name = "RecidiveDefinitie", description = "What the verordening counts as recidive; the term is per "
            + "category (recidiveTermijnMaanden)")
    public record RecidiveRequest(
            @Schema(description = "What counts as an earlier breach: opgelegd (an imposed maatregel only; default, "
                    + "Pw art. 18 lid 6) or opgelegd-of-waarschuwing (a waarschuwing counts as step 1)",
                    enumeration = {"opgelegd", "opgelegd-of-waarschuwing"}, example = "opgelegd") String telt,
            @Schema(description = "The day the term starts: besluitdatum (default; the earlier besluit, taken on or "
                    + "before the new gedraging: Pw art. 18 lid 6 \"nadat … toepassing heeft gevonden\") or "
                    + "gedragingsdatum (the earlier gedraging)", enumeration = {"besluitdatum", "gedragingsdatum"},
                    example = "besluitdatum") String vanaf) {
    }

    @Schema(name = "GedragingscategorieDefinitie")
    public record CategorieRequest(
            @NotBlank @Size(max = 80) @Pattern(regexp = KEBAB) @Schema(example = "g2-niet-verschijnen") String code,
            @NotBlank @Size(max = 4000) @Schema(example = "Niet verschijnen op afspraken gericht op arbeidsinschakeling")
            String omschrijving,
            @NotBlank @Size(max = 100) @Schema(description = "Legal reference", example = "Pw art. 18 lid 2")
            String artikel,
            @NotBlank @Schema(description = "Rule type: percentage, vast-bedrag, taaleis or taaleis-eenmalig",
                    example = "percentage") String soort,
            @Size(max = 80) @Pattern(regexp = KEBAB) @Schema(description = "Categories of one group count for each "
                    + "other's recidive; pw-art-18-lid-4 must follow Pw art. 18 lid 5-8", example = "pw-art-18-lid-4")
            String recidivegroep,
            @Min(1) @Max(120) @Schema(description = "Recidive term in months (default 12)", example = "12")
            Integer recidiveTermijnMaanden,
            @Schema(description = "A first breach may get a waarschuwing instead (default false)")
            Boolean waarschuwingToegestaan,
            @NotBlank @Size(max = 4000) @Schema(description = "Source of the row", example = "art. 9 lid 1 onder b")
            String bron,
            @NotEmpty @Size(max = 20) @Schema(description = "Steps 1..n; the last repeats")
            List<@Valid StapRequest> stappen) {

        RegelsetCommando.Categorie commando() {
            return new RegelsetCommando.Categorie(code, omschrijving, artikel, soort, recidivegroep,
                    recidiveTermijnMaanden, waarschuwingToegestaan, bron,
                    stappen.stream().map(s -> s == null ? null : s.commando()).toList());
        }
    }

    @Schema(name = "SanctiestapDefinitie")
    public record StapRequest(
            @NotNull @Min(1) @Max(20) @Schema(example = "1") Integer stap,
            @NotNull @Min(0) @Max(100) @Schema(description = "Percentage of the norm; 0 with a fixed amount",
                    example = "30") Integer percentage,
            @Min(0) @Max(120) @Schema(description = "Months; empty for a fixed amount or an open end (taaleis)",
                    example = "1") Integer duurMaanden,
            @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) @Schema(description = "Fixed one-off amount in euro",
                    example = "50.00") BigDecimal bedragEenmalig,
            @NotBlank @Size(max = 100) @Schema(example = "Pw art. 18 lid 2") String artikel,
            @NotBlank @Size(max = 4000) @Schema(example = "Afstemmingsverordening art. 9 lid 1 onder b") String bron) {

        RegelsetCommando.Stap commando() {
            return new RegelsetCommando.Stap(stap, percentage, duurMaanden, bedragEenmalig, artikel, bron);
        }
    }
}
