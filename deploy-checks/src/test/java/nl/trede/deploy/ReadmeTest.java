package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/README.md's configuration reference names every variable an operator may need. */
class ReadmeTest {

    private static final List<String> DOCUMENTED_PREFIXES = List.of("trede.", "mp.jwt.", "smallrye.jwt.",
            "kafka.", "quarkus.rest-client.", "quarkus.datasource.jdbc.url", "quarkus.datasource.username",
            "quarkus.datasource.password", "quarkus.http.port", "quarkus.http.host");

    @Test
    void everyOperationalVariableIsDocumented() throws IOException {
        String readme = Files.readString(Repo.deploy("README.md"));
        Set<String> needed = new TreeSet<>();
        for (ConfigCatalog c : Catalogs.all().values()) {
            for (ConfigCatalog.Property p : c.properties().values()) {
                if (DOCUMENTED_PREFIXES.stream().anyMatch(p.name()::startsWith)) {
                    needed.add(p.env());
                }
            }
            needed.addAll(c.requiredEnv().keySet());
        }
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            for (JsonNode o : OverlaysTest.render(overlay)) {
                if (o.path("kind").asText().equals("ConfigMap")) {
                    o.path("data").fieldNames().forEachRemaining(needed::add);
                }
                if (o.path("kind").asText().equals("Deployment")) {
                    for (JsonNode c : o.path("spec").path("template").path("spec").path("containers")) {
                        c.path("env").forEach(e -> needed.add(e.path("name").asText()));
                    }
                }
            }
        }
        JsonNode compose = Yaml.one(Repo.deploy("docker-compose.yml"));
        for (String service : Repo.SERVICES) {
            compose.path("services").path(service).path("environment").fieldNames().forEachRemaining(needed::add);
        }
        Set<String> missing = new TreeSet<>();
        for (String env : needed) {
            if (!Pattern.compile("`" + Pattern.quote(env) + "`").matcher(readme).find()) {
                missing.add(env);
            }
        }
        assertEquals(Set.of(), missing, "deploy/README.md does not document (as `NAME`) these variables");
    }

    @Test
    void requiredVariablesAreMarkedRequired() throws IOException {
        String readme = Files.readString(Repo.deploy("README.md"));
        Set<String> unmarked = new TreeSet<>();
        for (ConfigCatalog c : Catalogs.all().values()) {
            for (Map.Entry<String, String> e : c.requiredEnv().entrySet()) {
                boolean marked = readme.lines().anyMatch(l -> l.startsWith("| `" + e.getKey() + "`")
                        && l.contains("**required"));
                if (!marked) {
                    unmarked.add(e.getKey());
                }
            }
        }
        assertEquals(Set.of(), unmarked, "required variables whose README row does not say **required**");
    }
}
