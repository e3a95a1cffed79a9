package nl.trede.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class KubectlTest {

    @Test
    void withoutKubectlTheChecksFailWithAHintInsteadOfBeingSkipped() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Kubectl.find(List.of(Path.of("/nonexistent/kubectl"), Path.of("/bin/true"))));
        assertTrue(e.getMessage().contains("kubectl with Kustomize v5+ not found"), e.getMessage());
        assertTrue(e.getMessage().contains("deploy/local/tools.sh"), e.getMessage());
        assertTrue(e.getMessage().contains("/bin/true"), "a candidate that is no kubectl is named: " + e.getMessage());
    }

    @Test
    void theKubectlUsedHereHasKustomize5() {
        Path kubectl = Kubectl.find();
        String version = Kubectl.run(List.of(kubectl.toString(), "version", "--client"), null, 60).stdout();
        assertTrue(version.matches("(?s).*Kustomize Version: v([5-9]|\\d\\d+)\\..*"), version);
    }
}
