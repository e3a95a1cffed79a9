package nl.trede.worklist.domain;

import nl.trede.platform.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** docs/architecture.md "Layers in a service". */
class ArchitectureTest {

    @Test
    void layers() {
        LayerRules.check("nl.trede.worklist");
    }
}
