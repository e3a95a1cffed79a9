package nl.trede.casework.api;

import static nl.trede.casework.api.ZaakAntwoorden.blankToNull;
import static nl.trede.casework.api.ZaakAntwoorden.ok;

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
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.DoorstroomService;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regie of a zaak and its klantgroep: who directs it, the doorstroom between klantgroepen, and the Matchen
 * extension and services.
 */
@Path(ZaakService.PATH)
@Tag(name = "zaken")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER, Roles.INTAKE_MEDEWERKER, Roles.SERVICE})
public class ZaakRegieResource {

    private final ZaakService service;
    private final DoorstroomService doorstroom;
    private final Inzage inzage;

    public ZaakRegieResource(ZaakService service, DoorstroomService doorstroom, Inzage inzage) {
        this.service = service;
        this.doorstroom = doorstroom;
        this.inzage = inzage;
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.WIJZIGEN, resource = "regie")
    @Path("/{id}/regie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Assign, transfer or return the regie", description = "Team and regisseur change together, "
            + "atomically (sources A3 R-01). A klantmanager takes a zaak from the team queue (regisseur = self) or "
            + "hands over their own; a teamleider assigns any. regisseur empty: back to the team queue, the team "
            + "owning it. A concurrent change loses: 412 with a stale If-Match, 409 without.")
    public Response regie(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                          @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                                  @ExampleObject(name = "toewijzen", value = "{\"regisseur\":\"km-jansen\","
                                          + "\"reden\":\"Vaste contactpersoon voor werk.\"}"),
                                  @ExampleObject(name = "ander-team", value = "{\"team\":\"team-jongeren\","
                                          + "\"reden\":\"Jonger dan 27: jongerenteam.\"}")}))
                          @Valid @NotNull CaseworkRequests.RegieRequest body) {
        return ok(service.regieWijzigen(id, IfMatch.version(ifMatch), blankToNull(body.team()),
                blankToNull(body.regisseur()), body.reden().strip(), inzage.wie(), inzage.teamleider()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REGIE, actie = Actie.LEZEN, resource = "regiehistorie")
    @Path("/{id}/regiehistorie")
    @Transactional
    @Operation(summary = "Every change of regie over the zaak, oldest first")
    public List<CaseworkRequests.RegiewisselResponse> regiehistorie(@PathParam("id") UUID id) {
        return service.regiehistorie(id).stream()
                .map(CaseworkRequests.RegiewisselResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.WIJZIGEN, resource = "klantgroep")
    @Path("/{id}/klantgroep")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Change the klantgroep (doorstroom)", description = "Only the transitions of sources D2.4 "
            + "with one of their criteria (400 otherwise); Matchen → Groeien for not being placed only after 6 "
            + "months (9 with the extension). The klant's preference is kept beside the decision. With overdracht: "
            + "a warme overdracht of the regie to the new team is offered; the sender stays owner until acceptance.")
    public Response klantgroep(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch,
                               @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                               @ExampleObject(name = "naar-groeien", value = "{\"naar\":\"groeien\","
                                       + "\"criterium\":\"zes-maanden-niet-geplaatst\",\"reden\":\"Na zes maanden "
                                       + "niet geplaatst; extra instrumenten nodig.\",\"klantVoorkeur\":\"matchen\"}")))
                               @Valid @NotNull CaseworkRequests.DoorstroomRequest body) {
        OverdrachtService.Aanbod aanbod = body.overdracht() == null ? null : new OverdrachtService.Aanbod(
                nl.trede.casework.domain.OverdrachtSoort.REGIE, nl.trede.casework.domain.OntvangerSoort.TEAM,
                body.overdracht().team().strip(), true, body.overdracht().geschiedenis().strip(),
                body.overdracht().mogelijkheden().strip(), body.overdracht().verwachtingen().strip());
        return ok(doorstroom.wijzigen(id, IfMatch.version(ifMatch), new DoorstroomService.Besluit(body.naar().strip(),
                body.criterium().strip(), body.reden().strip(), blankToNull(body.klantVoorkeur()), aanbod), inzage.wie(),
                inzage.teamleider()));
    }

    @GET
    @ZaakVerwerking(activiteit = CaseworkActiviteit.ZAAKBEHANDELING, actie = Actie.LEZEN, resource = "klantgroephistorie")
    @Path("/{id}/klantgroephistorie")
    @Transactional
    @Operation(summary = "Every change of klantgroep on the zaak, oldest first")
    public List<CaseworkRequests.KlantgroepWisselResponse> klantgroephistorie(@PathParam("id") UUID id) {
        return doorstroom.historie(id).stream()
                .map(CaseworkRequests.KlantgroepWisselResponse::of).toList();
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "matchen-verlenging")
    @Path("/{id}/matchen-verlenging")
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "Extend Matchen once by three months (PB §3.2)")
    public Response matchenVerlenging(@PathParam("id") UUID id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return ok(doorstroom.matchenVerlengen(id, IfMatch.version(ifMatch), inzage.wie(), inzage.teamleider()));
    }

    @POST
    @Transactional
    @ZaakVerwerking(activiteit = CaseworkActiviteit.REINTEGRATIE, actie = Actie.WIJZIGEN, resource = "matchen-diensten")
    @Path("/{id}/matchen-diensten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.KLANTMANAGER, Roles.TEAMLEIDER})
    @Operation(summary = "A Groeien klant uses Matchen's services while staying in Groeien (PB §2.2.4)")
    public Response matchenDiensten(@PathParam("id") UUID id,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                    @ExampleObject(name = "aan", value = "{\"aan\":true}")))
                                    @Valid @NotNull CaseworkRequests.MatchenDienstenRequest body) {
        return ok(doorstroom.matchenDiensten(id, body.aan(), inzage.wie(), inzage.teamleider()));
    }
}
