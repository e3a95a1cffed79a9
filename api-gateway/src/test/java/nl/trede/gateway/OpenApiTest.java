package nl.trede.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
@WithTestResource(UpstreamStubs.class)
class OpenApiTest {

    @Test
    void asyncApiDocumentIsPublicBesideTheOpenApi() {
        given().get("/api/asyncapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("asyncapi", is("3.0.0"))
                .body("channels.intake.address", is("trede.intake.v1"))
                .body("components.messages.intakeMeldingDoorgezet.name", is("nl.trede.intake.melding-doorgezet"));
    }

    @Test
    void aggregatedDocumentIsPublicAndMergesTheServices() {
        given().get("/api/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .header("X-Request-ID", notNullValue())
                .header("API-Version", "1.0.0")
                .body("openapi", is("3.1.0"))
                .body("info.title", is("Trede API"))
                .body("info.version", is("1.0.0"))
                .body("info.contact.name", is("Trede"))
                .body("info.contact.url", is("https://github.com/trede"))
                .body("info.contact.email", is("developers@trede.example"))
                // the services' base paths (ADR /core/uri-version); ladder's stub still has full paths, no server
                .body("servers.url", contains("/api/intake/v1", "/api/casework/v1"))
                // full paths from the gateway's root, each with the path-level server "/" ("Try it out")
                .body("paths", hasKey("/api/intake/v1/meldingen"))
                .body("paths", hasKey("/api/casework/v1/zaken/{id}"))
                .body("paths", hasKey("/api/ladder/v1/metingen"))
                .body("paths", hasKey("/api/werkvoorraad/v1/werkitems"))
                .body("paths.'/api/intake/v1/meldingen'.servers.url", contains("/"))
                .body("paths.'/api/casework/v1/zaken/{id}'.servers.url", contains("/"))
                .body("paths.'/api/ladder/v1/metingen'.servers.url", contains("/"))
                .body("tags.name", contains("meldingen", "zaken"))
                // identical in every service: merged into one
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("IntakeProblem")))
                // different per service: prefixed with the service name, references rewritten
                .body("components.schemas", not(hasKey("Persoon")))
                .body("components.schemas.IntakePersoon.properties", hasKey("bsn"))
                .body("components.schemas.CaseworkPersoon.properties", hasKey("klantId"))
                .body("components.schemas.Melding.properties.persoon.$ref", is("#/components/schemas/IntakePersoon"))
                .body("components.schemas.Zaak.properties.persoon.$ref", is("#/components/schemas/CaseworkPersoon"))
                .body("components.schemas", hasKey("Meting"))
                .body("components.securitySchemes", hasKey("SecurityScheme"))
                .body("components.securitySchemes.bearerJwt.scheme", is("bearer"))
                .body("components.securitySchemes.bearerJwt.bearerFormat", is("JWT"))
                .body("security", equalTo(List.of(Map.of("bearerJwt", List.of()))))
                .body("x-trede-unavailable", contains("enforcement"));
    }

    @Test
    void serviceDocumentIsServedAsIs() {
        given().get("/api/intake/v1/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body(equalTo(UpstreamStubs.INTAKE_OPENAPI));
        given().get("/api/casework/v1/openapi.json")
                .then()
                .statusCode(200)
                .body(equalTo(UpstreamStubs.CASEWORK_OPENAPI));
    }

    @Test
    void documentOfAServiceThatIsDownIs502() {
        given().get("/api/enforcement/v1/openapi.json")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("code", is("upstream-unavailable"));
    }

    @Test
    void swaggerUiShowsTheAggregatedDocument() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/api/openapi.json"));
    }

    @Test
    void gatewayPublishesItsOwnDocument() {
        given().queryParam("format", "json").get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/openapi.json"));
    }
}
