package nl.trede.platform.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the headers the NL API Design Rules require on every API response: {@code API-Version}
 * (/core/version-header, the full semantic version) and the transport security headers
 * (/core/transport/security-headers).
 */
public class ApiHeadersFilter {

    private final String apiVersion;

    public ApiHeadersFilter(@ConfigProperty(name = "trede.api.version", defaultValue = "1.0.0") String apiVersion) {
        this.apiVersion = apiVersion;
    }

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("API-Version", apiVersion);
        headers.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        headers.putSingle("Content-Security-Policy", "frame-ancestors 'none'");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Strict-Transport-Security", "max-age=31536000");
    }
}
