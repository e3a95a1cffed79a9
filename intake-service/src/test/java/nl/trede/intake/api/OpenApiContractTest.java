package nl.trede.intake.api;

import static nl.trede.platform.testsupport.OpenApiContract.openapi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Requirement "The service's OpenAPI documents every field with its rule" and "OpenAPI with examples for every
 * operation": checked on the generated document, so a new field or operation without them fails the build.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OpenApiContractTest {

    @Test
    @DisplayName("Every operation has a summary, and every request body an example")
    void everyOperationIsDocumentedWithAnExample() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openapi().get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (!op.getValue().hasNonNull("summary")) {
                    missing.add(name + ": summary");
                }
                JsonNode body = op.getValue().path("requestBody").path("content");
                body.properties().forEach(media -> {
                    if (!media.getValue().has("example") && !media.getValue().has("examples")) {
                        missing.add(name + ": request example (" + media.getKey() + ")");
                    }
                });
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("Every field of every schema carries a description (its rule)")
    void everyFieldHasADescription() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : openapi().get("components").get("schemas").properties()) {
            schema.getValue().path("properties").properties().forEach(p -> {
                JsonNode field = p.getValue();
                boolean described = field.hasNonNull("description")
                        || field.path("allOf").findValue("description") != null;
                if (!described) {
                    missing.add(schema.getKey() + "." + p.getKey());
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    @Test
    @DisplayName("NL API Design Rules: every response declares API-Version, every error is problem+json, "
            + "every POST declares its 400")
    void everyResponseIsDocumentedAsTheRuntimeAnswers() throws Exception {
        JsonNode doc = openapi();
        assertEquals("/api/intake/v1", doc.at("/servers/0/url").asText());
        assertEquals("1.0.0", doc.at("/info/version").asText());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            if (path.getKey().startsWith("/api/")) {
                wrong.add(path.getKey() + ": not relative to the server");
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (op.getKey().equals("post") && !op.getValue().path("responses").has("400")) {
                    wrong.add(name + ": no 400");
                }
                op.getValue().path("responses").properties().forEach(response -> {
                    if (!response.getValue().path("headers").has("API-Version")) {
                        wrong.add(name + " " + response.getKey() + ": no API-Version header");
                    }
                    if (response.getKey().matches("[45]..") && !response.getValue().path("content")
                            .path("application/problem+json").path("schema").path("$ref").asText()
                            .equals("#/components/schemas/Problem")) {
                        wrong.add(name + " " + response.getKey() + ": not the Problem schema");
                    }
                });
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals("[\"title\",\"status\",\"detail\"]", doc.at("/components/schemas/Problem/required").toString());
        assertTrue(doc.at("/components/schemas/Problem/properties").has("invalidParams"));
    }

    @Test
    @DisplayName("The examples of POST /meldingen are valid meldingen: each registers (with a fresh BSN)")
    void theMeldingExamplesAreValid() throws Exception {
        JsonNode doc = openapi();
        // The paths are relative to the document's server, the API's base path (ADR /core/uri-version).
        String base = doc.at("/servers/0/url").asText();
        assertEquals("/api/intake/v1", base);
        JsonNode examples = doc.get("paths").get(IntakeFlow.MELDINGEN.substring(base.length())).get("post")
                .get("requestBody").get("content").get("application/json").get("examples");
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> example : examples.properties()) {
            names.add(example.getKey());
            String body = example.getValue().get("value").toString()
                    .replace("999990342", MeldingResourceTest.randomBsn());
            IntakeFlow.asMedewerker().body(body).post(IntakeFlow.MELDINGEN).then().statusCode(201);
        }
        assertEquals(List.of("aanvraag-levensonderhoud", "signaal-vso-school", "verzoek-ondersteuning",
                "tip-handhaving"), names);
    }
}
