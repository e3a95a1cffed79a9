package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rendered object is valid against the Kubernetes JSON schemas (generated from the Kubernetes OpenAPI
 * spec) that the npm package kubernetes-models bundles; deploy-checks/schema/validate.mjs runs them with Node.js.
 * The validator is installed with {@code npm ci} from the committed package-lock.json into
 * deploy-checks/target/schema-validator on first use. No Node.js/npm: the test FAILS (never skips).
 */
class SchemaValidationTest {

    /** Custom resources without a bundled schema: the operators validate them when they are applied. */
    static final Set<String> CUSTOM_RESOURCES = Set.of("postgresql.cnpg.io/v1 Cluster", "kafka.strimzi.io/v1beta2 KafkaTopic");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path validator;

    @BeforeAll
    static void install() throws IOException {
        Path source = Repo.root().resolve("deploy-checks/schema");
        Path dir = Repo.root().resolve("deploy-checks/target/schema-validator");
        Files.createDirectories(dir);
        for (String f : List.of("package.json", "package-lock.json", "validate.mjs")) {
            Files.copy(source.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        String node = onPath("node");
        String npm = onPath("npm");
        if (!Files.isDirectory(dir.resolve("node_modules/kubernetes-models"))) {
            Kubectl.Result r = Kubectl.run(List.of(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefix", dir.toString()), null, 600);
            if (r.exitCode() != 0) {
                fail("npm ci in " + dir + " failed (exit " + r.exitCode() + "); the schema validator needs the npm "
                        + "registry once:\n" + r.stderr());
            }
        }
        validator = dir.resolve("validate.mjs");
        assertTrue(Files.isRegularFile(Path.of(node)));
    }

    private static String onPath(String command) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d, command);
                if (!d.isBlank() && Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return fail(command + " not found on the PATH: the Kubernetes schema validation needs Node.js and npm "
                + "(Debian: apt-get install nodejs npm; deploy/local/tools.sh installs them when missing)");
    }

    /** Problems found in the YAML: invalid objects, and objects with no schema that are not expected custom resources. */
    static List<String> problems(String yaml) {
        // node runs in the validator's directory so that it resolves its node_modules.
        Kubectl.Result r = Kubectl.run(List.of(onPath("node"), "validate.mjs"), yaml, 300, validator.getParent());
        if (r.exitCode() != 0) {
            fail("validate.mjs failed (exit " + r.exitCode() + "): " + r.stderr());
        }
        List<String> problems = new ArrayList<>();
        int valid = 0;
        for (String line : r.stdout().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode result = read(line);
            String what = result.path("apiVersion").asText() + " " + result.path("kind").asText();
            String id = what + " " + result.path("name").asText();
            switch (result.path("status").asText()) {
                case "valid" -> valid++;
                case "invalid" -> problems.add(id + ": " + result.path("errors"));
                default -> {
                    if (!CUSTOM_RESOURCES.contains(what)) {
                        problems.add(id + ": no schema for " + what + " (unknown apiVersion or kind?)");
                    }
                }
            }
        }
        if (valid == 0 && problems.isEmpty() && !yaml.contains("KafkaTopic")) {
            problems.add("nothing was validated");
        }
        return problems;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return fail("validate.mjs printed something else than JSON: " + line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "strimzi/topics", "strimzi/topics-dev"})
    void renderedObjectsMatchTheKubernetesSchemas(String dir) {
        List<String> problems = problems(Kubectl.kustomize(Repo.deploy("kubernetes/" + dir)));
        assertEquals(List.of(), problems, dir + OverlaysTest.lines(problems));
    }

    @Test
    void schemaViolationsAreReported() {
        String prod = Kubectl.kustomize(Repo.deploy("kubernetes/overlays/prod"));
        String broken = prod.replaceFirst("containerPort: 8080", "containerPort: http")
                .replaceFirst("maxUnavailable: 1", "maxUnavailable: [1]")
                .replaceFirst("apiVersion: autoscaling/v2", "apiVersion: autoscaling/v9");
        List<String> problems = problems(broken);
        String all = OverlaysTest.lines(problems);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("apps/v1 Deployment") && p.contains("containerPort")), all);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("policy/v1 PodDisruptionBudget")), all);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no schema for autoscaling/v9")), all);
    }
}
