package nl.trede.platform.api;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * The methods a path of this application answers, for the {@code Allow} header of a 405 (RFC 9110 §15.5.6): Quarkus
 * REST refuses a method with a bare 405. Asks Quarkus REST's own routing tables (the ones that decided on the 405),
 * so the answer always agrees with the routing. HEAD comes with GET and OPTIONS with any method, as Quarkus REST
 * answers both itself.
 */
public final class AllowedMethods {

    private static final Logger LOG = Logger.getLogger(AllowedMethods.class);
    private static volatile Cache cache;

    private AllowedMethods() {
    }

    /** The methods for {@code path} (the request path, as {@code UriInfo.getPath()} gives it); empty when unknown. */
    public static Set<String> forPath(String path) {
        Set<String> methods = new TreeSet<>();
        try {
            Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
            if (deployment == null || path == null) {
                return methods;
            }
            Cache current = cache;
            if (current == null || current.deployment != deployment) {
                current = new Cache(deployment, new RequestMapper<>(deployment.getClassMappers()));
                cache = current;
            }
            String prefix = deployment.getPrefix();
            String relative = path;
            if (prefix != null && !prefix.isEmpty() && !prefix.equals("/") && relative.startsWith(prefix)) {
                relative = relative.substring(prefix.length());
            }
            RequestMapper.RequestMatch<RestInitialHandler.InitialMatch> match = current.classes.map(relative);
            while (match != null) {
                for (ServerRestHandler handler : match.value.handlers) {
                    if (handler instanceof ClassRoutingHandler routing) {
                        methods.addAll(methodsMatching(routing.getMappers(), match.remaining));
                    }
                }
                match = current.classes.continueMatching(relative, match);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debugf("Allowed methods unknown: %s", e.toString());
            return new TreeSet<>();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /**
     * The HTTP methods of one resource class (its method mappers, by HTTP method) that match the path left after the
     * class's own path. The class's root is asked for as {@code /}, the way Quarkus REST routes it. Each mapper is
     * asked on its own: Quarkus REST's {@code RequestMapper} throws on some paths (an empty path, where a mapper's
     * first template starts with a path parameter such as {@code /{code}}), and such a failure must not hide the
     * methods of the other mappers — it did, for every collection whose class also has a sub-path starting with a
     * parameter (e.g. {@code GET /klantgroepen} beside {@code PUT /klantgroepen/{code}}), which then answered 405
     * without {@code Allow}.
     */
    static <T> Set<String> methodsMatching(Map<String, RequestMapper<T>> mappers, String remaining) {
        String path = remaining == null || remaining.isEmpty() ? "/" : remaining;
        Set<String> methods = new TreeSet<>();
        mappers.forEach((method, mapper) -> {
            if (method != null && matches(mapper, path)) {
                methods.add(method);
            }
        });
        return methods;
    }

    private static boolean matches(RequestMapper<?> mapper, String path) {
        try {
            return mapper.map(path) != null;
        } catch (RuntimeException e) {
            LOG.debugf("Route check of %s failed: %s", path, e.toString());
            return false;
        }
    }

    private record Cache(Deployment deployment, RequestMapper<RestInitialHandler.InitialMatch> classes) {
    }
}
