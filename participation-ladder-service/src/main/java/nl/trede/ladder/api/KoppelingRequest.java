package nl.trede.ladder.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.trede.ladder.domain.KoppelingDefinitie;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented mapping from one model version to another, as a functioneel beheerder adds it (sources H2.3); the
 * rules across rows are the domain's ({@link KoppelingDefinitie#fouten()}).
 */
@Schema(name = "NieuweModelKoppeling")
public record KoppelingRequest(
        @NotNull @Valid ModelVersie van,
        @NotNull @Valid ModelVersie naar,
        @NotNull @Size(min = 6, max = 100) List<@Valid @NotNull Rij> rijen) {

    @Schema(name = "ModelVersieKeuze")
    public record ModelVersie(@NotBlank @Schema(example = "heemskerk") String code,
                              @NotBlank @Schema(example = "2018") String versie) {

        KoppelingDefinitie.ModelVersie opdracht() {
            return new KoppelingDefinitie.ModelVersie(code, versie);
        }
    }

    @Schema(name = "ModelKoppelingRij")
    public record Rij(@NotNull @Min(1) @Max(6) @Schema(example = "2") Integer vanTrede,
                      @Schema(description = "null: the row for the trede itself", example = "2.4") String vanSubTrede,
                      @NotNull @Min(1) @Max(6) @Schema(example = "4") Integer naarTrede,
                      @NotBlank @Size(max = 4000) @Schema(example = "sources H2.3") String bron) {

        KoppelingDefinitie.Rij opdracht() {
            return new KoppelingDefinitie.Rij(vanTrede, vanSubTrede, naarTrede, bron);
        }
    }

    /** The domain command. */
    public KoppelingDefinitie opdracht() {
        return new KoppelingDefinitie(van.opdracht(), naar.opdracht(), rijen.stream().map(Rij::opdracht).toList());
    }
}
