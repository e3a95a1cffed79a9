package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The API lint ruleset (api-lint/trede.yaml, extending api-lint/adr-2.2.yaml) is not vacuous: Spectral, run by
 * deploy/local/adr-lint.sh exactly as CI runs it, finds nothing in api-lint/testcases/valid.yaml and, in every
 * other test case, exactly the rules its first line {@code # expect: ...} names; and every rule of the two files
 * has such a test case. Spectral missing and not installable (no Node.js/npm): the test FAILS, never skips.
 */
class AdrRulesetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** test case file name → the rule codes Spectral reported for it. */
    private static final Map<String, Set<String>> FIRED = new TreeMap<>();
    private static final Map<String, Set<String>> EXPECTED = new TreeMap<>();

    @BeforeAll
    static void lintEveryTestCase() throws IOException {
        Path dir = Repo.root().resolve("api-lint/testcases");
        List<String> command = new ArrayList<>(List.of("bash", Repo.deploy("local/adr-lint.sh").toString(),
                "--format", "json"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                command.add(file.toString());
                String first = Files.readAllLines(file).get(0);
                String name = file.getFileName().toString();
                FIRED.put(name, new TreeSet<>());
                EXPECTED.put(name, first.startsWith("# expect:")
                        ? new TreeSet<>(List.of(first.substring("# expect:".length()).trim().split("\\s+")))
                        : new TreeSet<>());
            }
        }
        assertTrue(FIRED.containsKey("valid.yaml"), "api-lint/testcases/valid.yaml is missing");
        // One Spectral run for all documents (exit 1: errors found, as expected; anything else: it did not lint).
        Kubectl.Result r = Kubectl.run(command, null, 600);
        if (r.exitCode() != 1) {
            fail("adr-lint.sh should exit 1 (errors found) on the test cases, exit " + r.exitCode() + ":\n"
                    + r.stderr() + r.stdout());
        }
        JsonNode results;
        try {
            // Spectral may print a line of text after the JSON array.
            results = JSON.readTree(r.stdout());
        } catch (IOException e) {
            throw new AssertionError("Spectral printed no JSON: " + r.stdout() + r.stderr(), e);
        }
        assertTrue(results.isArray() && !results.isEmpty(), "no results at all: " + r.stdout());
        for (JsonNode result : results) {
            String source = Path.of(result.path("source").asText()).getFileName().toString();
            Set<String> fired = FIRED.get(source);
            if (fired == null) {
                fail("a result for an unknown document: " + result);
            }
            fired.add(result.path("code").asText());
        }
    }

    @Test
    void theValidDocumentPassesWithoutErrorsOrWarnings() {
        assertEquals(Set.of(), FIRED.get("valid.yaml"));
    }

    @Test
    void everyTestCaseFiresExactlyItsRules() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((name, expected) -> {
            if (!name.equals("valid.yaml") && (expected.isEmpty() || !expected.equals(FIRED.get(name)))) {
                wrong.add(name + ": expected " + expected + ", Spectral reported " + FIRED.get(name));
            }
        });
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    @Test
    void everyRuleHasATestCase() throws IOException {
        Set<String> rules = new TreeSet<>();
        for (String file : List.of("api-lint/adr-2.2.yaml", "api-lint/trede.yaml")) {
            Map<?, ?> ruleset = new Yaml().load(Files.readString(Repo.root().resolve(file)));
            ((Map<?, ?>) ruleset.get("rules")).forEach((name, rule) -> {
                if (!"off".equals(rule)) {
                    rules.add((String) name);
                }
            });
        }
        assertTrue(rules.size() >= 30, "the ADR 2.2 rules and Trede's: " + rules);
        Set<String> tested = new TreeSet<>();
        EXPECTED.values().forEach(tested::addAll);
        rules.removeAll(tested);
        assertEquals(Set.of(), rules, "rules without a test case in api-lint/testcases");
    }
}
