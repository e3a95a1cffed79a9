package nl.trede.intake;

import nl.trede.platform.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** The layers of intake (docs/architecture.md, "Layers in a service"), checked over the main classes. */
class ArchitectureTest {

    @Test
    void layersHold() {
        LayerRules.check("nl.trede.intake");
    }
}
