package nl.trede.casework.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.AfsluitReden;
import nl.trede.casework.domain.AfwijkingStatus;
import nl.trede.casework.domain.Regiewissel;
import nl.trede.casework.domain.TijdlijnItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of casework's zaak steps (the casework requirements). */
public final class CaseworkRequests {

    private CaseworkRequests() {
    }

    @Schema(name = "RegieWijziging")
    public record RegieRequest(
            @Size(max = 100) @Pattern(regexp = "[a-z][a-z0-9-]*") @Schema(description = "The team; empty: the current "
                    + "team", example = "team-werk") String team,
            @Size(max = 200) @Schema(description = "The new regisseur's user id; empty: the team queue",
                    example = "km-jansen") String regisseur,
            @NotBlank @Size(max = 2000) @Schema(description = "Why (kept in the regie history)") String reden) {
    }

    @Schema(name = "Regiewissel")
    public record RegiewisselResponse(@Schema(description = "Team before") String vanTeam,
                                      @Schema(description = "Regisseur before; empty: the team queue") String vanRegisseur,
                                      @Schema(description = "Team after") String naarTeam,
                                      @Schema(description = "Regisseur after; empty: the team queue") String naarRegisseur,
                                      @Schema(description = "Why") String reden,
                                      @Schema(description = "Who decided") String door,
                                      @Schema(description = "When") Instant op) {

        static RegiewisselResponse of(Regiewissel w) {
            return new RegiewisselResponse(w.vanTeam, w.vanRegisseur, w.naarTeam, w.naarRegisseur, w.reden, w.door,
                    w.op);
        }
    }

