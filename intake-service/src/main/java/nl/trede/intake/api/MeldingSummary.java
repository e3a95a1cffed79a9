package nl.trede.intake.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.intake.domain.Melding;
import nl.trede.intake.domain.MeldingStatus;
import nl.trede.intake.domain.MeldingType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A melding in a list: no BSN (lists are for work queues; the BSN is shown on the melding itself). */
@Schema(name = "MeldingSamenvatting")
public record MeldingSummary(UUID id, UUID klantId, MeldingType type, MeldingStatus status,
                             @Schema(format = "date") LocalDate meldingDatum, String klantgroep, String naam) {

    public static MeldingSummary of(Melding m) {
        return new MeldingSummary(m.id, m.persoon.klantId, m.type, m.status, m.meldingDatum, m.klantgroep,
                m.persoon.naam);
    }

    @Schema(name = "MeldingenPagina")
    public record Page(List<MeldingSummary> meldingen, int page, int pageSize, long totalItems) {
    }
}
