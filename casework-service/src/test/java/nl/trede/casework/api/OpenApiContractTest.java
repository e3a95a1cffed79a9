package nl.trede.casework.api;

import static nl.trede.platform.testsupport.OpenApiContract.openapi;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The casework OpenAPI says what the API answers: every operation on a record documents its 404 (a record that does
 * not exist or that the caller may not see), every list its paging, every operation a summary. Checked on the
 * served document, so a new operation without them fails the build.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OpenApiContractTest {

    @Test
    @DisplayName("Every operation has a summary; every operation on a record by its id documents 404 problem+json")
    void elkeRecordOperatieDocumenteert404() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openapi().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (!op.getValue().hasNonNull("summary")) {
                    wrong.add(name + ": summary");
                }
                if (!path.getKey().contains("{")) {
                    continue;
                }
                JsonNode notFound = op.getValue().path("responses").path("404");
                if (!notFound.path("content").path("application/problem+json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    wrong.add(name + ": 404 problem+json");
                }
                if (!notFound.path("headers").has("API-Version")) {
                    wrong.add(name + ": 404 API-Version");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("Every list pages alike: page and pageSize described, a Link header and totalItems on its 200")
    void elkeLijstPagineert() throws Exception {
        JsonNode doc = openapi();
        List<String> wrong = new ArrayList<>();
        for (String lijst : List.of("/zaken", "/taken", "/overdrachten")) {
            JsonNode get = doc.path("paths").path(lijst).path("get");
            List<String> described = new ArrayList<>();
            get.path("parameters").forEach(p -> {
                if (p.hasNonNull("description")) {
                    described.add(p.path("name").asText());
                }
            });
            if (!described.containsAll(List.of("page", "pageSize"))) {
                wrong.add(lijst + ": page/pageSize described " + described);
            }
            JsonNode ok = get.path("responses").path("200");
            if (!ok.path("headers").has("Link")) {
                wrong.add(lijst + ": Link header");
            }
            String schema = ok.path("content").path("application/json").path("schema").path("$ref").asText();
            JsonNode properties = doc.at("/components/schemas/" + schema.substring(schema.lastIndexOf('/') + 1)
                    + "/properties");
            if (!properties.has("totalItems") || !properties.has("page") || !properties.has("pageSize")) {
                wrong.add(lijst + ": page body " + schema);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
