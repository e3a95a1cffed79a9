package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Secret the manifests use has a documented source — create-secrets.sh, a CloudNativePG Cluster
 * ({@code <cluster>-app}, keys username/password) or the TLS certificate of the Ingress — and none is committed.
 */
class SecretsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyReferencedSecretIsCreatedSomewhere(String overlay) throws IOException {
        List<JsonNode> objects = OverlaysTest.render(overlay);
        String script = Files.readString(Repo.deploy("kubernetes/create-secrets.sh"));
        Set<String> fromScript = new TreeSet<>();
        Matcher m = Pattern.compile("kubectl create secret generic \"?([\\w$-]+)\"?").matcher(script);
        while (m.find()) {
            fromScript.add(m.group(1));
        }
        assertTrue(fromScript.contains("trede-jwt-keys") && fromScript.contains("$d-db-app"), fromScript.toString());

        Set<String> fromClusters = new TreeSet<>();
        Set<String> tls = new TreeSet<>();
        for (JsonNode o : objects) {
            if (o.path("kind").asText().equals("Cluster")) {
                fromClusters.add(o.path("metadata").path("name").asText() + "-app");
            }
            if (o.path("kind").asText().equals("Ingress")) {
                o.path("spec").path("tls").forEach(t -> tls.add(t.path("secretName").asText()));
            }
        }
        Set<String> unexplained = new TreeSet<>();
        for (JsonNode o : objects) {
            if (!o.path("kind").asText().equals("Deployment")) {
                continue;
            }
            JsonNode pod = o.path("spec").path("template").path("spec");
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("secret")) {
                    String name = v.path("secret").path("secretName").asText();
                    if (!fromScript.contains(name)) {
                        unexplained.add(name);
                    }
                    for (JsonNode item : v.path("secret").path("items")) {
                        assertTrue(script.contains("--from-file=" + item.path("key").asText()),
                                name + " key " + item.path("key").asText() + " is created by create-secrets.sh");
                    }
                }
            }
            for (JsonNode c : pod.path("containers")) {
                for (JsonNode e : c.path("env")) {
                    JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                    if (ref.isMissingNode()) {
                        continue;
                    }
                    String name = ref.path("name").asText();
                    String key = ref.path("key").asText();
                    assertTrue(Set.of("username", "password").contains(key), name + "/" + key
                            + ": the keys of a CloudNativePG app Secret and of create-secrets.sh --db");
                    boolean scripted = name.endsWith("-db-app") && fromScript.contains("$d-db-app")
                            && script.contains("for d in intake casework enforcement ladder worklist")
                            && Set.of("intake-db-app", "casework-db-app", "enforcement-db-app", "ladder-db-app",
                                    "worklist-db-app").contains(name);
                    if (!fromClusters.contains(name) && !scripted) {
                        unexplained.add(name);
                    }
                }
            }
        }
        assertEquals(Set.of(), unexplained, "Secrets with no source");
        assertEquals(Set.of("trede-tls"), tls, "the Ingress certificate (cert-manager or your own), see deploy/README.md");
        assertTrue(fromClusters.containsAll(Set.of("intake-db-app", "casework-db-app", "enforcement-db-app", "ladder-db-app",
                "worklist-db-app")));
    }
}
