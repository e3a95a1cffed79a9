package nl.trede.enforcement.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import nl.trede.enforcement.domain.GwsOpdracht;
import nl.trede.enforcement.domain.Uitkeringsmutatie;
import nl.trede.platform.audit.Actie;
import nl.trede.platform.audit.store.Verwerkingen;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The decision feed for GWS-like benefit systems (docs/design-choices.md#decision-feed): each opgelegde maatregel once,
 * in a stable order by a monotonically increasing volgnummer, replayable from any cursor.
 */
@Path("/api/enforcement/v1/uitkeringsmutaties")
@Tag(name = "uitkeringsmutaties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.GWS_KOPPELING)
public class UitkeringsmutatieResource {

    private final ObjectMapper mapper;

    private final Verwerkingen verwerkingen;

    public UitkeringsmutatieResource(ObjectMapper mapper, Verwerkingen verwerkingen) {
        this.mapper = mapper;
        this.verwerkingen = verwerkingen;
    }

    @Schema(name = "Uitkeringsmutaties")
    public record Feed(@Schema(description = "The mutaties, oldest first; each with opdrachten: what the benefit "
                               + "system must do from which date (actie verlagen | eenmalig-verrekenen | blokkeren | "
                               + "beeindigen | intrekken, maatregelId, vanaf, totEnMet, percentage, bedrag)")
                       List<JsonNode> mutaties,
                       @Schema(description = "Pass as after= for the next page; equals after when there is nothing "
                               + "new") long volgendeCursor) {
    }

    @GET
    @Transactional
    @Operation(summary = "Read the uitkeringsmutaties after a cursor", description = "Each mutatie has a volgnummer; "
            + "pass the last one you processed as after (0 to start). The same cursor always gives the same mutaties.")
    @APIResponse(responseCode = "200", description = "The next mutaties, oldest first")
    @APIResponse(responseCode = "400", description = "after or limit malformed")
    public Feed listUitkeringsmutaties(
            @Parameter(description = "Last volgnummer processed; 0 or empty to start", example = "0")
            @QueryParam("after") String after,
                     @Parameter(description = "At most this many, 1-500 (default 100)", example = "100")
                     @QueryParam("limit") String limit) {
        long cursor = getal("after", after, 0, 0, Integer.MAX_VALUE);
        int max = getal("limit", limit, 100, 1, 500);
        List<Uitkeringsmutatie> gelezen = Uitkeringsmutatie.na(cursor, max);
        // The benefit system reads these klanten's mutaties: one record per klant, in this read's transaction.
        verwerkingen.vastleggen(EnforcementActiviteit.UITKERINGSMUTATIES, Actie.LEZEN, "uitkeringsmutatie", gelezen,
                u -> u.klantId, u -> u.id);
        List<JsonNode> mutaties = gelezen.stream().map(this::node).toList();
        long volgende = mutaties.isEmpty() ? cursor : mutaties.get(mutaties.size() - 1).get("volgnummer").asLong();
        return new Feed(mutaties, volgende);
    }

    private JsonNode node(Uitkeringsmutatie u) {
        try {
            ObjectNode n = mapper.createObjectNode();
            n.put("volgnummer", u.volgnummer);
            ObjectNode data = (ObjectNode) mapper.readTree(u.data);
            n.setAll(data);
            ArrayNode opdrachten = n.putArray("opdrachten");
            for (GwsOpdracht o : GwsOpdracht.van(mapper.convertValue(data, new TypeReference<Map<String, Object>>() {
            }))) {
                ObjectNode on = opdrachten.addObject();
                on.put("actie", o.actie().code());
                on.put("maatregelId", o.maatregelId() == null ? null : o.maatregelId().toString());
                on.put("vanaf", o.vanaf() == null ? null : o.vanaf().toString());
                on.put("totEnMet", o.totEnMet() == null ? null : o.totEnMet().toString());
                on.put("percentage", o.percentage());
                on.put("bedrag", o.bedrag());
            }
            n.put("aangemaaktOp", u.aangemaaktOp.toString());
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int getal(String naam, String waarde, int standaard, int min, int max) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(waarde.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.invalid(naam, "must be a whole number from " + min + " to " + max);
    }
}
