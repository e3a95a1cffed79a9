package nl.trede.ladder.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.trede.ladder.domain.Meting;
import nl.trede.ladder.domain.MetingService;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.security.Roles;
import nl.trede.platform.toegang.KlantRecords;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Trede metingen: recorded by the klantmanager, read by klantmanager and teamleider (requirement "Metingen"). */
@Path(MetingService.PATH)
@Tag(name = "metingen")
@Produces(MediaType.APPLICATION_JSON)
@KlantRecords(KlantRecordsLadder.METING)
public class MetingResource {

    static final String VOORBEELD = """
            {"klantId": "3f1c2a9e-5b7d-4c1e-9a2b-1d2e3f4a5b6c", "model": {"code": "heemskerk", "versie": "2018"},
             "trede": 2, "subTreden": ["2.2", "2.4"], "meetdatum": "2026-03-02", "bron": "klantmanager-gesprek",
             "aanleiding": "periodiek", "leefgebieden": ["sociaal-netwerk", "taalvaardigheid"],
             "zaakId": "0b6f8a52-1c1d-4f0e-8f57-7d7e5f1f2a10"}""";

    static final String CORRECTIE = """
            {"klantId": "3f1c2a9e-5b7d-4c1e-9a2b-1d2e3f4a5b6c", "model": {"code": "heemskerk"}, "trede": 2,
             "subTreden": ["2.3"], "meetdatum": "2026-03-02", "bron": "klantmanager-gesprek", "aanleiding": "periodiek",
             "corrigeert": "6a0d8c1e-2f4b-4b8e-9d3a-5c6b7a8f9e01", "correctiereden": "Verkeerde sub-trede gekozen"}""";

    private final MetingService service;
    private final SecurityIdentity identity;
    private final Verwerkingen verwerkingen;

    public MetingResource(MetingService service, SecurityIdentity identity, Verwerkingen verwerkingen) {
        this.service = service;
        this.identity = identity;
        this.verwerkingen = verwerkingen;
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KLANTMANAGER)
    @Operation(summary = "Record a meting",
            description = "Immutable once recorded. A correction is a new meting with corrigeert (same klant) and a "
                    + "correctiereden; a meting is corrected at most once (409 links the correcting one). The "
                    + "meetdatum may not lie in the future; trede and sub-treden must exist in the model version "
                    + "(the one valid on the meetdatum unless versie is given) and sub-treden must belong to the "
                    + "trede. Several active sub-treden place the klant on the highest. Publishes "
                    + "meting-vastgesteld or meting-gecorrigeerd, and trede-gestegen/-gedaald when the current "
                    + "position changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NieuweMetingRequest.class),
            examples = {@ExampleObject(name = "meting", value = VOORBEELD),
                @ExampleObject(name = "correctie", value = CORRECTIE)}))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = MetingResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the first meting")
    @APIResponse(responseCode = "400", description = "Invalid input; names every invalid field, nothing is written")
    @APIResponse(responseCode = "404", description = "The klantId is a klant outside the klantmanager's teams and caseload; nothing is written")
    @APIResponse(responseCode = "409", description = "The corrected meting was already corrected")
    public Response registreer(@Valid @NotNull NieuweMetingRequest body,
                               @Parameter(description = "Makes a retried create return the first result")
                               @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        MetingService.Registratie registratie = service.registreer(body.opdracht(), idempotencyKey,
                identity.getPrincipal().getName());
        Meting meting = registratie.meting();
        verwerkingen.vastleggen(LadderActiviteit.METING, registratie.nieuw() ? Actie.AANMAKEN : Actie.LEZEN, "meting",
                meting.id, meting.klantId);
        return Response.status(registratie.nieuw() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create(MetingService.PATH + "/" + meting.id))
                // A meting recorded by this request is corrected by none yet: only a retry's answer needs the query.
                .entity(MetingResponse.of(meting, registratie.nieuw() ? null
                        : service.gecorrigeerdDoor(meting.id).orElse(null)))
                .build();
    }

    @GET
    @Path("/{id}")
    @KlantVerwerking
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Get a meting", description = "geldig is false and gecorrigeerdDoor set once it is corrected.")
    @APIResponse(responseCode = "200", description = "The meting")
    @APIResponse(responseCode = "404", description = "No such meting, or one of a klant outside the "
            + "klantmanager's teams and caseload")
    public MetingResponse get(@PathParam("id") UUID id) {
        Meting meting = service.get(id);
        return MetingResponse.of(meting, service.gecorrigeerdDoor(id).orElse(null));
    }
}
