package nl.trede.worklist.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.trede.platform.problem.ProblemException;

/**
 * A query parameter the operation does not declare is a 400 problem naming it: a misspelt filter ({@code ?tem=}) must
 * not silently widen the list (README "API conventions", strict input).
 */
@Provider
public class StrictQueryFilter implements ContainerRequestFilter {

    private static final ConcurrentMap<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !method.getDeclaringClass().getPackageName().equals(getClass().getPackageName())) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, StrictQueryFilter::declared);
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!declared.contains(name)) {
                throw ProblemException.invalid(name, "is not a parameter of this operation");
            }
        }
    }

    private static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
        }
        return Set.copyOf(names);
    }
}
