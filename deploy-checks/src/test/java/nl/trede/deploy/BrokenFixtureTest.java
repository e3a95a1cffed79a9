package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks bite: a broken fixture, and single mistakes put into the real prod overlay, are reported. */
class BrokenFixtureTest {

    @Test
    void everyMistakeOfTheBrokenFixtureIsReported() {
        List<JsonNode> objects = Yaml.all(Kubectl.kustomize(Repo.root().resolve("deploy-checks/src/test/resources/broken")));
        List<String> violations = ManifestChecker.check(objects, Catalogs.all()::get);
        String all = OverlaysTest.lines(violations);
        for (String expected : List.of(
                "Deployment/intake-service container intake-service: no readinessProbe",
                "Deployment/intake-service container intake-service: livenessProbe must GET /q/health/live, not /health",
                "Deployment/intake-service container intake-service: no cpu limit",
                "Deployment/intake-service container intake-service: no memory limit",
                "Deployment/intake-service container intake-service: image trede/intake-service:latest uses the tag latest",
                "Deployment/intake-service container intake-service: runAsNonRoot is not true",
                "Deployment/intake-service container intake-service: allowPrivilegeEscalation is not false",
                "Deployment/intake-service container intake-service: readOnlyRootFilesystem is not true",
                "Deployment/intake-service container intake-service: capabilities do not drop ALL",
                "Deployment/intake-service: sets QUARKUS_DATASOURCE_JDBC_UR, which intake-service does not read",
                "Deployment/intake-service: does not set QUARKUS_DATASOURCE_JDBC_URL",
                "Deployment/intake-service: does not set QUARKUS_DATASOURCE_PASSWORD",
                "Deployment/intake-service: does not set TREDE_EVENTS_API_BASE_URL",
                "Deployment/intake-service: no HorizontalPodAutoscaler",
                "Deployment/intake-service: no PodDisruptionBudget selects its pods",
                "Deployment/intake-service: no NetworkPolicy selects its pods",
                "namespace broken: no default-deny ingress NetworkPolicy",
                "Service/intake-service: selector {\"app\":\"intake\"} matches no Deployment's pods")) {
            assertTrue(violations.stream().anyMatch(v -> v.startsWith(expected)), "not reported: " + expected
                    + "\nreported:" + all);
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("no liveness probe", "Deployment/casework-service container casework-service: no livenessProbe",
                        (Consumer<List<JsonNode>>) o -> container(o, "casework-service").remove("livenessProbe")),
                Arguments.of("no startup probe", "Deployment/api-gateway container api-gateway: no startupProbe",
                        (Consumer<List<JsonNode>>) o -> container(o, "api-gateway").remove("startupProbe")),
                Arguments.of("no memory limit", "Deployment/intake-service container intake-service: no memory limit",
                        (Consumer<List<JsonNode>>) o -> ((ObjectNode) container(o, "intake-service")
                                .path("resources").path("limits")).remove("memory")),
                Arguments.of("latest tag", "uses the tag latest",
                        (Consumer<List<JsonNode>>) o -> container(o, "enforcement-service")
                                .put("image", "trede/enforcement-service:latest")),
                Arguments.of("no tag", "has no tag",
                        (Consumer<List<JsonNode>>) o -> container(o, "enforcement-service")
                                .put("image", "registry.example.org:5000/trede/enforcement-service")),
                Arguments.of("root", "runAsNonRoot is not true",
                        (Consumer<List<JsonNode>>) o -> ((ObjectNode) container(o, "participation-ladder-service")
                                .path("securityContext")).put("runAsNonRoot", false)),
                Arguments.of("signing key not mounted", "smallrye.jwt.sign.key.location = /etc/trede/keys/private.pem but no volume",
                        (Consumer<List<JsonNode>>) o -> ((ArrayNode) named(o, "Deployment", "casework-service").path("spec")
                                .path("template").path("spec").path("volumes").get(1).path("secret").path("items")).remove(1)),
                Arguments.of("unknown env", "sets TREDE_EVENT_OIN, which",
                        (Consumer<List<JsonNode>>) o -> container(o, "intake-service").withArray("env")
                                .addObject().put("name", "TREDE_EVENT_OIN").put("value", "1")),
                Arguments.of("intake open to other namespaces", "lets traffic from outside the namespace reach intake-service",
                        (Consumer<List<JsonNode>>) o -> ((ArrayNode) policy(o, "intake-service").path("spec").path("ingress")
                                .get(0).path("from")).addObject().putObject("namespaceSelector")),
                Arguments.of("casework may not call intake", "Deployment/casework-service calls intake-service but no NetworkPolicy",
                        (Consumer<List<JsonNode>>) o -> ((ArrayNode) policy(o, "intake-service").path("spec").path("ingress")
                                .get(0).path("from").get(0).path("podSelector").path("matchExpressions").get(0)
                                .path("values")).remove(1)),
                Arguments.of("database open to the gateway", "lets Deployment/api-gateway reach database intake-db",
                        (Consumer<List<JsonNode>>) o -> ((ObjectNode) policy(o, "intake-db").path("spec").path("ingress")
                                .get(0).path("from").get(0).path("podSelector").path("matchLabels"))
                                .put("app.kubernetes.io/name", "api-gateway")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aSingleMistakeInTheProdOverlayIsReported(String what, String expected, Consumer<List<JsonNode>> mistake) {
        List<JsonNode> objects = OverlaysTest.render("overlays/prod");
        assertEquals(List.of(), ManifestChecker.check(objects, Catalogs.all()::get), "prod passes before the mistake");
        mistake.accept(objects);
        List<String> violations = ManifestChecker.check(objects, Catalogs.all()::get);
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                what + ": expected a violation containing '" + expected + "', got" + OverlaysTest.lines(violations));
    }

    private static ObjectNode container(List<JsonNode> objects, String deployment) {
        return (ObjectNode) named(objects, "Deployment", deployment).path("spec").path("template").path("spec")
                .path("containers").get(0);
    }

    private static JsonNode policy(List<JsonNode> objects, String name) {
        return named(objects, "NetworkPolicy", name);
    }

    private static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

}
