package nl.trede.enforcement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.enforcement.domain.HandhavingCommando;
import nl.trede.enforcement.domain.Klantgroep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the maatregel procedure, each with the domain command it maps to. */
public final class GedragingRequests {

    private GedragingRequests() {
    }

    @Schema(name = "GedragingRegistratie")
    public record RegistratieRequest(
            @NotNull @Schema(description = "Pseudonymous klant id", example = "6f1c2f9e-3a43-4c1e-9a8e-0d3f4b1e2a10")
            UUID klantId,
            @Schema(description = "casework's zaak, when known", example = "2b7e4a1c-93f0-4d5e-8a6b-1c2d3e4f5a6b")
            UUID zaakId,
            @NotBlank @Size(max = 80) @Schema(description = "Category code of the regelset valid on datum",
                    example = "no-show") String categorie,
            @NotNull @Schema(description = "Date of the gedraging; it selects the regelset version",
                    example = "2026-11-16") LocalDate datum,
            @Schema(description = "For taaleis-voortijdig-stoppen: the date of the kennisgeving") LocalDate referentiedatum,
            @Size(max = 60) @Schema(description = "Regelset code; default the gemeente's configured set",
                    example = "deventer-maatregelen") String regelset,
            @Schema(description = "casework flags active zorg for the klant (default false)") Boolean actieveZorg,
            @Pattern(regexp = Klantgroep.PATTERN) @Schema(description = "The klant's client group; absent: unknown "
                    + "(the Matchen/Groeien rules). Faciliteren and Zorg have no arbeidsverplichting (PB §1.2) and "
                    + "their own no-show rules (sources D4.3)", example = "zorg") String klantgroep) {

        public RegistratieRequest(UUID klantId, UUID zaakId, String categorie, LocalDate datum,
                                  LocalDate referentiedatum, String regelset, Boolean actieveZorg) {
            this(klantId, zaakId, categorie, datum, referentiedatum, regelset, actieveZorg, null);
        }

        HandhavingCommando.Registratie commando() {
            return new HandhavingCommando.Registratie(klantId, zaakId, categorie, datum, referentiedatum, regelset,
                    actieveZorg, klantgroep);
        }
    }

    @Schema(name = "Herziening", description = "Pw art. 18 lid 11: the verlaging ends the day before herzienPer")
    public record HerzienRequest(
            @NotNull @Schema(example = "2027-01-15") LocalDate herzienPer,
            @NotBlank @Size(max = 2000) @Schema(description = "What showed unambiguously that the klant now meets the "
                    + "lid-4 obligations") String reden) {

        HandhavingCommando.Herziening commando() {
            return new HandhavingCommando.Herziening(herzienPer, reden);
        }
    }

