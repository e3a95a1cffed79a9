package nl.trede.casework.api;

import java.time.Instant;
import java.util.UUID;
import nl.trede.casework.domain.AfsluitReden;
import nl.trede.casework.domain.OntvangerSoort;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Zaak")
public record ZaakResponse(
        @Schema(description = "The zaak's id") UUID id,
        @Schema(description = "Pseudonymous klant id (from intake)") UUID klantId,
        @Schema(description = "The melding the zaak came from, if any") UUID meldingId,
        @Schema(description = "The kind of melding it came from") String meldingType,
        @Schema(description = "The klantgroep code decided at intake") String klantgroep,
        @Schema(format = "date", description = "In this klantgroep since") java.time.LocalDate klantgroepSinds,
        @Schema(format = "date", description = "Matchen extended until (PB §3.2)") java.time.LocalDate matchenVerlengdTot,
        @Schema(description = "A Groeien klant using Matchen's services (PB §2.2.4)") boolean gebruiktMatchenDiensten,
        @Schema(description = "open or afgesloten") ZaakStatus status,
        @Schema(description = "Team whose queue holds the zaak; its owner until a regisseur is assigned") String team,
        @Schema(description = "The one responsible regisseur; empty while the zaak is in the team queue") String regisseur,
        @Schema(description = "Since when the regisseur has the zaak") Instant regisseurSinds,
        @Schema(description = "Who is responsible now: the regisseur, or the team while unassigned (never empty)")
        String eigenaar,
        @Schema(description = "The executing party of the work traject (after an accepted uitvoering overdracht); the "
                + "regisseur directs, the uitvoerder executes (sources A1.4 rule A6, A3 R-26)") String uitvoerder,
        @Schema(description = "Kind of executing party") OntvangerSoort uitvoerderSoort,
        @Schema(description = "In the doelgroepregister") boolean inDoelgroepregister,
        @Schema(description = "Zorg is active (a proposed maatregel is flagged)") boolean actieveZorg,
        @Schema(description = "Which zorg") String zorgSoort,
        @Schema(description = "When it was created") Instant aangemaaktOp,
        @Schema(description = "When it was closed") Instant afgeslotenOp,
        @Schema(description = "Why it was closed") AfsluitReden afsluitReden,
        @Schema(description = "The klant as casework shows them") KlantSamenvatting klant) {

    @Schema(name = "KlantSamenvatting")
    public record KlantSamenvatting(@Schema(description = "Pseudonymous klant id") UUID klantId,
                                    @Schema(description = "Name, fetched from intake") String naam) {
    }

    public static ZaakResponse of(Zaak z) {
        return new ZaakResponse(z.id, z.klant.klantId, z.meldingId, z.meldingType, z.klantgroep, z.klantgroepSinds,
                z.matchenVerlengdTot, z.gebruiktMatchenDiensten, z.status, z.team,
                z.regisseur, z.regisseurSinds, z.regisseur == null ? z.team : z.regisseur, z.uitvoerder, z.uitvoerderSoort, z.inDoelgroepregister,
                z.actieveZorg, z.zorgSoort, z.createdAt,
                z.afgeslotenAt, z.afsluitReden, new KlantSamenvatting(z.klant.klantId, z.klant.naam));
    }
}
