package nl.trede.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import nl.trede.gateway.config.GatewayConfig;

/**
 * The five services behind the gateway and the one pooled Vert.x HTTP client that talks to them. The client does
 * not decompress, follow redirects or add headers of its own: what the service answers is what the caller gets.
 */
@ApplicationScoped
public class Upstreams {

    /** The services, in the order their paths appear in the aggregated OpenAPI document. */
    public static final List<String> SERVICES = List.of("intake", "casework", "enforcement", "ladder", "werkvoorraad");
    /**
     * The services that keep a Logboek dataverwerkingen ({@code /api/<service>/v1/audit}) for the AVG inzage export;
     * the werkvoorraad holds no personal data and records no processing (worklist-service/README.md).
     */
    public static final List<String> AUDIT_SERVICES = List.of("intake", "casework", "enforcement", "ladder");

    private final Map<String, URI> bases;
    private final long timeoutMillis;
    private final HttpClient client;

    public Upstreams(Vertx vertx, GatewayConfig config) {
        Map<String, URI> map = new LinkedHashMap<>();
        map.put("intake", validated("intake", config.upstreams().intake()));
        map.put("casework", validated("casework", config.upstreams().casework()));
        map.put("enforcement", validated("enforcement", config.upstreams().enforcement()));
        map.put("ladder", validated("ladder", config.upstreams().ladder()));
        map.put("werkvoorraad", validated("werkvoorraad", config.upstreams().werkvoorraad()));
        this.bases = Collections.unmodifiableMap(map);
        this.timeoutMillis = Math.max(1, config.timeout().toMillis());
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis))
                        .setKeepAlive(true)
                        .setDecompressionSupported(false)
                        .setName("trede-gateway-upstreams"),
                new PoolOptions().setHttp1MaxSize(64));
    }

    private static URI validated(String service, URI base) {
        if (base == null || base.getHost() == null
                || !("http".equalsIgnoreCase(base.getScheme()) || "https".equalsIgnoreCase(base.getScheme()))) {
            throw new IllegalArgumentException("trede.gateway.upstreams." + service
                    + " must be an absolute http(s) URL, e.g. http://127.0.0.1:8081");
        }
        return base;
    }

    public Map<String, URI> all() {
        return bases;
    }

    public Optional<URI> base(String service) {
        return Optional.ofNullable(bases.get(service));
    }

    public HttpClient client() {
        return client;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /**
     * Request options for {@code pathAndQuery} on the service's host (a path in the base URL is put in front),
     * with the gateway's connect and idle timeouts.
     */
    public RequestOptions options(URI base, HttpMethod method, String pathAndQuery, long timeout) {
        boolean ssl = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        return new RequestOptions()
                .setMethod(method)
                .setHost(base.getHost())
                .setPort(port)
                .setSsl(ssl)
                .setURI(prefix + pathAndQuery)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .setFollowRedirects(false);
    }

    /** A plain GET (OpenAPI documents, health probes); fails on connection errors and timeouts, not on statuses. */
    public Future<Fetched> get(String service, String pathAndQuery, long timeout) {
        URI base = bases.get(service);
        if (base == null) {
            return Future.failedFuture(new IllegalArgumentException("unknown service " + service));
        }
        RequestOptions options = options(base, HttpMethod.GET, pathAndQuery, timeout)
                .putHeader("Accept", "application/json");
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Fetched(response.statusCode(), body)));
    }

    /** Status and body of a GET. */
    public record Fetched(int status, Buffer body) {
    }

    /** How an upstream call failed, for the status the gateway answers with (502 or 504). */
    public enum Failure {
        TIMEOUT, UNREACHABLE;

        public static Failure of(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof TimeoutException || t instanceof io.netty.channel.ConnectTimeoutException) {
                    return TIMEOUT;
                }
                if (t instanceof ConnectException) {
                    return UNREACHABLE;
                }
            }
            return UNREACHABLE;
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
