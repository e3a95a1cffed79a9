package nl.trede.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Four stub services answering {@code GET /api/<s>/v1/audit?klantId=&page=&pageSize=} with synthetic records
 * (intake has {@link #INTAKE_RECORDS}, more than one page; the others {@link #OTHER_RECORDS}). Each record echoes
 * the Authorization and traceparent it was asked with. Init arg {@code down}: comma-separated services that point at
 * a closed port instead.
 */
public class InzageStubs implements QuarkusTestResourceLifecycleManager {

    public static final int INTAKE_RECORDS = 150;
    public static final int OTHER_RECORDS = 2;
    private static final List<String> SERVICES = List.of("intake", "casework", "enforcement", "ladder");

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<HttpServer> servers = new ArrayList<>();
    private Set<String> down = Set.of();

    @Override
    public void init(Map<String, String> initArgs) {
        String value = initArgs.getOrDefault("down", "");
        down = value.isBlank() ? Set.of() : Set.of(value.split(","));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i);
            config.put("trede.gateway.upstreams." + service, down.contains(service)
                    ? "http://127.0.0.1:" + closedPort() : stub(service, i));
        }
        config.put("trede.gateway.timeout", "2s");
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }

    private String stub(String service, int index) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try {
                    handle(service, index, exchange);
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

    private void handle(String service, int index, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/api/" + service + "/v1/audit")) {
            send(exchange, 404, "{}");
            return;
        }
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int page = Integer.parseInt(query.get("page"));
        int pageSize = Integer.parseInt(query.get("pageSize"));
        int total = service.equals("intake") ? INTAKE_RECORDS : OTHER_RECORDS;
        ObjectNode body = mapper.createObjectNode();
        ArrayNode items = body.putArray("verwerkingen");
        // Newest first: record n (0 = newest) of service s was made at 2026-01-01T00:00:(n*4+s)s before a base.
        for (int n = (page - 1) * pageSize; n < Math.min(total, page * pageSize); n++) {
            ObjectNode r = items.addObject();
            r.put("id", service + "-" + n);
            r.put("tijd", Instant.parse("2026-06-01T00:00:00Z").minusSeconds(n * 4L + index).toString());
            r.put("klantId", query.get("klantId"));
            r.put("actie", "lezen");
            r.put("actor", "actor-" + service);
            r.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            r.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
        }
        body.put("page", page);
        body.put("pageSize", pageSize);
        body.put("totalItems", total);
        send(exchange, 200, mapper.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
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
