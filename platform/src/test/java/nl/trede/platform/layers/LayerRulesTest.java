package nl.trede.platform.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import nl.trede.platform.testsupport.LayerRules;
import org.junit.jupiter.api.Test;

/** The layer rules find what they are meant to find (fixtures in {@code layers.fixture}). */
class LayerRulesTest {

    private static final String FIXTURES = "nl.trede.platform.layers.fixture.";

    private static List<EvaluationResult> evaluate(String base) {
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        return LayerRules.rules(base).stream().map(r -> r.allowEmptyShould(true).evaluate(classes)).toList();
    }

    private static boolean reports(EvaluationResult result, String text) {
        return result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains(text));
    }

    @Test
    void aServiceThatMapsRequestsToCommandsPassesEveryRule() {
        for (EvaluationResult result : evaluate(FIXTURES + "good")) {
            assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
        }
    }

    @Test
    void aDomainTakingARequestAndAResourceThatQueriesAreBothReported() {
        List<EvaluationResult> results = evaluate(FIXTURES + "bad");
        assertTrue(reports(results.get(0), "BadService"), "domain -> api is reported");
        assertFalse(results.get(1).hasViolation(), "this fixture has no annotations in its domain");
        assertTrue(reports(results.get(3), "EntityManager"), "a resource with an EntityManager is reported");
    }

    @Test
    void theFourRulesEachSayWhy() {
        assertEquals(4, LayerRules.rules("x.y").size());
        LayerRules.rules("x.y").forEach(r -> assertTrue(r.getDescription().contains("because"), r::getDescription));
    }
}
