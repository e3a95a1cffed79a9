package nl.trede.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.trede.intake.domain.MeldingType;
import nl.trede.platform.bsn.ValidBsn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new melding. The melding date is not part of it: the service sets the legal date on receipt. */
@Schema(name = "NieuweMelding")
public record MeldingRequest(
        @NotNull MeldingType type,
        @NotNull @ValidBsn @Schema(description = "Burgerservicenummer, 9 digits passing the 11-proef", example = "999990342")
        String bsn,
        @NotBlank @Size(max = 200) String naam,
        @NotNull @Schema(format = "date", example = "1990-05-17") LocalDate geboortedatum) {
}
