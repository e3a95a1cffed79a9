package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Dockerfiles (which cannot be built here: no Docker) agree with the Kubernetes manifests and build.sh. */
class DockerfileTest {

    private static String line(String dockerfile, String instruction) {
        Matcher m = Pattern.compile("(?m)^" + instruction + "\\s+(.+)$").matcher(dockerfile);
        return m.find() ? m.group(1).strip() : null;
    }

    @Test
    void everyServiceHasAPinnedNonRootImageMatchingItsDeployment() throws IOException {
        List<JsonNode> base = OverlaysTest.render("base");
        for (String service : Repo.SERVICES) {
            String df = Files.readString(Repo.deploy("images/" + service + "/Dockerfile"));
            String from = line(df, "FROM");
            assertNull(ManifestChecker.imageProblem(from.split("\\s+")[0]), service + ": FROM " + from);
            String user = line(df, "USER");
            JsonNode deployment = base.stream().filter(o -> o.path("kind").asText().equals("Deployment")
                    && o.path("metadata").path("name").asText().equals(service)).findFirst().orElseThrow();
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            String uid = pod.path("securityContext").path("runAsUser").asText();
            assertEquals(uid + ":" + pod.path("securityContext").path("runAsGroup").asText(), user,
                    service + ": the image's USER is the pod's runAsUser:runAsGroup");
            assertTrue(!uid.equals("0") && !uid.isEmpty(), service + " non-root");
            assertEquals(pod.path("containers").get(0).path("ports").get(0).path("containerPort").asText(),
                    line(df, "EXPOSE"), service + ": EXPOSE = containerPort");
            assertTrue(df.contains("QUARKUS_HTTP_PORT=8080"), service + ": listens on the exposed port");
            assertTrue(line(df, "HEALTHCHECK").contains("--interval") && df.contains("/q/health/ready"),
                    service + ": HEALTHCHECK on /q/health/ready");
            assertEquals("[\"java\", \"-jar\", \"/deployments/quarkus-run.jar\"]", line(df, "ENTRYPOINT"), service);
            for (String part : List.of("lib/", "*.jar", "app/", "quarkus/")) {
                assertTrue(df.contains("COPY --chown=root:root target/quarkus-app/" + part), service + ": copies " + part);
            }
            assertTrue(df.contains("-Djava.io.tmpdir=/tmp") && df.contains("-Dvertx.cacheDirBase=/tmp/"),
                    service + ": writes only to /tmp (read-only root filesystem)");
        }
    }

    @Test
    void buildScriptBuildsTheFiveImagesUnderTheKustomizeNames() throws IOException {
        String sh = Files.readString(Repo.deploy("images/build.sh"));
        Matcher m = Pattern.compile("(?m)^MODULES=\\(([^)]*)\\)").matcher(sh);
        assertTrue(m.find());
        assertEquals(Repo.SERVICES, List.of(m.group(1).trim().split("\\s+")));
        assertTrue(sh.contains("registry=${TREDE_REGISTRY:-trede}") && sh.contains("image=\"$registry/$m:$tag\""),
                "build.sh names images trede/<module>:<tag> by default, as the Kustomize base");
        assertTrue(sh.contains("\"$tag\" != latest"), "build.sh refuses the tag latest");
    }
}
