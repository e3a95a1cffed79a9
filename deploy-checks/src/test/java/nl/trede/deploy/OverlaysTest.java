package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The base and both overlays render with kubectl kustomize and pass every check. */
class OverlaysTest {

    static List<JsonNode> render(String dir) {
        return Yaml.all(Kubectl.kustomize(Repo.deploy("kubernetes/" + dir)));
    }

    static String lines(List<String> violations) {
        return violations.stream().collect(Collectors.joining("\n  ", "\n  ", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void rendersAndPassesEveryCheck(String dir) {
        List<JsonNode> objects = render(dir);
        List<String> violations = ManifestChecker.check(objects, Catalogs.all()::get);
        assertEquals(List.of(), violations, dir + " has violations:" + lines(violations));

        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "NetworkPolicy")) {
            Set<String> names = names(objects, kind);
            assertTrue(names.containsAll(Repo.SERVICES), dir + ": " + kind + " for every service, got " + names);
        }
        assertEquals(Set.of("api-gateway"), names(objects, "Ingress"), "only the gateway has an Ingress");
        assertEquals(Set.of(), names(objects, "Secret"), "no Secret (values) in the manifests");
        if (!dir.equals("base")) {
            String expected = dir.endsWith("dev") ? "trede-dev" : "trede";
            for (JsonNode o : objects) {
                if (!o.path("kind").asText().equals("Namespace")) {
                    assertEquals(expected, o.path("metadata").path("namespace").asText(), ManifestChecker.id(o));
                }
            }
            assertEquals(Set.of("intake-db", "casework-db", "enforcement-db", "ladder-db", "worklist-db"),
                    names(objects, "Cluster"));
        }
    }

    static Set<String> names(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind))
                .map(o -> o.path("metadata").path("name").asText()).collect(Collectors.toCollection(TreeSet::new));
    }
}
