package nl.trede.intake.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.trede.intake.domain.Klantgroep;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipality's klantgroepen (configuration data; Deventer's four shipped). */
@Path("/api/intake/v1/klantgroepen")
@Tag(name = "klantgroepen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.BELEIDSMEDEWERKER,
        Roles.FUNCTIONEEL_BEHEERDER, Roles.SERVICE})
public class KlantgroepResource {

    @Schema(name = "Klantgroep")
    public record KlantgroepResponse(String code, String naam, String definitie, String bron) {
    }

    @GET
    @Transactional
    @Operation(summary = "The active klantgroepen, in order")
    public List<KlantgroepResponse> listKlantgroepen() {
        return Klantgroep.actieve().stream()
                .map(k -> new KlantgroepResponse(k.code, k.naam, k.definitie, k.bron)).toList();
    }
}
