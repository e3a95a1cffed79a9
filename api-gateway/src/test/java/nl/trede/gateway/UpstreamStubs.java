package nl.trede.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Stub services on random ports for the gateway under test: intake, casework and ladder run, enforcement points at
 * a closed port. Every stub echoes what reached it (method, raw path and query, headers, body) as JSON, so the tests
 * see the upstream side through the gateway without sharing state across class loaders. Special paths:
 * {@code /api/<s>/v1/created} (201 with Location/ETag/API-Version), {@code /api/<s>/v1/invalid} (400
 * problem+json), {@code /api/<s>/v1/empty} (204), {@code /api/<s>/v1/slow} (answers only after the gateway gave
 * up), {@code /api/<s>/v1/unavailable} (the service's own 503 problem with Retry-After), {@code /q/openapi} (the
 * documents below) and {@code /q/health/live}. The gateway allows CORS from {@link #FRONT_END}.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** The gateway's timeout in the tests; {@code /slow} answers later than this. */
    public static final String TIMEOUT = "1500ms";
    /** The one origin on the gateway's CORS allowlist in the tests. */
    public static final String FRONT_END = "https://app.trede.example";
    /** The body of the stubs' own 503. */
    public static final String UNAVAILABLE_BODY = "{\"type\":\"urn:trede:problem:maintenance\",\"title\":\"Service "
            + "Unavailable\",\"status\":503,\"detail\":\"Down for maintenance.\",\"code\":\"maintenance\"}";
    /** The gateway's body limit in the tests. */
    public static final String MAX_BODY = "64K";

    public static final String PROBLEM_BODY = "{\"type\":\"urn:trede:problem:invalid-input\",\"title\":\"Invalid input\","
            + "\"status\":400,\"detail\":\"The request has invalid fields.\",\"instance\":\"/api/intake/v1/invalid\","
            + "\"code\":\"invalid-input\",\"invalidParams\":[{\"name\":\"bsn\",\"reason\":\"fails the 11-proef\"}]}";

    static final String PROBLEM_SCHEMA = """
            {"type": "object", "properties": {"type": {"type": "string"}, "title": {"type": "string"},
             "status": {"type": "integer"}}}""";

    public static final String INTAKE_OPENAPI = """
            {"openapi": "3.1.0",
             "info": {"title": "Trede intake API", "version": "1.0.0"},
             "servers": [{"url": "/api/intake/v1"}],
             "tags": [{"name": "meldingen"}],
             "paths": {"/meldingen": {"post": {
                 "tags": ["meldingen"],
                 "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Melding"}}}},
                 "responses": {"201": {"description": "Created"},
                               "400": {"description": "Invalid", "content": {"application/problem+json":
                                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
                 "security": [{"SecurityScheme": ["intake-medewerker"]}]}}},
             "components": {
                 "schemas": {
                     "Problem": %s,
                     "Persoon": {"type": "object", "properties": {"bsn": {"type": "string"}}},
                     "Melding": {"type": "object", "properties": {"persoon": {"$ref": "#/components/schemas/Persoon"}}}},
                 "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}
            """.formatted(PROBLEM_SCHEMA);

    public static final String CASEWORK_OPENAPI = """
            {"openapi": "3.1.0",
             "info": {"title": "Trede casework API", "version": "1.0.0"},
             "servers": [{"url": "/api/casework/v1/"}],
             "tags": [{"name": "zaken"}],
             "paths": {"/zaken/{id}": {"get": {
                 "tags": ["zaken"],
                 "responses": {"200": {"description": "OK", "content": {"application/json":
                                   {"schema": {"$ref": "#/components/schemas/Zaak"}}}},
                               "404": {"description": "Not found", "content": {"application/problem+json":
                                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
                 "security": [{"SecurityScheme": ["klantmanager"]}]}}},
             "components": {
                 "schemas": {
                     "Problem": %s,
                     "Persoon": {"type": "object", "properties": {"klantId": {"type": "string", "format": "uuid"}}},
                     "Zaak": {"type": "object", "properties": {"persoon": {"$ref": "#/components/schemas/Persoon"}}}},
                 "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}
            """.formatted(PROBLEM_SCHEMA);

    public static final String LADDER_OPENAPI = """
            {"openapi": "3.1.0",
             "info": {"title": "Trede participation ladder API", "version": "1.0.0"},
             "paths": {"/api/ladder/v1/metingen": {"get": {"responses": {"200": {"description": "OK"}}}}},
             "components": {"schemas": {"Problem": %s, "Meting": {"type": "object"}}}}
            """.formatted(PROBLEM_SCHEMA);

    public static final String WERKVOORRAAD_OPENAPI = """
            {"openapi": "3.1.0",
             "info": {"title": "Trede werkvoorraad API", "version": "1.0.0"},
             "paths": {"/api/werkvoorraad/v1/werkitems": {"get": {"responses": {"200": {"description": "OK"}}}}},
             "components": {"schemas": {"Problem": %s, "Werkitem": {"type": "object"}}}}
            """.formatted(PROBLEM_SCHEMA);

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<HttpServer> servers = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "upstream-stub");
            t.setDaemon(true);
            return t;
        });
        return Map.of(
                "trede.gateway.cors.origins", FRONT_END + ",https://other-app.trede.example",
                "trede.gateway.upstreams.intake", stub("intake", INTAKE_OPENAPI),
                "trede.gateway.upstreams.casework", stub("casework", CASEWORK_OPENAPI),
                "trede.gateway.upstreams.ladder", stub("ladder", LADDER_OPENAPI),
                "trede.gateway.upstreams.werkvoorraad", stub("werkvoorraad", WERKVOORRAAD_OPENAPI),
                "trede.gateway.upstreams.enforcement", "http://127.0.0.1:" + closedPort(),
                "trede.gateway.timeout", TIMEOUT,
                "quarkus.http.limits.max-body-size", MAX_BODY);
    }

    @Override
    public void stop() {
        release.countDown();
        servers.forEach(server -> server.stop(0));
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private String stub(String service, String openapi) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(executor);
            server.createContext("/", exchange -> {
                try {
                    handle(service, openapi, exchange);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            servers.add(server);
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(String service, String openapi, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        byte[] requestBody;
        try (InputStream in = exchange.getRequestBody()) {
            requestBody = in.readAllBytes();
        }
        String prefix = "/api/" + service + "/v1/";
        if (path.equals("/q/openapi")) {
            send(exchange, 200, "application/json", openapi.getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/q/health/live")) {
            send(exchange, 200, "application/json", "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(prefix + "invalid")) {
            exchange.getResponseHeaders().add("API-Version", "1.2.3");
            send(exchange, 400, "application/problem+json", PROBLEM_BODY.getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(prefix + "unavailable")) {
            exchange.getResponseHeaders().add("Retry-After", "7");
            send(exchange, 503, "application/problem+json", UNAVAILABLE_BODY.getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(prefix + "empty")) {
            exchange.getResponseHeaders().add("X-Echo-Method", exchange.getRequestMethod());
            exchange.sendResponseHeaders(204, -1);
        } else if (path.equals(prefix + "stream")) {
            // Server-Sent Events: one event, a pause longer than the gateway's timeout, a second event, the end.
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("id: 1\nevent: een\ndata: {\"n\":1}\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(2_500); // longer than TIMEOUT (1500ms) without a byte
                out.write("id: 2\nevent: twee\ndata: {\"n\":2}\n\n".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (path.equals(prefix + "slow")) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(prefix + "created-absolute")) {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + exchange.getLocalAddress().getPort()
                    + prefix + "meldingen/43?x=1");
            exchange.getResponseHeaders().add("Content-Location", "https://elsewhere.example/a");
            send(exchange, 201, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(prefix + "created")) {
            exchange.getResponseHeaders().add("Location", prefix + "meldingen/42");
            exchange.getResponseHeaders().add("ETag", "\"7\"");
            exchange.getResponseHeaders().add("API-Version", "1.2.3");
            exchange.getResponseHeaders().add("X-Upstream", "kept");
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
            exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"upstream\"");
            send(exchange, 201, "application/json", echo(service, exchange, requestBody));
        } else {
            exchange.getResponseHeaders().add("X-Echo-Method", exchange.getRequestMethod());
            send(exchange, 200, "application/json", echo(service, exchange, requestBody));
        }
    }

    private byte[] echo(String service, HttpExchange exchange, byte[] body) throws IOException {
        ObjectNode echo = mapper.createObjectNode();
        echo.put("service", service);
        echo.put("method", exchange.getRequestMethod());
        echo.put("path", exchange.getRequestURI().getRawPath());
        echo.put("query", exchange.getRequestURI().getRawQuery());
        ObjectNode headers = echo.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> {
            ArrayNode list = headers.putArray(name.toLowerCase(Locale.ROOT));
            values.forEach(list::add);
        });
        echo.put("body", new String(body, StandardCharsets.UTF_8));
        return mapper.writeValueAsBytes(echo);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
