package nl.trede.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.trede.platform.json.TextPolicy;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The strict input policy at the HTTP level, for every JAX-RS operation of a service (and of the gateway's own):
 * <ul>
 *   <li>a path or query parameter with a control character, an unpaired surrogate or a bidirectional control
 *       (percent-encoded or not, e.g. {@code %00}) is a 400 naming {@code path} or the parameter;</li>
 *   <li>a request body (a {@code Content-Length} above 0 or a chunked body) on an operation that takes none is a 400
 *       naming {@code body}, and nothing runs;</li>
 *   <li>a body for an operation that takes one must be {@code Content-Type: application/json}: 415 otherwise,
 *       also when the header is missing.</li>
 * </ul>
 */
public class StrictRequestFilter {

    /** Per resource method: does it take a request body? */
    private static final Map<Method, Boolean> TAKES_BODY = new ConcurrentHashMap<>();

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        String path;
        MultivaluedMap<String, String> query;
        try {
            path = request.getUriInfo().getPath();
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("path", "is not correctly percent-encoded");
        }
        if (!TextPolicy.acceptable(path, false)) {
            throw ProblemException.invalid("path", TextPolicy.REASON);
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!TextPolicy.acceptable(parameter.getKey(), false)) {
                throw ProblemException.invalid("query", TextPolicy.REASON);
            }
            for (String value : parameter.getValue()) {
                if (!TextPolicy.acceptable(value, false)) {
                    throw ProblemException.invalid(parameter.getKey(), TextPolicy.REASON);
                }
            }
        }
    }

    @ServerRequestFilter
    public void bodyPolicy(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !hasBody(request)) {
            return;
        }
        if (!TAKES_BODY.computeIfAbsent(method, StrictRequestFilter::takesBody)) {
            throw ProblemException.invalid("body", "must be absent: this operation takes no request body");
        }
        if (!isJson(request.getMediaType())) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                    "The request body must be sent with Content-Type: application/json.",
                    List.of(new InvalidParam(HttpHeaders.CONTENT_TYPE, "must be application/json")), null);
        }
    }

    /** A body is present when Content-Length is above 0 or the body is chunked (no length known in advance). */
    static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank()) {
            try {
                return Long.parseLong(length.strip()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && "json".equalsIgnoreCase(type.getSubtype());
    }

    /**
     * A JAX-RS method takes a body when one of its parameters has no JAX-RS annotation ({@code @PathParam},
     * {@code @QueryParam}, {@code @HeaderParam}, {@code @Context}, {@code @RestQuery}, ...) and is not a context type.
     */
    static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (isContextType(parameter.getType())) {
                continue;
            }
            boolean jaxRs = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                String name = annotation.annotationType().getName();
                if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                    jaxRs = true;
                    break;
                }
            }
            if (!jaxRs) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContextType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("io.vertx.")
                || name.startsWith("org.jboss.resteasy.reactive.") || name.startsWith("io.quarkus.");
    }
}
