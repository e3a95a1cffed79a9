package nl.trede.ladder.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.ladder.domain.Aanleiding;
import nl.trede.ladder.domain.Leefgebied;
import nl.trede.ladder.domain.MetingBron;
import nl.trede.ladder.domain.NieuweMeting;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meting as the klantmanager records it (requirement "Metingen"); {@link #opdracht()} is the domain command. */
@Schema(name = "NieuweMeting")
public record NieuweMetingRequest(
        @NotNull @Schema(description = "Pseudonymous klant id of the suite (never a BSN)",
                example = "3f1c2a9e-5b7d-4c1e-9a2b-1d2e3f4a5b6c") UUID klantId,
        @NotNull @Valid @Schema(description = "The ladder model it is scored on; without versie the version valid "
                + "on the meetdatum") ModelKeuze model,
        @NotNull @Schema(description = "Trede number of that model, 1 to 6", example = "2") Integer trede,
        @Size(max = 20) @Schema(description = "The sub-treden of that trede the klant is active on; the klant is "
                + "placed on the highest (sources H2.5)", example = "[\"2.2\", \"2.4\"]")
        List<@NotBlank String> subTreden,
        @NotNull @Schema(format = "date", description = "Date of the assessment; not in the future",
                example = "2026-03-02") LocalDate meetdatum,
        @NotNull @Schema(example = "klantmanager-gesprek") MetingBron bron,
        @NotNull @Schema(example = "periodiek") Aanleiding aanleiding,
        @Size(max = 255) @Schema(description = "Who assessed; default the caller", example = "klantmanager-17")
        String beoordelaar,
        @Size(max = 14) @Schema(description = "Leefgebieden the assessment names", example = "[\"sociaal-netwerk\"]")
        Set<@NotNull Leefgebied> leefgebieden,
        @Size(max = 2000) @Schema(description = "Reasons in words (stays in the service, never in an event)")
        String toelichting,
        @Schema(description = "The zaak in casework") UUID zaakId,
        @Schema(description = "The traject (re-integration trajectory) the meting belongs to") UUID trajectId,
        @Schema(description = "The meting this one corrects (same klant); it then drops out of the history's valid "
                + "line") UUID corrigeert,
        @Size(max = 1000) @Schema(description = "Required with corrigeert", example = "Verkeerde sub-trede gekozen")
        String correctiereden) {

    public NieuweMeting opdracht() {
        return new NieuweMeting(klantId, new NieuweMeting.ModelKeuze(model.code(), model.versie()), trede, subTreden,
                meetdatum, bron, aanleiding, beoordelaar, leefgebieden, toelichting, zaakId, trajectId, corrigeert,
                correctiereden);
    }

    @Schema(name = "ModelKeuze")
    public record ModelKeuze(@NotBlank @Schema(example = "heemskerk") String code,
                             @Schema(example = "2018") String versie) {
    }
}
