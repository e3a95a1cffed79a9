package nl.trede.enforcement;

import nl.trede.platform.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of docs/architecture.md ("Layers in a service") over enforcement's main classes: the domain free of
 * api, messaging and wire annotations, the consumers free of api, the resources free of queries and entity writes.
 */
class ArchitectureTest {

    @Test
    void lagenWordenGerespecteerd() {
        LayerRules.check("nl.trede.enforcement");
    }
}
