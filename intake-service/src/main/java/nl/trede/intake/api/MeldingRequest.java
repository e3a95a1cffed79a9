package nl.trede.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.trede.intake.domain.Kanaal;
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
        @NotNull @Schema(format = "date", example = "1990-05-17") LocalDate geboortedatum,
        @Schema(description = "digitaal, telefonisch or fysiek; required for aanvraag-levensonderhoud (a digital "
                + "melding is called back within 1 working day)") Kanaal kanaal,
        @Schema(description = "Broodnood: a voorschot task for the coordinator at once") Boolean broodnood,
        @Schema(format = "date", description = "Last day enrolled in praktijkonderwijs or VSO: within a year before "
                + "the melding there is no zoektermijn (Pw art. 41 lid 4 a)") LocalDate laatsteInschrijvingProVso,
        @Schema(description = "Medisch urenbeperkt or in the doelgroep loonkostensubsidie: no zoektermijn "
                + "(Pw art. 41 lid 4 b)") Boolean medischUrenbeperktOfDoelgroepLks) {
}
