package nl.trede.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the project is, and which Kubernetes Deployment is which Maven module (the same names). */
final class Repo {

    /** The six deployable modules; each one's Deployment, Service and Compose service carry its name. */
    static final List<String> SERVICES = List.of("api-gateway", "intake-service", "casework-service",
            "enforcement-service", "participation-ladder-service", "worklist-service");

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("trede.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("deploy/kubernetes/base/kustomization.yaml"))) {
            throw new IllegalStateException("not the Trede project root: " + root);
        }
        return root;
    }

    static Path deploy(String relative) {
        return root().resolve("deploy").resolve(relative);
    }
}
