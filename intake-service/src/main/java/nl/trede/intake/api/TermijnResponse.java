package nl.trede.intake.api;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.intake.domain.Termijn;
import nl.trede.intake.domain.TermijnSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Termijn")
public record TermijnResponse(UUID meldingId, TermijnSoort soort,
                              @Schema(format = "date", description = "The last day (Europe/Amsterdam)") LocalDate uiterlijk,
                              Termijn.Status status, @Schema(description = "The rule and its source") String bron) {

    public static TermijnResponse of(Termijn t) {
        return new TermijnResponse(t.meldingId, t.soort, t.uiterlijk, t.status, t.bron);
    }
}