    @Schema(name = "NieuweAfspraak", description = "Faciliteren, 1st no-show (Deventer PB §5.3.1, §5.3.2, §7.2): the "
            + "besluit of the € 50 gives the klant a new appointment \"in datzelfde besluit\"")
    public record NieuweAfspraak(
            @NotNull @Schema(description = "Not before the besluitdatum", example = "2026-12-14") LocalDate datum,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "time-local", description = "Local time (Europe/Amsterdam)", example = "10:30")
            java.time.LocalTime tijd,
            @NotBlank @Pattern(regexp = "kick-off|kennismakingsgesprek|doelmatigheidsgesprek") @Schema(description =
                    "The kind of appointment missed and made again (a doelmatigheidsgesprek is a home visit)",
                    example = "kennismakingsgesprek") String soort,
            @NotBlank @Size(max = 200) @Schema(description = "Where (an office, or \"huisbezoek\"); stays in "
                    + "enforcement, never in an event", example = "Werkplein Deventer") String plaats) {

        HandhavingCommando.NieuweAfspraak commando() {
            return new HandhavingCommando.NieuweAfspraak(datum, tijd, soort, plaats);
        }
    }

    @Schema(name = "Besluit", description = "Optional body of the besluit")
    public record BesluitRequest(
            @Valid @Schema(description = "Required (and only allowed) for the € 50 of a Faciliteren no-show")
            NieuweAfspraak nieuweAfspraak) {

        /** The besluit; without a body: none of its optional parts. */
        static HandhavingCommando.Besluit commando(BesluitRequest body) {
            return new HandhavingCommando.Besluit(body == null || body.nieuweAfspraak() == null ? null
                    : body.nieuweAfspraak().commando());
        }
    }

    @Schema(name = "BlokkeringOpheffing", description = "The blokkering is lifted: GWS pays again from per")
    public record OpheffingRequest(
            @NotNull @Schema(description = "From this day GWS pays again; not before the blokkering, not before "
                    + "today", example = "2026-12-14") LocalDate per,
            @NotBlank @Size(max = 2000) @Schema(description = "Why (e.g. the klant reacted; the onderzoek found no "
                    + "ground)") String reden) {

        HandhavingCommando.Opheffing commando() {
            return new HandhavingCommando.Opheffing(per, reden);
        }
    }

    @Schema(name = "BlokkeringHersteltermijn", description = "Zorg: the hersteltermijn sent after a blokkering "
            + "(PB §6.3.1)")
    public record BlokkeringHersteltermijnRequest(
            @NotNull @Schema(example = "2026-12-02") LocalDate verzondenOp,
            @NotNull @Schema(description = "The last day to react; at least 5 working days after verzondenOp",
                    example = "2026-12-10") LocalDate termijnTot) {

        HandhavingCommando.BlokkeringHersteltermijn commando() {
            return new HandhavingCommando.BlokkeringHersteltermijn(verzondenOp, termijnTot);
        }
    }

    @Schema(name = "Stopzetting", description = "Zorg: the uitkering stops after a blokkering and an unanswered "
            + "hersteltermijn (PB §6.3.1, §7.2)")
    public record StopzettingRequest(
            @NotNull @Schema(description = "From this day GWS stops the uitkering; after the hersteltermijn ended",
                    example = "2026-12-14") LocalDate per,
            @NotBlank @Size(max = 2000) @Schema(description = "The motivation of the besluit") String reden) {

        HandhavingCommando.Stopzetting commando() {
            return new HandhavingCommando.Stopzetting(per, reden);
        }
    }

    @Schema(name = "Zorgafstemming", description = "Handhaving vs zorg: the joint consultation of regisseur and zorg, "
            + "or an explicit override by a handhaver with a reason")
    public record ZorgafstemmingRequest(
            @NotBlank @Pattern(regexp = "gezamenlijk-overleg|override") @Schema(example = "gezamenlijk-overleg")
            String soort,
            @NotNull @Schema(example = "2026-11-20") LocalDate datum,
            @Size(max = 2000) @Schema(description = "Required for an override") String reden) {

        HandhavingCommando.Zorgafstemming commando() {
            return new HandhavingCommando.Zorgafstemming(soort, datum, reden);
        }
    }

    @Schema(name = "Hoorverzoek")
    public record HoorverzoekRequest(
            @NotBlank @Pattern(regexp = "brief|e-mail") @Schema(description = "brief, or e-mail when the address is "
                    + "known (sources D4.6)", example = "brief") String kanaal,
            @NotNull @Schema(example = "2026-11-23") LocalDate verzondenOp,
            @NotNull @Schema(description = "Date of the hoorgesprek", example = "2026-12-01") LocalDate gesprekOp) {

        HandhavingCommando.Hoorverzoek commando() {
            return new HandhavingCommando.Hoorverzoek(kanaal, verzondenOp, gesprekOp);
        }
    }

    @Schema(name = "Hersteltermijn")
    public record HersteltermijnRequest(
            @NotNull @Schema(example = "2026-12-02") LocalDate verzondenOp,
            @NotNull @Schema(description = "At least 5 working days after verzondenOp, not counting either day",
                    example = "2026-12-10") LocalDate gesprekOp,
            @NotNull @Schema(description = "Sent by registered mail (must be true)") Boolean aangetekend,
            @NotNull @Schema(description = "Also sent by ordinary mail (must be true)") Boolean regulier) {

        HandhavingCommando.Hersteltermijn commando() {
            return new HandhavingCommando.Hersteltermijn(verzondenOp, gesprekOp, aangetekend, regulier);
        }
    }

    @Schema(name = "Horen")
    public record HorenRequest(@NotNull @Schema(example = "2026-12-01") LocalDate gehoordOp) {

        HandhavingCommando.Horen commando() {
            return new HandhavingCommando.Horen(gehoordOp);
        }
    }

    @Schema(name = "MaatregelVoorstelVerzoek")
    public record VoorstelRequest(
            @NotNull @Schema(description = "False: every form of verwijtbaarheid is absent (Pw art. 18 lid 9)")
            Boolean verwijtbaar,
            @Size(max = 2000) @Schema(description = "Required when verwijtbaar is false") String geenVerwijtbaarheidReden,
            @Size(max = 2000) @Schema(description = "Dringende redenen to afzien (Pw art. 18 lid 10)")
            String dringendeRedenen,
            @Schema(description = "Propose a waarschuwing instead (only where the category allows it, first breach)")
            Boolean waarschuwing,
            @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) @Schema(description = "Applicable norm per month; "
                    + "gives amounts", example = "1401.53") BigDecimal normPerMaand,
            @Size(max = 20) @Schema(description = "Other open gedragingen of the klant judged together (samenloop)")
            List<UUID> samenloopMet) {

        HandhavingCommando.Voorstel commando() {
            return new HandhavingCommando.Voorstel(verwijtbaar, geenVerwijtbaarheidReden, dringendeRedenen,
                    waarschuwing, normPerMaand, samenloopMet);
        }
    }
}
