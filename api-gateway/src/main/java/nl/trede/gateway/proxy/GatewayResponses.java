package nl.trede.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.trede.platform.json.TextPolicy;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers that the gateway gives itself (401, 403, 404, 405, 413, 429, 502, 503, 504, 500, ...): RFC 9457
 * problem+json with the same members as the services' {@code ProblemMappers}, plus the headers the platform's
 * {@code ApiHeadersFilter} puts on every API response. Proxied answers never pass through here; they (and every
 * other answer of the gateway) get the missing API headers from {@link #defaultHeaders}.
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
        forbidden(rc, "The token carries no Trede role.");
    }

    public void forbidden(RoutingContext rc, String detail) {
        send(rc, 403, "forbidden", "Forbidden", detail);
    }

    public void tooManyRequests(RoutingContext rc, long retryAfterSeconds) {
        rc.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        send(rc, 429, "too-many-requests", "Too Many Requests",
                "Too many requests from this client. Try again after " + retryAfterSeconds + " s.");
    }

    public void overloaded(RoutingContext rc, String service) {
        rc.response().putHeader("Retry-After", "1");
        send(rc, 503, "upstream-overloaded", "Service Unavailable",
                "The " + service + " service has too many requests in progress. Try again later.");
    }

    public void shuttingDown(RoutingContext rc) {
        rc.response().putHeader("Retry-After", "1").putHeader("Connection", "close");
        send(rc, 503, "shutting-down", "Service Unavailable", "The gateway is shutting down. Try again.");
    }

    /** A status the router or Quarkus produced (no route, wrong method, ...), as a problem. */
    public void status(RoutingContext rc, int status) {
        switch (status) {
            case 404 -> notFound(rc);
            case 405 -> send(rc, 405, "method-not-allowed", "Method Not Allowed",
                    "The method is not allowed on this resource.");
            case 413 -> tooLarge(rc);
            case 414 -> send(rc, 414, "uri-too-long", "URI Too Long", "The request URI is too long.");
            case 415 -> send(rc, 415, "unsupported-media-type", "Unsupported Media Type",
                    "The content type is not supported.");
            case 431 -> send(rc, 431, "request-header-fields-too-large", "Request Header Fields Too Large",
                    "The request headers are too large.");
            case 401 -> unauthorized(rc);
            case 403 -> forbidden(rc, "Access denied.");
            default -> {
                if (status >= 400 && status < 500) {
                    send(rc, status, "bad-request", "Bad Request", "The request is not valid.");
                } else {
                    internalError(rc, java.util.UUID.randomUUID().toString());
                }
            }
        }
    }

    /** 400: the path has a (percent-encoded) control character or is not correctly percent-encoded. */
    public void invalidPath(RoutingContext rc) {
        send(rc, 400, "invalid-input", "Invalid input", "The request has invalid fields.",
                List.of(new InvalidParam("path", TextPolicy.REASON + ", or is not correctly percent-encoded")));
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
        send(rc, status, code, title, detail, null);
    }

    private void send(RoutingContext rc, int status, String code, String title, String detail,
                      List<InvalidParam> invalidParams) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed() || response.headWritten()) {
            return;
        }
        String path = rc.normalizedPath();
        // No instance for an absurd path (a 414) or one with control characters: the answer does not echo it.
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail,
                path == null || path.length() > 1024 || !ProxyRoute.acceptablePath(path) ? null : path, code,
                invalidParams, null);
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

    /**
     * On every answer of the gateway, when its headers go out: the headers of the platform's ApiHeadersFilter that
     * are still missing. A service's own values (its {@code API-Version}, {@code Cache-Control}) are kept.
     */
    void defaultHeaders(HttpServerResponse response) {
        MultiMap headers = response.headers();
        putIfAbsent(headers, "API-Version", apiVersion);
        putIfAbsent(headers, "Cache-Control", "no-store");
        putIfAbsent(headers, "Content-Security-Policy", "frame-ancestors 'none'");
        putIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        putIfAbsent(headers, "X-Frame-Options", "DENY");
        putIfAbsent(headers, "Strict-Transport-Security", "max-age=31536000");
    }

    private static void putIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
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