    @Schema(name = "GedragingMelding")
    public record GedragingRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}") @Schema(description = "A category code of "
                    + "enforcement's catalogue valid on datum (enforcement publishes it as gedragingscategorieen-"
                    + "gewijzigd; e.g. no-show, g2-niet-verschijnen); an arbeidsverplichting category is refused for "
                    + "a Faciliteren or Zorg zaak", example = "no-show") String categorie,
            @NotNull @Schema(format = "date", description = "The day it happened; not in the future") LocalDate datum,
            @NotBlank @Size(max = 4000) @Schema(description = "What happened; stays in casework, never in the event")
            String toelichting) {
    }

    @Schema(name = "Gedraging")
    public record GedragingResponse(@Schema(description = "The gedraging's id") UUID id,
                                    @Schema(description = "The zaak") UUID zaakId,
                                    @Schema(description = "The category code") String categorie,
                                    @Schema(format = "date", description = "The day it happened") LocalDate datum,
                                    @Schema(description = "When it was reported") Instant gemeldOp,
                                    @Schema(description = "gemeld, or geweigerd once enforcement refused it",
                                            enumeration = {"gemeld", "geweigerd"}) String status,
                                    @Schema(description = "Why enforcement refused it (status geweigerd)")
                                    Weigering weigering) {

        public static GedragingResponse of(nl.trede.casework.domain.Gedraging g) {
            return new GedragingResponse(g.id, g.zaakId, g.categorie, g.datum, g.gemeldOp, g.status,
                    g.weigeringCode == null ? null : new Weigering(g.weigeringCode, g.weigeringReden, g.geweigerdOp));
        }
    }

    @Schema(name = "GedragingWeigering", description = "enforcement's gedraging-geweigerd")
    public record Weigering(@Schema(description = "Reason code, e.g. categorie-onbekend, geen-arbeidsverplichting")
                            String redenCode,
                            @Schema(description = "enforcement's rule text") String reden,
                            @Schema(description = "When casework received it") Instant op) {
    }

    @Schema(name = "Afsluiting")
    public record AfsluitingRequest(@NotNull @Schema(description = "Why the zaak closes") AfsluitReden reden,
                                    @Size(max = 4000) @Schema(description = "Free text; stays in casework")
                                    String toelichting) {
    }

    @Schema(name = "TijdlijnItem")
    public record TijdlijnResponse(@Schema(description = "When it happened") Instant op,
                                   @Schema(description = "The service it comes from") String bron,
                                   @Schema(description = "What happened (the event type)") String soort,
                                   @Schema(description = "A short summary without personal data") String samenvatting) {

        static TijdlijnResponse of(TijdlijnItem t) {
            return new TijdlijnResponse(t.op, t.bron, t.soort, t.samenvatting);
        }
    }

    @Schema(name = "AfwijkingAanvraag", description = "The regisseur executing the traject themselves (R-26, R-27, T02)")
    public record AfwijkingRequest(
            @NotBlank @Size(max = 4000) @Schema(description = "Why the standard route (the werkbedrijf) is not "
                    + "followed; visible to the klant") String reden,
            @Size(max = 4000) @Schema(description = "The condition attached to it (R-27: no hidden conditions)")
            String voorwaarde) {
    }

    @Schema(name = "AfwijkingBeoordeling")
    public record BeoordelingRequest(@NotNull @Schema(description = "Approved or not") Boolean goedgekeurd,
                                     @Size(max = 4000) @Schema(description = "The teamleider's note") String toelichting) {
    }

    @Schema(name = "Afwijking")
    public record AfwijkingResponse(@Schema(description = "The deviation's id") UUID id,
                                    @Schema(description = "The zaak") UUID zaakId,
                                    @Schema(description = "What deviates") String soort,
                                    @Schema(description = "Why") String reden,
                                    @Schema(description = "Its condition") String voorwaarde,
                                    @Schema(description = "aangevraagd, goedgekeurd or afgewezen") AfwijkingStatus status,
                                    @Schema(description = "Who asked") String aangevraagdDoor,
                                    @Schema(description = "Who assessed (never the requester)") String beoordeeldDoor,
                                    @Schema(description = "Always true: the klant sees every deviation (R-27)")
                                    boolean zichtbaarVoorKlant) {

        static AfwijkingResponse of(nl.trede.casework.domain.Afwijking a) {
            return new AfwijkingResponse(a.id, a.zaakId, a.soort, a.reden, a.voorwaarde, a.status, a.aangevraagdDoor,
                    a.beoordeeldDoor, a.zichtbaarVoorKlant);
        }
    }

    @Schema(name = "KlantgroepDoorstroom", description = "A change of klantgroep (sources D2.4)")
    public record DoorstroomRequest(
            @NotBlank @Schema(description = "The new klantgroep", example = "groeien") String naar,
            @NotBlank @Schema(description = "The criterion of the transition (GET /api/casework/v1/klantgroep-overgangen)",
                    example = "zes-maanden-niet-geplaatst") String criterium,
            @NotBlank @Size(max = 4000) @Schema(description = "Why") String reden,
            @Schema(description = "The klant's own preference; a difference is recorded (PB §2.2.3)",
                    example = "matchen") String klantVoorkeur,
            @Valid @Schema(description = "When the klant goes to another team: the warme overdracht to offer")
            OverdrachtNaarTeam overdracht) {
    }

    @Schema(name = "OverdrachtNaarTeam")
    public record OverdrachtNaarTeam(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") @Schema(description = "The receiving "
                    + "team's code, as the teams claim carries it; its members answer the offer",
                    example = "team-groeien") String team,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package: history") String geschiedenis,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package: possibilities") String mogelijkheden,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package: expectations") String verwachtingen) {
    }

    @Schema(name = "MatchenDiensten")
    public record MatchenDienstenRequest(@NotNull @Schema(description = "Uses Matchen's services while in Groeien")
                                         Boolean aan) {
    }

    @Schema(name = "KlantgroepWissel")
    public record KlantgroepWisselResponse(@Schema(description = "From") String van,
                                           @Schema(description = "To") String naar,
                                           @Schema(description = "Criterion") String criterium,
                                           @Schema(description = "Why") String reden,
                                           @Schema(description = "The klant's preference") String klantVoorkeur,
                                           @Schema(description = "The klant preferred otherwise") boolean verschilVanMening,
                                           @Schema(description = "Who decided") String beslotenDoor,
                                           @Schema(description = "When") Instant beslotenOp) {

        static KlantgroepWisselResponse of(nl.trede.casework.domain.KlantgroepWissel w) {
            return new KlantgroepWisselResponse(w.van, w.naar, w.criterium, w.reden, w.klantVoorkeur,
                    w.verschilVanMening, w.beslotenDoor, w.beslotenOp);
        }
    }

    @Schema(name = "PlanVanAanpak", description = "Set with the klant (V-T art. 3; Pw art. 44a; sources D2.5)")
    public record PlanRequest(
            @NotBlank @Schema(description = "routekaart (Matchen), trajectplan (Groeien), mijn-doel-actieplan "
                    + "(Faciliteren, Zorg) or taalplan (any)", example = "trajectplan") String variant,
            @NotNull @Size(min = 1, max = 10) @Schema(description = "The goals") List<@NotBlank @Size(max = 1000) String> doelen,
            @NotNull @Size(max = 20) @Schema(description = "The agreements") List<@NotBlank @Size(max = 1000) String> afspraken,
            @NotNull @Size(max = 20) @Schema(description = "The obligations (Pw art. 9, 55)")
            List<@NotBlank @Size(max = 1000) String> verplichtingen,
            @NotNull @Schema(format = "date", description = "When the plan is evaluated; a task falls due then")
            LocalDate evaluatiedatum,
            @NotNull @Schema(format = "date", description = "The consultation with the klant (V-T art. 3)")
            LocalDate overlegMetKlantOp,
            @Schema(format = "date", description = "The klant signed 'voor ontvangst en akkoord'") LocalDate klantAkkoordOp) {
    }

    @Schema(name = "Plan")
    public record PlanResponse(@Schema(description = "Id") UUID id, @Schema(description = "Version") int versie,
                               @Schema(description = "Variant") String variant,
                               @Schema(description = "Goals") List<String> doelen,
                               @Schema(description = "Agreements") List<String> afspraken,
                               @Schema(description = "Obligations") List<String> verplichtingen,
                               @Schema(format = "date", description = "Evaluation") LocalDate evaluatiedatum,
                               @Schema(format = "date", description = "Consultation") LocalDate overlegMetKlantOp,
                               @Schema(format = "date", description = "Signed") LocalDate klantAkkoordOp,
                               @Schema(description = "By") String vastgesteldDoor,
                               @Schema(description = "At") Instant vastgesteldOp) {

        static PlanResponse of(nl.trede.casework.domain.PlanVanAanpak p) {
            return new PlanResponse(p.id, p.versie, p.variant, nl.trede.casework.domain.PlanVanAanpak.regels(p.doelen),
                    nl.trede.casework.domain.PlanVanAanpak.regels(p.afspraken),
                    nl.trede.casework.domain.PlanVanAanpak.regels(p.verplichtingen), p.evaluatiedatum,
                    p.overlegMetKlantOp, p.klantAkkoordOp, p.vastgesteldDoor, p.vastgesteldOp);
        }
    }

    @Schema(name = "Nazorg", description = "R-23: scale down to low-intensity follow-up")
    public record NazorgRequest(@NotBlank @Size(max = 4000) @Schema(description = "Why (the review's outcome)") String reden,
                                @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(12)
                                @Schema(description = "Months between check-ins", example = "3") Integer checkInMaanden) {
    }

    @Schema(name = "Opschaling", description = "R-23: back from nazorg to active casework")
    public record OpschalingRequest(@NotBlank @Size(max = 4000) @Schema(description = "Why") String reden) {
    }

    @Schema(name = "NieuweZaak", description = "A zaak opened by a klantmanager for a klant casework knows")
    public record NieuweZaakRequest(@NotNull @Schema(description = "The pseudonymous klant id") UUID klantId,
                                    @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*")
                                    @Schema(description = "The klantgroep code, if decided", example = "groeien")
                                    String klantgroep,
                                    @NotBlank @Size(max = 2000) @Schema(description = "Why a new zaak") String reden) {
    }
}
