package nl.trede.casework.api;

import java.time.Instant;
import java.util.UUID;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Zaak")
public record ZaakResponse(
        UUID id,
        UUID klantId,
        @Schema(description = "The melding the zaak came from, if any") UUID meldingId,
        String meldingType,
        ZaakStatus status,
        @Schema(description = "Team whose queue holds the zaak; its owner until a regisseur is assigned") String team,
        String regisseur,
        Instant aangemaaktOp,
        KlantSamenvatting klant) {

    @Schema(name = "KlantSamenvatting")
    public record KlantSamenvatting(UUID klantId, String naam) {
    }

    public static ZaakResponse of(Zaak z) {
        return new ZaakResponse(z.id, z.klant.klantId, z.meldingId, z.meldingType, z.status, z.team, z.regisseur,
                z.createdAt, new KlantSamenvatting(z.klant.klantId, z.klant.naam));
    }
}
