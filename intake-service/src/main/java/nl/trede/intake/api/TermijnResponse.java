package nl.trede.intake.api;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.intake.domain.Termijn;
import nl.trede.intake.domain.TermijnSoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Termijn")
public record TermijnResponse(@Schema(description = "The melding the deadline belongs to") UUID meldingId,
                              @Schema(description = "Which deadline (each with its rule in bron)") TermijnSoort soort,
                              @Schema(format = "date", description = "The last day (Europe/Amsterdam)") LocalDate uiterlijk,
                              @Schema(description = "open until met (voldaan) or void because the melding ended or "
                                      + "another deadline replaced it (vervallen)") Termijn.Status status,
                              @Schema(description = "The rule and its source") String bron) {

    public static TermijnResponse of(Termijn t) {
        return new TermijnResponse(t.meldingId, t.soort, t.uiterlijk, t.status, t.bron);
    }
}
