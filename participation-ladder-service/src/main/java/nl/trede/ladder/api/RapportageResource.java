package nl.trede.ladder.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import nl.trede.ladder.api.RapportageResponses.CelResponse;
import nl.trede.ladder.api.RapportageResponses.DuurCelResponse;
import nl.trede.ladder.api.RapportageResponses.Getal;
import nl.trede.ladder.api.RapportageResponses.MatrixCelResponse;
import nl.trede.ladder.api.RapportageResponses.OvergangenResponse;
import nl.trede.ladder.api.RapportageResponses.TrajectenResponse;
import nl.trede.ladder.api.RapportageResponses.VerblijfsduurResponse;
import nl.trede.ladder.api.RapportageResponses.VerdelingResponse;
import nl.trede.ladder.api.RapportageResponses.VoorzieningResponse;
import nl.trede.ladder.domain.Niveau;
import nl.trede.ladder.domain.Rapportage;
import nl.trede.ladder.domain.RapportageService;
import nl.trede.platform.api.QueryParams;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Aggregated ladder reports for the beleidsmedewerker (requirement "Reports"): counts only, no klant ids, small cells
 * suppressed, one ladder model per report unless mapped explicitly. Bounded in size (at most every pair of positions
 * of one model), so not paginated.
 */
@Path("/api/ladder/v1/rapportages")
@Tag(name = "rapportages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BELEIDSMEDEWERKER)
public class RapportageResource {

    static final String VERDELING_VOORBEELD = """
            {"model": "heemskerk", "versies": ["2018"], "naarModel": null, "niveau": "sub-trede",
             "peildatum": "2018-06-01", "minimumCelgrootte": 5, "totaal": {"aantal": 740, "onderdrukt": false},
             "cellen": [{"positie": "1", "trede": 1, "subTrede": null, "aantal": 133, "onderdrukt": false},
                        {"positie": "2.2", "trede": 2, "subTrede": "2.2", "aantal": null, "onderdrukt": true},
                        {"positie": "2.6", "trede": 2, "subTrede": "2.6", "aantal": null, "onderdrukt": true}]}""";

    private static final String KLANTGROEP = "Only klanten in this klantgroep (the latest one intake handed over with, "
            + "from the melding-doorgezet events); default every klant";

    private final RapportageService service;
    private final Clock clock;

    public RapportageResource(RapportageService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @Path("/verdeling")
    @Operation(summary = "Distribution of klanten over the treden of one ladder model on a date",
            description = "Each klant counts on the position of its latest valid meting on or before the peildatum. "
                    + "Every position of the model is listed. Counts of 1 up to minimumCelgrootte - 1 are suppressed "
                    + "(aantal null, onderdrukt true), and when that hides a single cell the next smallest is hidden "
                    + "too. With naarModel the positions are mapped through the documented mapping "
                    + "(/ladder-modellen/koppelingen); otherwise models are never mixed.")
    @APIResponse(responseCode = "200", description = "The distribution", content = @Content(
            schema = @Schema(implementation = VerdelingResponse.class),
            examples = @ExampleObject(name = "heemskerk-2018", value = VERDELING_VOORBEELD)))
    @APIResponse(responseCode = "400", description = "Unknown model, no mapping, bad date or niveau")
    public VerdelingResponse verdeling(
            @Parameter(description = "Ladder model code", required = true, example = "heemskerk")
            @QueryParam("model") String model,
            @Parameter(description = "Default today (Europe/Amsterdam)", schema = @Schema(format = "date"),
                    example = "2018-06-01") @QueryParam("peildatum") String peildatum,
            @Parameter(description = "Map to this model through the documented mapping", example = "divosa")
            @QueryParam("naarModel") String naarModel,
            @Parameter(description = "trede (default) or sub-trede", example = "sub-trede")
            @QueryParam("niveau") String niveau,
            @Parameter(description = KLANTGROEP, example = "matchen") @QueryParam("klantgroep") String klantgroep) {
        LocalDate datum = QueryParams.date("peildatum", peildatum);
        Rapportage.Verdeling v = service.verdeling(vraag(model, naarModel, niveau, klantgroep),
                datum == null ? NlTime.vandaag(clock) : datum);
        return new VerdelingResponse(v.model(), v.versies(), v.naarModel(), v.niveau(), v.klantgroep(), v.peildatum(),
                v.minimumCelgrootte(), Getal.of(v.totaal()), v.cellen().stream().map(CelResponse::of).toList());
    }

    @GET
    @Path("/overgangen")
    @Operation(summary = "Transition matrix of one ladder model between two dates",
            description = "For every klant with a position on the model on both dates: from-position × "
                    + "to-position counts, each with its direction (gestegen, gedaald, gelijk; a sub-trede higher is "
                    + "up), and the sums per direction. nieuwGemeten counts klanten first measured between the dates. "
                    + "Suppression as in /verdeling, per direction group and over the three sums.")
    @APIResponse(responseCode = "200", description = "The matrix")
    @APIResponse(responseCode = "400", description = "Unknown model, no mapping, bad dates (tot must lie after van)")
    public OvergangenResponse overgangen(
            @Parameter(description = "Ladder model code", required = true, example = "heemskerk")
            @QueryParam("model") String model,
            @Parameter(description = "First date", required = true, schema = @Schema(format = "date"),
                    example = "2018-06-01") @QueryParam("van") String van,
            @Parameter(description = "Second date, after van", required = true, schema = @Schema(format = "date"),
                    example = "2018-12-01") @QueryParam("tot") String tot,
            @Parameter(description = "Map to this model through the documented mapping", example = "divosa")
            @QueryParam("naarModel") String naarModel,
            @Parameter(description = "trede (default) or sub-trede", example = "trede")
            @QueryParam("niveau") String niveau,
            @Parameter(description = KLANTGROEP, example = "matchen") @QueryParam("klantgroep") String klantgroep) {
        LocalDate[] periode = periode(van, tot);
        LocalDate vanDatum = periode[0];
        LocalDate totDatum = periode[1];
        Rapportage.Overgangen o = service.overgangen(vraag(model, naarModel, niveau, klantgroep), vanDatum,
                totDatum);
        return new OvergangenResponse(o.model(), o.versies(), o.naarModel(), o.niveau(), o.klantgroep(), o.van(),
                o.tot(),
                o.minimumCelgrootte(), Getal.of(o.totaal()), Getal.of(o.gestegen()), Getal.of(o.gedaald()),
                Getal.of(o.gelijk()), Getal.of(o.nieuwGemeten()),
                o.cellen().stream().map(MatrixCelResponse::of).toList());
    }

    @GET
    @Path("/verblijfsduur")
    @Operation(summary = "Average time per trede: the stays of one ladder model that ended between two dates",
            description = "A stay is the unbroken time a klant held a position (trede, or trede and sub-trede with "
                    + "niveau=sub-trede); a review confirming the position does not end it, a move up or down does. "
                    + "Per position: how many stays ended between van and tot (inclusive) and their average length "
                    + "in days. Counts below minimumCelgrootte are hidden with their average.")
    @APIResponse(responseCode = "200", description = "The stays per position")
    @APIResponse(responseCode = "400", description = "Unknown model, bad dates or niveau, naarModel given")
    public VerblijfsduurResponse verblijfsduur(
            @Parameter(description = "Ladder model code", required = true, example = "heemskerk")
            @QueryParam("model") String model,
            @Parameter(description = "First day", required = true, schema = @Schema(format = "date"),
                    example = "2018-06-01") @QueryParam("van") String van,
            @Parameter(description = "Last day", required = true, schema = @Schema(format = "date"),
                    example = "2018-12-01") @QueryParam("tot") String tot,
            @Parameter(description = "trede (default) or sub-trede", example = "trede")
            @QueryParam("niveau") String niveau,
            @Parameter(description = KLANTGROEP, example = "matchen") @QueryParam("klantgroep") String klantgroep,
            @Parameter(description = "Not supported: stays are measured on the model itself")
            @QueryParam("naarModel") String naarModel) {
        LocalDate[] periode = periode(van, tot);
        LocalDate vanDatum = periode[0];
        LocalDate totDatum = periode[1];
        Rapportage.Verblijfsduur v = service.verblijfsduur(vraag(model, naarModel, niveau, klantgroep), vanDatum,
                totDatum);
        return new VerblijfsduurResponse(v.model(), v.versies(), v.niveau(), v.klantgroep(), v.van(), v.tot(),
                v.minimumCelgrootte(), v.cellen().stream().map(DuurCelResponse::of).toList());
    }

    @GET
    @Path("/trajecten")
    @Operation(summary = "Movement per voorziening: which voorzieningen move klanten up the ladder",
            description = "For every casework traject that ended between van and tot (inclusive; its end date, or "
                    + "the day it was ended when earlier): the klant's position on the model at the start (latest "
                    + "valid meting on or before the start date) against the first valid meting on or after the "
                    + "end. Per voorziening: trajecten counted, gestegen, gelijk, gedaald (a sub-trede higher is up "
                    + "with niveau=sub-trede). Trajecten without both metingen are not counted. One model, never "
                    + "mapped. Suppression as in /verdeling: the three counts of a voorziening form one group.")
    @APIResponse(responseCode = "200", description = "The movement per voorziening")
    @APIResponse(responseCode = "400", description = "Unknown model, bad dates or niveau, naarModel given")
    public TrajectenResponse trajecten(
            @Parameter(description = "Ladder model code", required = true, example = "heemskerk")
            @QueryParam("model") String model,
            @Parameter(description = "First end day; default every traject", schema = @Schema(format = "date"),
                    example = "2018-01-01") @QueryParam("van") String van,
            @Parameter(description = "Last end day; default today (Europe/Amsterdam)",
                    schema = @Schema(format = "date"), example = "2018-12-31") @QueryParam("tot") String tot,
            @Parameter(description = "trede (default) or sub-trede", example = "trede")
            @QueryParam("niveau") String niveau,
            @Parameter(description = KLANTGROEP, example = "matchen") @QueryParam("klantgroep") String klantgroep,
            @Parameter(description = "Not supported: movement is measured on the model itself")
            @QueryParam("naarModel") String naarModel) {
        LocalDate vanDatum = QueryParams.date("van", van);
        LocalDate totDatum = QueryParams.date("tot", tot);
        Rapportage.Trajecten t = service.trajecten(vraag(model, naarModel, niveau, klantgroep),
                vanDatum == null ? LocalDate.of(1900, 1, 1) : vanDatum,
                totDatum == null ? NlTime.vandaag(clock) : totDatum);
        return new TrajectenResponse(t.model(), t.versies(), t.niveau(), t.klantgroep(), vanDatum, t.tot(),
                t.minimumCelgrootte(), t.voorzieningen().stream().map(VoorzieningResponse::of).toList());
    }

    private static RapportageService.Vraag vraag(String model, String naarModel, String niveau, String klantgroep) {
        if (model == null || model.isBlank()) {
            throw ProblemException.invalid("model", "is required");
        }
        if (klantgroep != null && klantgroep.strip().length() > 60) {
            throw ProblemException.invalid("klantgroep", "must be at most 60 characters");
        }
        Niveau n = QueryParams.code("niveau", niveau, Niveau.class);
        return new RapportageService.Vraag(model.strip(), naarModel == null || naarModel.isBlank() ? null
                : naarModel.strip(), n == null ? Niveau.TREDE : n,
                klantgroep == null || klantgroep.isBlank() ? null : klantgroep.strip());
    }

    /** Both dates of a period, every invalid one named in one 400 (not only the first). */
    private static LocalDate[] periode(String van, String tot) {
        java.util.List<nl.trede.platform.problem.InvalidParam> fouten = new java.util.ArrayList<>();
        LocalDate[] periode = new LocalDate[2];
        String[][] params = {{"van", van}, {"tot", tot}};
        for (int i = 0; i < 2; i++) {
            try {
                periode[i] = QueryParams.requiredDate(params[i][0], params[i][1]);
            } catch (nl.trede.platform.problem.ProblemException e) {
                fouten.addAll(e.invalidParams());
            }
        }
        if (!fouten.isEmpty()) {
            throw nl.trede.platform.problem.ProblemException.invalid(fouten);
        }
        return periode;
    }
}
