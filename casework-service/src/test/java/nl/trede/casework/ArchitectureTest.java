package nl.trede.casework;

import nl.trede.platform.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/**
 * The layers of casework as docs/architecture.md ("Layers in a service") describes them: domain free of api,
 * messaging and wire annotations, messaging free of api, resources without queries or entity writes.
 */
class ArchitectureTest {

    @Test
    void layersHold() {
        LayerRules.check("nl.trede.casework");
    }
}
