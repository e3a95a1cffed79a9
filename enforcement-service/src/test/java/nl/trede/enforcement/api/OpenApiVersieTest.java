package nl.trede.enforcement.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The gedraging's state changes require If-Match (428 without it, 412 when stale: RFC 6585 §3, RFC 9110 §13.1.1);
 * the document says so on every such operation — added centrally by the platform's OpenAPI filter, not repeated per
 * endpoint.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OpenApiVersieTest {

    @Test
    @DisplayName("Every operation that requires If-Match documents 412 and 428 as problem+json")
    @SuppressWarnings("unchecked")
    void everyRequiredIfMatchDocuments412And428() {
        Map<String, Object> paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("paths");
        List<String> missing = new ArrayList<>();
        int required = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation)) {
                    continue;
                }
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
                boolean ifMatch = parameters != null && parameters.stream().anyMatch(p -> "header".equals(p.get("in"))
                        && "If-Match".equals(p.get("name")) && Boolean.TRUE.equals(p.get("required")));
                if (!ifMatch) {
                    continue;
                }
                required++;
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                for (String status : List.of("412", "428")) {
                    Object content = responses.get(status) instanceof Map<?, ?> r ? r.get("content") : null;
                    if (!(content instanceof Map<?, ?> c) || !c.containsKey("application/problem+json")) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey() + ": " + status);
                    }
                }
            }
        }
        assertTrue(required >= 10, "the gedraging's state changes require If-Match (found " + required + ")");
        assertEquals(List.of(), missing);
    }
}
