package nl.trede.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OpenApiMerger.Info INFO = new OpenApiMerger.Info("Trede API", "1.0.0", "All of it",
            "Trede", "https://github.com/trede", "developers@trede.example");

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ObjectNode> docs(String... serviceAndJson) {
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        for (int i = 0; i < serviceAndJson.length; i += 2) {
            docs.put(serviceAndJson[i], json(serviceAndJson[i + 1]));
        }
        return docs;
    }

    @Test
    void identicalDefinitionsAreMergedAndDifferentOnesPrefixed() {
        Map<String, ObjectNode> input = docs(
                "intake", "{'openapi':'3.1.0','paths':{'/api/intake/v1/a':{'get':{'responses':{'200':{'content':"
                        + "{'application/json':{'schema':{'$ref':'#/components/schemas/Melding'}}}}}}}},"
                        + "'components':{'schemas':{'Problem':{'type':'object'},'Melding':{'type':'string'}}}}",
                "ladder", "{'openapi':'3.0.3','paths':{'/api/ladder/v1/b':{'get':{'responses':{'200':{'content':"
                        + "{'application/json':{'schema':{'$ref':'#/components/schemas/Melding'}}}}}}}},"
                        + "'components':{'schemas':{'Problem':{'type':'object'},'Melding':{'type':'integer'}}}}");
        ObjectNode copyOfInput = input.get("intake").deepCopy();

        ObjectNode merged = OpenApiMerger.merge(input, List.of(), INFO);

        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals(List.of("IntakeMelding", "LadderMelding", "Problem"), names(schemas));
        assertEquals("string", schemas.path("IntakeMelding").path("type").asText());
        assertEquals("#/components/schemas/IntakeMelding", merged.at(
                "/paths/~1api~1intake~1v1~1a/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/LadderMelding", merged.at(
                "/paths/~1api~1ladder~1v1~1b/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("3.1.0", merged.path("openapi").asText());
        assertFalse(merged.has("x-trede-unavailable"));
        assertEquals(copyOfInput, input.get("intake"), "the input is not modified");
    }

    @Test
    void aRenameThatMakesReferringDefinitionsDifferRenamesThemToo() {
        // Adres is textually identical in both, but refers to Persoon, which differs.
        Map<String, ObjectNode> input = docs(
                "intake", "{'components':{'schemas':{'Persoon':{'type':'string'},"
                        + "'Adres':{'properties':{'bewoner':{'$ref':'#/components/schemas/Persoon'}}}}}}",
                "casework", "{'components':{'schemas':{'Persoon':{'type':'integer'},"
                        + "'Adres':{'properties':{'bewoner':{'$ref':'#/components/schemas/Persoon'}}}}}}");

        JsonNode schemas = OpenApiMerger.merge(input, List.of(), INFO).path("components").path("schemas");

        assertEquals(List.of("CaseworkAdres", "CaseworkPersoon", "IntakeAdres", "IntakePersoon"), names(schemas));
        assertEquals("#/components/schemas/IntakePersoon",
                schemas.at("/IntakeAdres/properties/bewoner/$ref").asText());
        assertEquals("#/components/schemas/CaseworkPersoon",
                schemas.at("/CaseworkAdres/properties/bewoner/$ref").asText());
    }

    @Test
    void discriminatorMappingsAndSecurityRequirementsFollowRenames() {
        Map<String, ObjectNode> input = docs(
                "intake", "{'security':[{'jwt':[]}],'paths':{'/api/intake/v1/x':{'post':{'security':[{'jwt':['a']}],"
                        + "'responses':{}}}},'components':{'securitySchemes':{'jwt':{'type':'http','scheme':'bearer'}},"
                        + "'schemas':{'Dier':{'discriminator':{'propertyName':'soort',"
                        + "'mapping':{'kat':'#/components/schemas/Kat'}}},'Kat':{'type':'object'}}}}",
                "casework", "{'components':{'securitySchemes':{'jwt':{'type':'apiKey','in':'header','name':'X'}},"
                        + "'schemas':{'Kat':{'type':'string'}}}}");

        ObjectNode merged = OpenApiMerger.merge(input, List.of(), INFO);

        assertEquals("#/components/schemas/IntakeKat",
                merged.at("/components/schemas/Dier/discriminator/mapping/kat").asText());
        assertTrue(merged.at("/paths/~1api~1intake~1v1~1x/post/security/0").has("IntakeJwt"));
        assertEquals(List.of("CaseworkJwt", "IntakeJwt", OpenApiMerger.BEARER_SCHEME),
                names(merged.at("/components/securitySchemes")));
    }

    @Test
    void gatewayInfoServersSecurityAndUnavailableServices() {
        ObjectNode merged = OpenApiMerger.merge(
                docs("intake", "{'openapi':'3.0.3','info':{'title':'intake'},'servers':[{'url':'http://x'}],'paths':{}}"),
                List.of("enforcement", "ladder"), INFO);

        assertEquals("3.0.3", merged.path("openapi").asText());
        assertEquals("Trede API", merged.at("/info/title").asText());
        assertEquals("developers@trede.example", merged.at("/info/contact/email").asText());
        assertEquals("/", merged.at("/servers/0/url").asText());
        assertEquals(1, merged.path("servers").size());
        assertEquals("[{\"" + OpenApiMerger.BEARER_SCHEME + "\":[]}]", merged.path("security").toString());
        assertEquals("[\"enforcement\",\"ladder\"]", merged.path("x-trede-unavailable").toString());
    }

    @Test
    void pathsRelativeToAServiceBaseBecomeFullPathsWithTheRootServer() {
        ObjectNode merged = OpenApiMerger.merge(
                docs("intake", "{'servers':[{'url':'/api/intake/v1'}],'paths':{'/audit':{'get':{}},'/':{'get':{}}}}",
                        "casework", "{'servers':[{'url':'/api/casework/v1/'}],'paths':{'/audit':{'get':{}}}}",
                        "ladder", "{'servers':[{'url':'https://elders.example/api/ladder/v1'}],"
                                + "'paths':{'/api/ladder/v1/treden':{'get':{}}}}"),
                List.of(), INFO);

        assertEquals(List.of("/api/intake/v1/audit", "/api/intake/v1", "/api/casework/v1/audit",
                "/api/ladder/v1/treden"), names(merged.path("paths")));
        merged.path("paths").forEach(item -> assertEquals("[{\"url\":\"/\"}]", item.path("servers").toString()));
        // The document's servers: the base paths of the services that have one (an absolute URL is not a base).
        assertEquals("/api/intake/v1", merged.at("/servers/0/url").asText());
        assertEquals("/api/casework/v1", merged.at("/servers/1/url").asText());
        assertEquals(2, merged.path("servers").size());
    }

    @Test
    void operationIdsSharedByServicesArePrefixedWithTheService() {
        ObjectNode merged = OpenApiMerger.merge(
                docs("intake", "{'paths':{'/api/intake/v1/a':{'get':{'operationId':'get'},'post':{'operationId':'maak'}}}}",
                        "casework", "{'paths':{'/api/casework/v1/b':{'get':{'operationId':'get'}}}}"),
                List.of(), INFO);

        assertEquals("intakeGet", merged.at("/paths/~1api~1intake~1v1~1a/get/operationId").asText());
        assertEquals("maak", merged.at("/paths/~1api~1intake~1v1~1a/post/operationId").asText());
        assertEquals("caseworkGet", merged.at("/paths/~1api~1casework~1v1~1b/get/operationId").asText());
    }

    @Test
    void nothingAvailable() {
        ObjectNode merged = OpenApiMerger.merge(Map.of(), List.of("intake"), INFO);
        assertEquals("3.1.0", merged.path("openapi").asText());
        assertTrue(merged.path("paths").isEmpty());
        assertEquals("[\"intake\"]", merged.path("x-trede-unavailable").toString());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
