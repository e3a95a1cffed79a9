package nl.trede.intake.api;

import jakarta.validation.constraints.NotNull;
import nl.trede.platform.bsn.ValidBsn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Search by BSN: in a POST body, never in a URL (ADR /core/transport/no-sensitive-uris; README.md#api-conventions). */
@Schema(name = "ZoekOpBsn")
public record ZoekRequest(@NotNull @ValidBsn @Schema(description = "Burgerservicenummer, 9 digits passing the 11-proef", example = "999990342") String bsn) {
}
