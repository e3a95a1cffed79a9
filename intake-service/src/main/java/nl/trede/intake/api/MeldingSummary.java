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
public record MeldingSummary(@Schema(description = "The melding's id") UUID id,
                             @Schema(description = "Pseudonymous klant id used in events and other services") UUID klantId,
                             @Schema(description = "The kind of melding") MeldingType type,
                             @Schema(description = "Where the melding stands in the intake") MeldingStatus status,
                             @Schema(format = "date", description = "The legal date of the melding: the day it was "
                                     + "received (Europe/Amsterdam)") LocalDate meldingDatum,
                             @Schema(description = "Code of the latest klantgroep decision, if any") String klantgroep,
                             @Schema(description = "The person's name (no BSN in lists)") String naam) {

    public static MeldingSummary of(Melding m) {
        return new MeldingSummary(m.id, m.persoon.klantId, m.type, m.status, m.meldingDatum, m.klantgroep,
                m.persoon.naam);
    }

    @Schema(name = "MeldingenPagina")
    public record Page(@Schema(description = "This page, newest melding first") List<MeldingSummary> meldingen,
                       @Schema(description = "Page number, from 1") int page,
                       @Schema(description = "Items per page, at most 100") int pageSize,
                       @Schema(description = "Matching meldingen over all pages") long totalItems) {
    }
}
