package nl.trede.platform.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The OpenAPI document the service under test serves ({@code /q/openapi}), for the contract tests that check it (every
 * operation documented as the runtime answers). Use in a {@code @QuarkusTest}.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** The served document as JSON. */
    public static JsonNode openapi() {
        String body = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
