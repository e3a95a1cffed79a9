package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * the quality requirements: the published OpenAPI documents pass the NL API Design Rules 2.2 linter with 0 errors.
 * Fetches the aggregated {@code /api/openapi.json} and every {@code /api/<service>/v1/openapi.json} from the running
 * gateway, lints them with deploy/local/adr-lint.sh (Spectral, api-lint/trede.yaml), prints Spectral's findings and
 * counts, and asserts no errors. Spectral missing and not installable: the test FAILS, it never skips. Also checks that
 * the runtime does what the documents declare: {@code API-Version} (equal to {@code info.version}) on every
 * response, errors included, and errors as problem+json.
 */
@ExtendWith(Stack.class)
class AdrLintSystemTest {

    private static final List<String> SERVICES = List.of("intake", "casework", "enforcement", "ladder", "werkvoorraad");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("trede.root", "..")).toAbsolutePath().normalize();
    private static final Map<String, Path> DOCUMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void fetchTheDocuments() throws IOException {
        Path dir = ROOT.resolve("system-tests/target/adr-lint");
        Files.createDirectories(dir);
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("trede", "/api/openapi.json");
        SERVICES.forEach(s -> urls.put(s, "/api/" + s + "/v1/openapi.json"));
        for (Map.Entry<String, String> url : urls.entrySet()) {
            String body = given().baseUri(Stack.GATEWAY).get(url.getValue()).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*").extract().asString();
            Path file = dir.resolve(url.getKey() + "-openapi.json");
            Files.writeString(file, body, StandardCharsets.UTF_8);
            DOCUMENTS.put(url.getKey(), file);
        }
        // Every service answered: the aggregate is complete.
        assertTrue(JSON.readTree(DOCUMENTS.get("trede").toFile()).path("x-trede-unavailable").isMissingNode());
    }

    private record Lint(int exitCode, String stdout, String stderr) {
    }

    private static Lint adrLint(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/adr-lint.sh").toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("adr-lint", ".out");
            Path err = Files.createTempFile("adr-lint", ".err");
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return fail("adr-lint.sh timed out");
            }
            Lint lint = new Lint(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return lint;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPublishedDocumentPassesTheAdrLinterWithoutErrors() throws IOException {
        List<String> files = DOCUMENTS.values().stream().map(Path::toString).toList();
        // The human-readable report, as a developer would see it.
        List<String> args = new ArrayList<>(List.of("--format", "stylish"));
        args.addAll(files);
        Lint stylish = adrLint(args.toArray(String[]::new));
        System.out.println("deploy/local/adr-lint.sh " + String.join(" ", files) + "\n" + stylish.stdout()
                + stylish.stderr());

        args = new ArrayList<>(List.of("--format", "json"));
        args.addAll(files);
        Lint lint = adrLint(args.toArray(String[]::new));
        if (lint.exitCode() != 0 && lint.exitCode() != 1) {
            fail("adr-lint.sh could not lint (exit " + lint.exitCode() + "; is Spectral installable?):\n"
                    + lint.stderr() + lint.stdout());
        }
        JsonNode results = JSON.readTree(lint.stdout()); // Spectral may add a line of text after the JSON
        assertTrue(results != null && results.isArray(), "Spectral printed no JSON: " + lint.stdout());
        Map<String, int[]> counts = new LinkedHashMap<>(); // document → {errors, warnings}
        DOCUMENTS.forEach((name, file) -> counts.put(file.getFileName().toString(), new int[2]));
        List<String> errors = new ArrayList<>();
        for (JsonNode result : results) {
            String source = Path.of(result.path("source").asText()).getFileName().toString();
            int[] count = counts.computeIfAbsent(source, k -> new int[2]);
            if (result.path("severity").asInt() == 0) {
                count[0]++;
                errors.add(source + " " + result.path("code").asText() + " " + result.path("path") + ": "
                        + result.path("message").asText());
            } else if (result.path("severity").asInt() == 1) {
                count[1]++;
            }
        }
        counts.forEach((doc, c) -> System.out.printf("ADR lint %-28s %d errors, %d warnings%n", doc, c[0], c[1]));
        assertEquals(List.of(), errors, String.join("\n", errors));
        assertEquals(0, lint.exitCode(), "adr-lint.sh found errors:\n" + lint.stdout());
    }

    @Test
    void everyAnswerCarriesTheDocumentedApiVersionErrorsIncluded() throws IOException {
        for (String service : SERVICES) {
            JsonNode doc = JSON.readTree(DOCUMENTS.get(service).toFile());
            String version = doc.path("info").path("version").asText();
            assertEquals("/api/" + service + "/v1", doc.path("servers").path(0).path("url").asText());
            String base = Stack.GATEWAY + "/api/" + service + "/v1";
            // 401 (no token), 404 (an unknown id) and a 200: each with API-Version = info.version.
            String path = firstPathWithoutParameters(doc, SERVICE_READER.get(service));
            given().get(base + path).then().statusCode(401)
                    .header("API-Version", is(version));
            given().header("Authorization", Stack.bearer(SERVICE_READER.get(service)))
                    .get(base + path).then().statusCode(200)
                    .header("API-Version", is(version));
        }
        JsonNode intake = JSON.readTree(DOCUMENTS.get("intake").toFile());
        String version = intake.path("info").path("version").asText();
        String meldingen = Stack.GATEWAY + "/api/intake/v1/meldingen";
        given().header("Authorization", Stack.bearer("intake-medewerker")).contentType(ContentType.JSON).body("{}")
                .post(meldingen).then().statusCode(400).contentType("application/problem+json")
                .header("API-Version", is(version));
        given().header("Authorization", Stack.bearer("intake-medewerker")).get(meldingen + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").header("API-Version", is(version));
        given().header("Authorization", Stack.bearer("ketenpartner")).get(meldingen + "/" + UUID.randomUUID())
                .then().statusCode(403).header("API-Version", is(version));
    }

    /** A role that reads a parameterless GET of each service (see the README's role table). */
    private static final Map<String, String> SERVICE_READER = Map.of("intake", "functioneel-beheerder",
            "casework", "klantmanager", "enforcement", "handhaver", "ladder", "klantmanager", "werkvoorraad",
            "klantmanager");

    /** The first GET path of the document that has no path template and no required query parameter. */
    private static String firstPathWithoutParameters(JsonNode doc, String role) {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || path.getKey().contains("{") || path.getKey().endsWith("openapi.json")) {
                continue;
            }
            boolean allowed = false;
            for (JsonNode requirement : get.path("security")) {
                for (JsonNode roles : requirement) {
                    for (JsonNode r : roles) {
                        allowed |= r.asText().equals(role);
                    }
                }
            }
            if (!allowed) {
                continue;
            }
            boolean required = false;
            for (JsonNode parameter : get.path("parameters")) {
                required |= parameter.path("required").asBoolean(false);
            }
            if (!required) {
                return path.getKey();
            }
        }
        return fail("no GET without parameters in " + doc.path("info").path("title"));
    }
}
