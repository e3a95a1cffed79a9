package nl.trede.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import nl.trede.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers that the gateway gives itself on the proxy route (401, 403, 404, 413, 502, 504, 500): RFC 9457
 * problem+json with the same members as the services' {@code ProblemMappers}, plus the headers the platform's
 * {@code ApiHeadersFilter} puts on every API response. Proxied answers never pass through here.
 */
@ApplicationScoped
public class GatewayResponses {

    private final ObjectMapper mapper;
    private final String apiVersion;

    public GatewayResponses(ObjectMapper mapper,
                            @ConfigProperty(name = "trede.api.version", defaultValue = "1.0.0") String apiVersion) {
        this.mapper = mapper;
        this.apiVersion = apiVersion;
    }

    public void unauthorized(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        send(rc, 401, "unauthorized", "Unauthorized", "A valid bearer token is required.");
    }

    public void forbidden(RoutingContext rc) {
        send(rc, 403, "forbidden", "Forbidden", "The token carries no Trede role.");
    }

    public void notFound(RoutingContext rc) {
        send(rc, 404, "not-found", "Not Found", "The resource does not exist.");
    }

    public void tooLarge(RoutingContext rc) {
        send(rc, 413, "content-too-large", "Content Too Large", "The request body is too large.");
    }

    public void badGateway(RoutingContext rc, String service) {
        send(rc, 502, "upstream-unavailable", "Bad Gateway",
                "The " + service + " service is not reachable. Try again later.");
    }

    public void gatewayTimeout(RoutingContext rc, String service) {
        send(rc, 504, "upstream-timeout", "Gateway Timeout",
                "The " + service + " service did not answer in time. Try again later.");
    }

    public void internalError(RoutingContext rc, String reference) {
        send(rc, 500, "internal-error", "Internal Server Error",
                "An unexpected error occurred. Reference: " + reference + ".");
    }

    private void send(RoutingContext rc, int status, String code, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed() || response.headWritten()) {
            return;
        }
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail, rc.normalizedPath(), code,
                null, null);
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem is always serialisable", e);
        }
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        apiHeaders(response);
        response.end(Buffer.buffer(body));
        // Whatever the client still sends of a body nobody reads is discarded.
        rc.request().resume();
    }

    /** The headers of the platform's ApiHeadersFilter, for answers the gateway makes outside JAX-RS. */
    void apiHeaders(HttpServerResponse response) {
        response.putHeader("API-Version", apiVersion);
        if (!response.headers().contains("Cache-Control")) {
            response.putHeader("Cache-Control", "no-store");
        }
        response.putHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("Strict-Transport-Security", "max-age=31536000");
    }
}
