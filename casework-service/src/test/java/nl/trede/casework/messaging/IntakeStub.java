package nl.trede.casework.messaging;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for intake's {@code GET /api/intake/v1/meldingen/{id}}. Tests program it over HTTP (so class loaders
 * do not matter): {@code PUT /_stub/meldingen/{id}?status=N} with the JSON body to answer. It records the
 * Authorization header it received and counts calls per id ({@code GET /_stub/calls/{id}}).
 */
public class IntakeStub implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> authorization = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.intake.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/_stub/meldingen/") && "PUT".equals(method)) {
            String id = path.substring("/_stub/meldingen/".length());
            bodies.put(id, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String query = exchange.getRequestURI().getQuery();
            statuses.put(id, query != null && query.startsWith("status=") ? Integer.parseInt(query.substring(7)) : 200);
            respond(exchange, 204, "");
        } else if (path.startsWith("/_stub/calls/")) {
            String id = path.substring("/_stub/calls/".length());
            AtomicInteger count = calls.get(id);
            respond(exchange, 200, "{\"calls\":" + (count == null ? 0 : count.get()) + ",\"authorization\":\""
                    + authorization.getOrDefault(id, "") + "\"}");
        } else if (path.startsWith("/api/intake/v1/meldingen/") && "GET".equals(method)) {
            String id = path.substring("/api/intake/v1/meldingen/".length());
            calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorization.put(id, auth == null ? "" : auth.substring(0, Math.min(auth.length(), 7)));
            if (!bodies.containsKey(id)) {
                respond(exchange, 404, "{\"status\":404,\"title\":\"Not found\",\"detail\":\"none\"}");
            } else {
                respond(exchange, statuses.get(id), bodies.get(id));
            }
        } else {
            respond(exchange, 404, "");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
