package nl.trede.gateway.proxy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.gateway.config.GatewayConfig;
import nl.trede.platform.audit.RequestIds;
import nl.trede.platform.json.TextPolicy;
import nl.trede.platform.problem.LogSafe;
import nl.trede.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The reverse proxy: {@code /api/<service>/**} goes unchanged (method, path, query, headers, body) to the service's
 * upstream, and its answer comes back unchanged (status, headers, body). It is a plain Vert.x route in front of
 * JAX-RS, so no JAX-RS filter, content negotiation or entity handling ever touches a proxied exchange.
 *
 * <ol>
 *   <li>Every request gets an {@code X-Request-ID} (the caller's when it is a UUID or a short token, else a new
 *       UUID; see {@link RequestIds}) and an OpenTelemetry trace (the caller's valid
 *       {@code traceparent}, or a new trace; the client span to the service sends its own {@code traceparent}):
 *       both go upstream, are in the log's MDC ({@code requestId}, {@code traceId}), and the request id comes
 *       back on the response. Every answer gets the API headers
 *       ({@code API-Version}, security headers) that it does not have yet.</li>
 *   <li>{@code /api/**} needs a valid bearer JWT with a Trede user role, and for {@code /api/<service>/} one of
 *       the roles of {@code trede.gateway.roles.<service>} (401/403 problem+json); the OpenAPI documents
 *       ({@code /api/openapi.json}, {@code /api/<service>/v1/openapi.json}, {@code /api/asyncapi.json}) are public
 *       and served by JAX-RS.</li>
 *   <li>Every client has a token bucket (429 with Retry-After, {@link RateLimiter}): the token's {@code azp} or
 *       {@code client_id}, else its {@code sub}; callers without a valid token are limited per remote address.</li>
 *   <li>At most {@code trede.gateway.max-in-flight} calls per service at once (else 503 upstream-overloaded), and
 *       503 shutting-down once the gateway stops.</li>
 *   <li>Hop-by-hop headers (RFC 9110 §7.6.1) and {@code Host} are not forwarded in either direction; the
 *       {@code Authorization} header is forwarded as is, since each service verifies the token again. The
 *       caller's host and scheme go upstream as {@code X-Forwarded-Host/-Proto/-For}; a {@code Location} that
 *       points at the upstream's own address is rebased on the gateway's.</li>
 *   <li>An unreachable upstream is a 502, one that does not answer within {@code trede.gateway.timeout} a 504,
 *       an unknown {@code /api/<x>} a 404, all problem+json. A service's own answers (also its 503) pass as they
 *       are. One access log line per proxied call (method, service, status, duration; no query, body or token).</li>
 * </ol>
 */
@ApplicationScoped
public class ProxyRoute {

    public static final String REQUEST_ID = "X-Request-ID";
    static final String REQUEST_ID_KEY = "trede.request-id";
    static final String TRACE_KEY = "trede.trace";
    private static final String ADDRESS_CHECKED_KEY = "trede.address-limit-checked";

    /** Before Quarkus' own CORS/authentication filters (orders -300..-100), so every answer carries the id. */
    private static final int REQUEST_ID_ORDER = -1_000;
    /**
     * After Quarkus' authentication and authorization filters (-200, -100), which prepare the deferred identity;
     * before its body-size check (-2, an empty 413: the proxy enforces the same limit and answers problem+json)
     * and the JAX-RS handler.
     */
    private static final int PROXY_ORDER = -10;

    private static final Pattern SERVICE_PATH = Pattern.compile("^/api/([^/]+)(/.*)?$");
    private static final Pattern PUBLIC_DOCUMENT =
            Pattern.compile("^/api/(openapi\\.json|asyncapi\\.json"
                    + "|(intake|casework|enforcement|ladder|werkvoorraad)/v1/openapi\\.json)$");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "te", "trailer",
            "transfer-encoding", "upgrade", "host", "proxy-connection", "proxy-authenticate", "proxy-authorization",
            "http2-settings");
    private static final Set<String> USER_ROLES = Set.of(Roles.ALL_USER_ROLES);
    private static final String EVENT_STREAM = "text/event-stream";
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final Logger LOG = Logger.getLogger(ProxyRoute.class);
    /** One line per proxied request, in its own category so that it can be routed or silenced separately. */
    private static final Logger ACCESS = Logger.getLogger("nl.trede.gateway.access");

    private final Upstreams upstreams;
    private final GatewayResponses responses;
    private final MeterRegistry registry;
    private final long maxBodyBytes;
    private final RateLimiter rateLimiter;
    private final Map<String, Set<String>> serviceRoles;
    private final int maxInFlight;
    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    public ProxyRoute(Upstreams upstreams, GatewayResponses responses, MeterRegistry registry,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                      MemorySize maxBodySize, GatewayConfig config, RateLimiter rateLimiter) {
        this.upstreams = upstreams;
        this.responses = responses;
        this.registry = registry;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.rateLimiter = rateLimiter;
        this.serviceRoles = Map.of(
                "intake", Set.copyOf(config.roles().intake()),
                "casework", Set.copyOf(config.roles().casework()),
                "enforcement", Set.copyOf(config.roles().enforcement()),
                "ladder", Set.copyOf(config.roles().ladder()),
                "werkvoorraad", Set.copyOf(config.roles().werkvoorraad()));
        if (config.maxInFlight() < 1) {
            throw new IllegalArgumentException("trede.gateway.max-in-flight must be at least 1");
        }
        this.maxInFlight = config.maxInFlight();
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderBytes = config.maxHeaderSize().asLongValue();
        for (String service : Upstreams.SERVICES) {
            AtomicInteger counter = new AtomicInteger();
            inFlight.put(service, counter);
            Gauge.builder("trede.gateway.upstream.in.flight", counter, AtomicInteger::get)
                    .description("Calls to a service in progress (the bulkhead allows trede.gateway.max-in-flight)")
                    .tag("service", service)
                    .register(registry);
        }
    }

    void register(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(this::requestId);
        router.routeWithRegex("^/api(/.*)?$").order(PROXY_ORDER).handler(this::api).failureHandler(this::failure);
        // What no route handles (unknown path, wrong method) and failures nobody answered: problem+json too.
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431, 500, 501, 503}) {
            router.errorHandler(status, rc -> responses.status(rc, rc.statusCode() > 0 ? rc.statusCode() : status));
        }
    }

    /** From now on new API calls get 503 shutting-down (those in progress finish). */
    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    /** For tests: as if a shutdown began (true) or was never started (false). */
    void shuttingDown(boolean value) {
        shuttingDown = value;
    }

    void requestId(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // A caller's id is kept only when it is a UUID or a short token (RequestIds); anything else, e.g. a BSN or
        // control characters, is replaced and never logged.
        String given = request.getHeader(REQUEST_ID);
        String id = RequestIds.acceptable(given) ? given : UUID.randomUUID().toString();
        // OpenTelemetry's server span continues the caller's valid traceparent or starts a new trace.
        String traceId = Span.current().getSpanContext().getTraceId();
        rc.put(REQUEST_ID_KEY, id);
        rc.put(TRACE_KEY, traceId);
        MDC.put("requestId", id);
        MDC.put("traceId", traceId);
        rc.addHeadersEndHandler(v -> {
            rc.response().headers().set(REQUEST_ID, id);
            responses.defaultHeaders(rc.response());
        });
        // The gateway's own limits, below Netty's (which answers without a body): 414 and 431 as problem+json.
        if (request.uri().length() > maxUriLength) {
            responses.status(rc, 414);
        } else if (headerBytes(request.headers()) > maxHeaderBytes) {
            responses.status(rc, 431);
        } else if (!acceptablePath(request.path())) {
            // %00 and other (encoded) control characters never reach a service or a log line.
            responses.invalidPath(rc);
        } else {
            rc.next();
        }
    }

    /**
     * The path, percent-decoded, passes the platform's {@link TextPolicy} (no control characters, unpaired surrogates
     * or bidirectional controls) and is correctly percent-encoded.
     */
    static boolean acceptablePath(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        try {
            return TextPolicy.acceptable(URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8), false);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** The public OpenAPI documents: no token, served by JAX-RS, {@code Access-Control-Allow-Origin: *}. */
    static boolean isPublicDocument(String path) {
        return path != null && PUBLIC_DOCUMENT.matcher(path).matches();
    }

    void api(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (shuttingDown) {
            responses.shuttingDown(rc);
            return;
        }
        // The gateway's own JAX-RS endpoints: the public OpenAPI documents, and the AVG inzage export (authorised by
        // its @RolesAllowed). Rate-limited here like everything else.
        if (isPublicDocument(path) || path.startsWith("/api/inzage/")) {
            if (limitedByAddress(rc)) {
                return;
            }
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        // Nothing of the body is read before the caller is authenticated.
        request.pause();
        Matcher matcher = SERVICE_PATH.matcher(path);
        String service = matcher.matches() ? matcher.group(1) : null;
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(
                identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        unauthorized(rc);
                        return;
                    }
                    RateLimiter.Decision decision = rateLimiter.take(RateLimiter.Kind.CLIENT, clientOf(identity));
                    if (!decision.allowed()) {
                        responses.tooManyRequests(rc, decision.retryAfterSeconds());
                    } else if (!hasUserRole(identity)) {
                        responses.forbidden(rc, identity.getRoles().contains(Roles.SERVICE)
                                ? "Service identities call the services directly, never through the gateway."
                                : "The token carries no Trede role.");
                    } else if (service == null || upstreams.base(service).isEmpty()) {
                        responses.notFound(rc);
                    } else if (!mayCall(identity, service)) {
                        responses.forbidden(rc, "The token's roles do not give access to the " + service + " API.");
                    } else {
                        forward(rc, service, upstreams.base(service).get(), path);
                    }
                },
                error -> {
                    // Quarkus may already have failed the routing context with the same error (see failure()).
                    if (isAuthenticationFailure(error)) {
                        unauthorized(rc);
                    } else if (!rc.failed() && !rc.response().ended()) {
                        rc.fail(error);
                    }
                });
    }

    /** 401, unless the caller's address has used up its bucket (then 429): floods of bad tokens are bounded too. */
    private void unauthorized(RoutingContext rc) {
        if (!limitedByAddress(rc)) {
            responses.unauthorized(rc);
        }
    }

    /** Takes a token from the remote address's bucket (once per request); true if it answered 429. */
    private boolean limitedByAddress(RoutingContext rc) {
        if (rc.get(ADDRESS_CHECKED_KEY) != null) {
            return false;
        }
        rc.put(ADDRESS_CHECKED_KEY, Boolean.TRUE);
        SocketAddress remote = rc.request().remoteAddress();
        String address = remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
        RateLimiter.Decision decision = rateLimiter.take(RateLimiter.Kind.ADDRESS, address);
        if (decision.allowed()) {
            return false;
        }
        responses.tooManyRequests(rc, decision.retryAfterSeconds());
        return true;
    }

    /** The rate-limit key of a caller: the OAuth client ({@code azp}, {@code client_id}), else the user. */
    static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : new String[] {"azp", "client_id"}) {
                Object value = jwt.getClaim(claim);
                String text = value == null ? null : value.toString().replace("\"", "");
                if (text != null && !text.isBlank()) {
                    return "client:" + text;
                }
            }
            if (jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
                return "sub:" + jwt.getSubject();
            }
        }
        return "name:" + identity.getPrincipal().getName();
    }

    private static boolean hasUserRole(SecurityIdentity identity) {
        for (String role : identity.getRoles()) {
            if (USER_ROLES.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The coarse check per service prefix; the service checks the operation itself again. */
    private boolean mayCall(SecurityIdentity identity, String service) {
        Set<String> allowed = serviceRoles.getOrDefault(service, Set.of());
        for (String role : identity.getRoles()) {
            if (allowed.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private void forward(RoutingContext rc, String service, URI base, String path) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parseLong(length) > maxBodyBytes) {
            responses.tooLarge(rc);
            return;
        }
        long start = System.nanoTime();
        rc.addEndHandler(v -> accessLog(rc, service, start));
        AtomicInteger calls = inFlight.get(service);
        if (calls.incrementAndGet() > maxInFlight) {
            calls.decrementAndGet();
            timer(service, "overloaded").record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            responses.overloaded(rc, service);
            return;
        }
        String query = request.query();
        // An event stream (Server-Sent Events, e.g. the werkvoorraad's signaleringen) may be silent for long: the
        // service ends it itself, so the gateway does not cut it off after trede.gateway.timeout without a byte.
        boolean stream = acceptsEventStream(request);
        long timeout = upstreams.timeoutMillis();
        RequestOptions options = upstreams.options(base, request.method(), query == null ? path : path + "?" + query,
                timeout);
        if (stream) {
            options.setIdleTimeout(0);
        }
        options.setHeaders(upstreamHeaders(rc));
        Timer.Sample sample = Timer.start(registry);

        readBody(rc)
                .compose(body -> upstreams.client().request(options)
                        .compose(upstream -> hasBody(request.method(), body) ? upstream.send(body) : upstream.send()))
                .compose(response -> isEventStream(response) ? Future.succeededFuture(new Answer(response, null))
                        : response.body().map(body -> new Answer(response, body)))
                .onComplete(result -> {
                    calls.decrementAndGet();
                    if (result.succeeded()) {
                        sample.stop(timer(service, Integer.toString(result.result().response().statusCode())));
                        reply(rc, base, result.result());
                    } else if (result.cause() instanceof BodyTooLargeException) {
                        sample.stop(timer(service, "too-large"));
                        responses.tooLarge(rc);
                    } else if (rc.response().closed()) {
                        sample.stop(timer(service, "client-gone"));
                    } else {
                        Upstreams.Failure failure = Upstreams.Failure.of(result.cause());
                        sample.stop(timer(service, failure == Upstreams.Failure.TIMEOUT ? "timeout" : "unreachable"));
                        LOG.warnf("%s %s upstream %s: %s (request %s)", request.method(), service,
                                failure == Upstreams.Failure.TIMEOUT ? "timed out" : "failed",
                                LogSafe.mask(String.valueOf(result.cause())), rc.get(REQUEST_ID_KEY));
                        if (failure == Upstreams.Failure.TIMEOUT) {
                            responses.gatewayTimeout(rc, service);
                        } else {
                            responses.badGateway(rc, service);
                        }
                    }
                });
    }

    /** method, service, status, duration: never the query string, a body or a header value. */
    private static void accessLog(RoutingContext rc, String service, long start) {
        HttpServerResponse response = rc.response();
        String status = response.ended() ? Integer.toString(response.getStatusCode()) : "client-gone";
        String traceId = rc.get(TRACE_KEY);
        MDC.put("requestId", rc.get(REQUEST_ID_KEY));
        MDC.put("traceId", traceId == null ? "" : traceId);
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info(rc.request().method().name() + " " + service + " " + status + " "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
    }

    /** One timer per service and outcome, built once: the registry lookup is not repeated for every request. */
    private Timer timer(String service, String outcome) {
        return timers.computeIfAbsent(service + ' ' + outcome, key -> Timer.builder("trede.gateway.upstream.requests")
                .description("Calls proxied to a service, by service and upstream status (or failure)")
                .tag("service", service)
                .tag("outcome", outcome)
                .register(registry));
    }

    private MultiMap upstreamHeaders(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        MultiMap in = request.headers();
        Set<String> drop = dropped(in);
        drop.add("content-length");
        // Expect: 100-continue is answered by the gateway itself; the upstream gets the complete body.
        drop.add("expect");
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : in) {
            if (!drop.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.add(header.getKey(), header.getValue());
            }
        }
        out.set(REQUEST_ID, (String) rc.get(REQUEST_ID_KEY));
        // The caller's trace headers are not copied: OpenTelemetry's client span sets them for the service's hop.
        out.remove(TRACEPARENT);
        out.remove(TRACESTATE);
        String client = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (client != null) {
            String chain = in.get("X-Forwarded-For");
            out.set("X-Forwarded-For", chain == null || chain.isBlank() ? client : chain + ", " + client);
        }
        if (!in.contains("X-Forwarded-Proto")) {
            out.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        }
        String host = request.getHeader(HttpHeaders.HOST);
        if (!in.contains("X-Forwarded-Host") && host != null) {
            out.set("X-Forwarded-Host", host);
        }
        return out;
    }

    private void reply(RoutingContext rc, URI base, Answer answer) {
        HttpServerResponse out = rc.response();
        if (out.ended() || out.closed()) {
            return;
        }
        HttpClientResponse upstream = answer.response();
        out.setStatusCode(upstream.statusCode());
        if (upstream.statusMessage() != null && !upstream.statusMessage().isEmpty()) {
            out.setStatusMessage(upstream.statusMessage());
        }
        Set<String> drop = dropped(upstream.headers());
        for (Map.Entry<String, String> header : upstream.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            // CORS is the gateway's (Cors): a service's Access-Control-* headers do not reach the caller.
            if (!drop.contains(name) && !name.startsWith("access-control-")) {
                boolean location = name.equals("location") || name.equals("content-location");
                out.headers().add(header.getKey(),
                        location ? publicLocation(rc.request(), base, header.getValue()) : header.getValue());
            }
        }
        if (answer.body() == null) {
            // An event stream is passed on as it comes (chunked), not buffered: each event reaches the caller when
            // the service sends it, and the caller's going away closes the upstream connection.
            out.headers().remove(HttpHeaders.CONTENT_LENGTH);
            out.setChunked(true);
            upstream.pipeTo(out);
            return;
        }
        out.end(answer.body());
    }

    /** The caller asks for Server-Sent Events ({@code Accept: text/event-stream}, as EventSource sends). */
    static boolean acceptsEventStream(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(EVENT_STREAM);
    }

    private static boolean isEventStream(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(EVENT_STREAM);
    }

    /**
     * A Location that points at the upstream itself (a service that builds absolute URLs from the Host it was
     * called on) is rebased on the gateway's public origin, so clients never see an internal address. Relative
     * and other absolute locations pass unchanged.
     */
    static String publicLocation(HttpServerRequest request, URI base, String value) {
        URI location;
        try {
            location = new URI(value);
        } catch (java.net.URISyntaxException e) {
            return value;
        }
        if (!location.isAbsolute() || location.getHost() == null
                || !location.getHost().equalsIgnoreCase(base.getHost())
                || effectivePort(location) != effectivePort(base)) {
            return value;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        String host = request.getHeader("X-Forwarded-Host");
        if (proto == null || proto.isBlank()) {
            proto = request.scheme() == null ? "http" : request.scheme();
        }
        if (host == null || host.isBlank()) {
            host = request.getHeader(HttpHeaders.HOST);
        }
        if (host == null || host.isBlank()) {
            return value;
        }
        StringBuilder rebased = new StringBuilder(proto.split(",")[0].trim()).append("://")
                .append(host.split(",")[0].trim())
                .append(location.getRawPath() == null ? "" : location.getRawPath());
        if (location.getRawQuery() != null) {
            rebased.append('?').append(location.getRawQuery());
        }
        if (location.getRawFragment() != null) {
            rebased.append('#').append(location.getRawFragment());
        }
        return rebased.toString();
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Headers never forwarded: hop-by-hop ones, {@code Proxy-*}, {@code Host} and those the Connection header names. */
    private static Set<String> dropped(MultiMap headers) {
        Set<String> drop = new HashSet<>(HOP_BY_HOP);
        for (String name : headers.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("proxy-")) {
                drop.add(name.toLowerCase(Locale.ROOT));
            }
        }
        for (String connection : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : connection.split(",")) {
                if (!token.isBlank()) {
                    drop.add(token.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return drop;
    }

    private static boolean hasBody(HttpMethod method, Buffer body) {
        return body.length() > 0 || method == HttpMethod.POST || method == HttpMethod.PUT
                || method == HttpMethod.PATCH;
    }

    /** The whole request body (API payloads are small JSON documents), at most quarkus.http.limits.max-body-size. */
    private Future<Buffer> readBody(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (rc.body() != null && rc.body().available() && rc.body().buffer() != null) {
            return Future.succeededFuture(rc.body().buffer());
        }
        if (request.isEnded()) {
            return Future.succeededFuture(Buffer.buffer());
        }
        Promise<Buffer> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > maxBodyBytes) {
                promise.tryFail(new BodyTooLargeException());
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(v -> promise.tryComplete(body));
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            rc.response().writeContinue();
        }
        request.resume();
        return promise.future();
    }

    /**
     * Failures on the proxy route. With proactive authentication off, Quarkus' authentication handler fails the
     * routing context itself when the deferred identity cannot be established (bad signature, expired, ...):
     * that is a 401 problem here, not an unexpected error.
     */
    void failure(RoutingContext rc) {
        if (isAuthenticationFailure(rc.failure()) || rc.statusCode() == 401) {
            unauthorized(rc);
            return;
        }
        if (rc.statusCode() == 413) {
            responses.tooLarge(rc);
            return;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error on %s, reference %s: %s", TextPolicy.forLog(rc.normalizedPath()), reference,
                rc.failure() == null ? "status " + rc.statusCode() : LogSafe.describe(rc.failure()));
        responses.internalError(rc, reference);
    }

    private static boolean isAuthenticationFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof UnauthorizedException) {
                return true;
            }
        }
        return false;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private record Answer(HttpClientResponse response, Buffer body) {
    }

    private static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("request body too large", null, false, false);
        }
    }
}
