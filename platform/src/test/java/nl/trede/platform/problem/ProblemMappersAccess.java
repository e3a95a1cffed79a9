package nl.trede.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Test access to the problem mapping's field naming for JSON binding failures. */
public final class ProblemMappersAccess {

    private ProblemMappersAccess() {
    }

    public static InvalidParam invalidParam(JsonProcessingException e) {
        return ProblemMappers.invalidParam(e);
    }
}
