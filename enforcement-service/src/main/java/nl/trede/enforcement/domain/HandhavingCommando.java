package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a caller asks of the maatregel procedure ({@link HandhavingService}), one record per step. The REST resources
 * validate their request bodies (Bean Validation) and map them to these; casework's {@code gedraging-gemeld} maps to
 * {@link Registratie}. The rules that need the state of the gedraging are checked by the service.
 */
public final class HandhavingCommando {

    private HandhavingCommando() {
    }

    /** A gedraging to register, judged by the regelset version valid on {@code datum}. */
    public record Registratie(UUID klantId, UUID zaakId, String categorie, LocalDate datum, LocalDate referentiedatum,
                              String regelset, Boolean actieveZorg, String klantgroep) {
    }

    /** Stap 1: the invitation to be heard was sent. */
    public record Hoorverzoek(String kanaal, LocalDate verzondenOp, LocalDate gesprekOp) {
    }

    /** Stap 2: the hersteltermijn letter was sent, registered and regular. */
    public record Hersteltermijn(LocalDate verzondenOp, LocalDate gesprekOp, Boolean aangetekend, Boolean regulier) {
    }

    /** The klant was heard. */
    public record Horen(LocalDate gehoordOp) {
    }

    /** Stap 3: the judgement the proposal is computed from. */
    public record Voorstel(Boolean verwijtbaar, String geenVerwijtbaarheidReden, String dringendeRedenen,
                           Boolean waarschuwing, BigDecimal normPerMaand, List<UUID> samenloopMet) {
    }

    /** The besluit; {@code nieuweAfspraak} only for the € 50 of a Faciliteren no-show. */
    public record Besluit(NieuweAfspraak nieuweAfspraak) {
    }

    /** The new appointment the besluit of a Faciliteren no-show carries (PB §5.3.1, §5.3.2, §7.2). */
    public record NieuweAfspraak(LocalDate datum, LocalTime tijd, String soort, String plaats) {
    }

    /** Handhaving vs zorg: {@code gezamenlijk-overleg} or a handhaver's {@code override} with a reason. */
    public record Zorgafstemming(String soort, LocalDate datum, String reden) {
    }

    /** A blokkering is lifted: GWS pays again from {@code per}. */
    public record Opheffing(LocalDate per, String reden) {
    }

    /** Zorg: the hersteltermijn sent after a blokkering. */
    public record BlokkeringHersteltermijn(LocalDate verzondenOp, LocalDate termijnTot) {
    }

    /** Zorg: the uitkering stops from {@code per}. */
    public record Stopzetting(LocalDate per, String reden) {
    }

    /** Pw art. 18 lid 11: the verlaging ends the day before {@code herzienPer}. */
    public record Herziening(LocalDate herzienPer, String reden) {
    }
}
