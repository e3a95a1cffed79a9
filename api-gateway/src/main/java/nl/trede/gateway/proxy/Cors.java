package nl.trede.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.gateway.config.GatewayConfig;

/**
 * CORS for browser front-ends (ADR /core/transport/cors): only origins on the allowlist
 * ({@code trede.gateway.cors.origins}) get {@code Access-Control-Allow-Origin} = their origin, with credentials and
 * the exposed headers. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here,
 * without a token; from an origin not on the list it is a 403 problem. The public OpenAPI documents keep their
 * {@code Access-Control-Allow-Origin: *} (and a preflight for them is allowed from anywhere). The gateway owns CORS:
 * {@code Access-Control-*} headers of a service's answer are not passed on ({@link ProxyRoute}).
 */
@ApplicationScoped
public class Cors {

    /** After the request id and trace (-1000), before Quarkus' authentication (-200) and the proxy (-10). */
    private static final int ORDER = -900;

    private final Set<String> origins;
    private final String methods;
    private final String headers;
    private final String exposed;
    private final String maxAge;
    private final GatewayResponses responses;

    public Cors(GatewayConfig config, GatewayResponses responses) {
        GatewayConfig.CorsConfig cors = config.cors();
        this.origins = cors.origins().orElse(List.of()).stream()
                .map(String::trim).filter(o -> !o.isEmpty()).map(Cors::normalised).collect(Collectors.toUnmodifiableSet());
        if (origins.contains("*")) {
            throw new IllegalArgumentException("trede.gateway.cors.origins must list origins; '*' is only for the "
                    + "public OpenAPI documents, which have it already");
        }
        this.methods = String.join(", ", cors.methods());
        this.headers = String.join(", ", cors.headers());
        this.exposed = String.join(", ", cors.exposedHeaders());
        this.maxAge = Long.toString(cors.maxAge().toSeconds());
        this.responses = responses;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String origin = rc.request().getHeader("Origin");
        if (origin == null) {
            rc.next();
            return;
        }
        boolean publicDocument = ProxyRoute.isPublicDocument(rc.normalizedPath());
        boolean allowed = origins.contains(normalised(origin));
        HttpServerResponse response = rc.response();
        boolean preflight = rc.request().method() == HttpMethod.OPTIONS
                && rc.request().getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            if (publicDocument) {
                response.putHeader("Access-Control-Allow-Origin", "*");
            } else if (allowed) {
                allow(response, origin);
            } else {
                responses.forbidden(rc, "Cross-origin requests from this origin are not allowed.");
                return;
            }
            response.putHeader("Access-Control-Allow-Methods", publicDocument ? "GET, HEAD, OPTIONS" : methods)
                    .putHeader("Access-Control-Allow-Headers", headers)
                    .putHeader("Access-Control-Max-Age", maxAge)
                    .setStatusCode(204)
                    .end();
            return;
        }
        if (allowed && !publicDocument) {
            // Set when the headers go out, so the proxy's copy of the upstream's headers cannot replace them.
            rc.addHeadersEndHandler(v -> allow(response, origin));
        }
        rc.next();
    }

    private void allow(HttpServerResponse response, String origin) {
        response.headers().set("Access-Control-Allow-Origin", origin)
                .set("Access-Control-Allow-Credentials", "true")
                .set("Access-Control-Expose-Headers", exposed)
                .add("Vary", "Origin");
    }

    /** Origins compare case-insensitively (scheme and host) and without a trailing slash. */
    private static String normalised(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
