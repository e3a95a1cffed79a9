package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/docker-compose.yml parses, runs the images of the Kustomize base, and configures what the services read. */
class ComposeTest {

    private static final Pattern VAR = Pattern.compile("\\$\\{(\\w+)(?::?([-?])([^}]*))?}");

    private final JsonNode compose = Yaml.one(Repo.deploy("docker-compose.yml"));

    /** ${VAR:-default} → default, ${VAR:?error} → null (must be given), plain text unchanged. */
    static String resolve(String value) {
        Matcher m = VAR.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!"-".equals(m.group(2))) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, String> environment(String service) {
        JsonNode env = compose.path("services").path(service).path("environment");
        Map<String, String> result = new TreeMap<>();
        if (env.isArray()) {
            for (JsonNode e : env) {
                String[] kv = e.asText().split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        } else {
            for (Map.Entry<String, JsonNode> e : env.properties()) {
                result.put(e.getKey(), e.getValue().asText());
            }
        }
        return result;
    }

    @Test
    void hasPostgresKafkaAndTheFiveServices() {
        Set<String> services = new TreeSet<>();
        compose.path("services").fieldNames().forEachRemaining(services::add);
        Set<String> expected = new TreeSet<>(Repo.SERVICES);
        expected.add("postgres");
        expected.add("kafka");
        assertEquals(expected, services);
        assertTrue(environment("kafka").get("KAFKA_PROCESS_ROLES").contains("controller"), "Kafka in KRaft mode");
    }

    @Test
    void runsTheSameImagesAsTheKustomizeBase() {
        Map<String, String> base = new LinkedHashMap<>();
        for (JsonNode o : OverlaysTest.render("base")) {
            if (o.path("kind").asText().equals("Deployment")) {
                base.put(o.path("metadata").path("name").asText(),
                        o.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText());
            }
        }
        assertEquals(new TreeSet<>(Repo.SERVICES), new TreeSet<>(base.keySet()));
        for (String service : Repo.SERVICES) {
            String image = resolve(compose.path("services").path(service).path("image").asText());
            assertEquals(base.get(service), image, service + ": Compose and Kustomize base must name the same image");
        }
        compose.path("services").properties().forEach(e -> {
            String image = resolve(e.getValue().path("image").asText(""));
            assertNotNull(image, e.getKey());
            assertNull(ManifestChecker.imageProblem(image), e.getKey() + ": " + ManifestChecker.imageProblem(image));
        });
    }

    @Test
    void setsOnlyVariablesTheServicesReadAndEveryRequiredOne() {
        for (String service : Repo.SERVICES) {
            ConfigCatalog catalog = Catalogs.of(service);
            Map<String, String> env = environment(service);
            for (String name : env.keySet()) {
                assertTrue(catalog.reads(name), service + " does not read " + name);
            }
            for (String required : catalog.requiredEnv().keySet()) {
                assertTrue(env.containsKey(required), service + " needs " + required + ": "
                        + catalog.requiredEnv().get(required));
            }
        }
    }

    @Test
    void secretsComeFromTheEnvironmentOnly() {
        compose.path("services").fieldNames().forEachRemaining(service -> environment(service).forEach((k, v) -> {
            if (k.contains("PASSWORD") || k.contains("SECRET") || k.contains("TOKEN")) {
                assertTrue(v != null && v.matches("\\$\\{\\w+:\\?[^}]*}"),
                        service + ": " + k + " must be ${VAR:?...} from deploy/.env, not a value in the file");
            }
        }));
    }

    @Test
    void onlyTheGatewayIsPublished() {
        compose.path("services").properties().forEach(e -> assertEquals(e.getKey().equals("api-gateway"),
                e.getValue().has("ports"), e.getKey() + " ports"));
    }

    @Test
    void postgresInitCreatesTheDatabasesTheServicesUseAsDeployLocalDoes() throws IOException {
        Set<String> created = new TreeSet<>();
        Matcher m = Pattern.compile("CREATE DATABASE (\\w+) OWNER trede")
                .matcher(Files.readString(Repo.deploy("compose/postgres-init.sh")));
        while (m.find()) {
            created.add(m.group(1));
        }
        Set<String> used = new TreeSet<>();
        for (String service : Repo.SERVICES) {
            String url = environment(service).get("QUARKUS_DATASOURCE_JDBC_URL");
            if (url != null) {
                used.add(url.replaceAll("^jdbc:postgresql://postgres:5432/", ""));
                assertEquals("trede", environment(service).get("QUARKUS_DATASOURCE_USERNAME"), service);
            }
        }
        assertEquals(used, created);
        Matcher local = Pattern.compile("SERVICES_DBS=\\(([^)]*)\\)")
                .matcher(Files.readString(Repo.deploy("local/postgres.sh")));
        assertTrue(local.find());
        assertEquals(new TreeSet<>(List.of(local.group(1).trim().split("\\s+"))), created,
                "the same databases as deploy/local/postgres.sh");
    }
}
