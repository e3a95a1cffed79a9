package nl.trede.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    void anOptimisticLockFailureAnywhereInTheChainIsAConcurrentChange() {
        assertTrue(ProblemMappers.isConcurrentChange(new OptimisticLockException("stale")));
        assertTrue(ProblemMappers.isConcurrentChange(new RuntimeException(new IllegalStateException(
                new OptimisticLockException("stale")))));
        assertFalse(ProblemMappers.isConcurrentChange(new IllegalStateException("other")));
        assertFalse(ProblemMappers.isConcurrentChange(new RuntimeException((Throwable) null)));
    }
}
