package nl.trede.intake.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.trede.intake.domain.Klantgroep;
import nl.trede.intake.domain.KlantgroepBeheer;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.trede.platform.api.QueryParams;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The municipality's klantgroepen: configuration data, not code (the intake requirements). Deventer's four are active
 * as shipped; Apeldoorn's werkbedrijf/activering are shipped inactive. The functioneel beheerder edits them or switches
 * stelsel.
 */
@Path(KlantgroepResource.PATH)
@Tag(name = "klantgroepen")
@Produces(MediaType.APPLICATION_JSON)
public class KlantgroepResource {

    static final String PATH = "/api/intake/v1/klantgroepen";

    /** What a working configuration is (domain/KlantgroepConfiguratie), for the OpenAPI descriptions. */
    static final String WERKENDE_CONFIGURATIE = "The whole configuration as it would be afterwards is checked before "
            + "anything is written, and must work: at least one klantgroep active (every klant gets a klantgroep at "
            + "the ambitiegesprek), the active ones of one stelsel, and no two active ones with the same "
            + "horizonMaanden (the horizon routes a case between them). A change that breaks a rule is a 409 naming "
            + "it and changes nothing.";

    @Schema(name = "Klantgroep")
    public record KlantgroepResponse(@Schema(description = "The code used in klantgroep decisions and events") String code,
                                     @Schema(description = "Display name") String naam,
                                     @Schema(description = "The verordening's or policy's definition") String definitie,
                                     @Schema(description = "Where the definition comes from") String bron,
                                     @Schema(description = "Display order") int volgorde,
                                     @Schema(description = "Only active klantgroepen can be decided") boolean actief,
                                     @Schema(description = "The municipality's set it belongs to") String stelsel,
                                     @Schema(description = "Months to the labour market or participation") Integer horizonMaanden) {

        static KlantgroepResponse of(Klantgroep k) {
            return new KlantgroepResponse(k.code, k.naam, k.definitie, k.bron, k.volgorde, k.actief, k.stelsel,
                    k.horizonMaanden);
        }
    }

    @Schema(name = "KlantgroepDefinitie", description = "A klantgroep as the functioneel beheerder sets it")
    public record KlantgroepRequest(
            @NotBlank @Size(max = 100) @Schema(description = "Display name", example = "Werkbedrijf-kandidaat") String naam,
            @NotBlank @Size(max = 4000) @Schema(description = "The verordening's or policy's definition") String definitie,
            @NotBlank @Size(max = 2000) @Schema(description = "The verordening or policy it comes from") String bron,
            @NotNull @Min(1) @Max(99) @Schema(description = "Display order, 1–99") Integer volgorde,
            @NotNull @Schema(description = "Decidable now; the active klantgroepen are of one stelsel and at least one "
                    + "stays active") Boolean actief,
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") @Schema(description = "The municipality's set, lower-case",
                    example = "apeldoorn-2017") String stelsel,
            @Min(1) @Max(120) @Schema(description = "Months to the labour market or participation (Matchen 6, "
                    + "Groeien 36, werkbedrijf 12); empty when none", example = "12") Integer horizonMaanden) {
    }

    @Schema(name = "StelselActivering")
    public record StelselRequest(@NotBlank @Schema(description = "The stelsel to activate; every other one becomes "
            + "inactive", example = "apeldoorn-2017") String stelsel) {
    }

    private final KlantgroepBeheer beheer;
    private final SecurityIdentity identity;

    public KlantgroepResource(KlantgroepBeheer beheer, SecurityIdentity identity) {
        this.beheer = beheer;
        this.identity = identity;
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.INTAKE_MEDEWERKER, Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.BELEIDSMEDEWERKER,
            Roles.FUNCTIONEEL_BEHEERDER, Roles.SERVICE})
    @Operation(summary = "The active klantgroepen in order (alle=true: every stelsel, inactive ones too)")
    public List<KlantgroepResponse> listKlantgroepen(
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("alle") String alle) {
        return beheer.klantgroepen(QueryParams.bool("alle", alle)).stream().map(KlantgroepResponse::of).toList();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FUNCTIONEEL_BEHEERDER)
    @Operation(summary = "Create or replace a klantgroep", description = "Never deleted (decisions refer to it): set "
            + "actief=false instead. " + WERKENDE_CONFIGURATIE)
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "409", description = "The configuration would not work afterwards (code "
            + "geen-actieve-klantgroep, stelsels-gemengd or horizon-dubbel); nothing changed")
    public Response zet(@PathParam("code") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}")
                        @Parameter(description = "Lower-case code, e.g. werkbedrijf") String code,
                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "werkbedrijf", value = "{\"naam\":\"Werkbedrijf-kandidaat\",\"definitie\":\"Plaatsing bij werkgevers binnen een jaar door het werkbedrijf.\",\"bron\":\"Adviesraad VWI Apeldoorn 2017\",\"volgorde\":1,\"actief\":true,\"stelsel\":\"apeldoorn-2017\",\"horizonMaanden\":12}")}))
                        @Valid @NotNull KlantgroepRequest body) {
        KlantgroepBeheer.Gezet gezet = beheer.zet(code, new KlantgroepBeheer.Definitie(body.naam(), body.definitie(),
                body.bron(), body.volgorde(), body.actief(), body.stelsel(), body.horizonMaanden()),
                identity.getPrincipal().getName());
        KlantgroepResponse response = KlantgroepResponse.of(gezet.klantgroep());
        return gezet.nieuw() ? Response.created(URI.create(PATH + "/" + code)).entity(response).build()
                : Response.ok(response).build();
    }

    @POST
    @Path("/_activeer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FUNCTIONEEL_BEHEERDER)
    @Operation(summary = "Make exactly the klantgroepen of one stelsel active",
            description = "E.g. apeldoorn-2017 (werkbedrijf, activering) instead of deventer-2021. Earlier decisions "
                    + "keep their codes. An unknown stelsel is a 400. " + WERKENDE_CONFIGURATIE)
    @APIResponse(responseCode = "200", description = "The active klantgroepen")
    @APIResponse(responseCode = "409", description = "The stelsel's klantgroepen would not form a working "
            + "configuration (code horizon-dubbel); nothing changed")
    public List<KlantgroepResponse> activeerStelsel(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                            @ExampleObject(name = "apeldoorn", value = "{\"stelsel\":\"apeldoorn-2017\"}")}))
                                                    @Valid @NotNull StelselRequest body) {
        return beheer.activeerStelsel(body.stelsel().strip(), identity.getPrincipal().getName()).stream()
                .map(KlantgroepResponse::of).toList();
    }
}
