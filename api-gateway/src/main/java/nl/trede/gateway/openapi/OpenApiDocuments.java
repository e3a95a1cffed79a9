package nl.trede.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.trede.gateway.config.GatewayConfig;
import nl.trede.gateway.proxy.Upstreams;
import nl.trede.platform.problem.LogSafe;
import org.jboss.logging.Logger;

/**
 * The services' OpenAPI documents, fetched from {@code <upstream>/q/openapi?format=json} and kept for
 * {@code trede.gateway.openapi.cache-ttl}. A failed fetch is not cached: the next request tries again.
 */
@ApplicationScoped
public class OpenApiDocuments {

    static final String UPSTREAM_PATH = "/q/openapi?format=json";
    private static final Logger LOG = Logger.getLogger(OpenApiDocuments.class);

    private final Upstreams upstreams;
    private final ObjectMapper mapper;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Document> cache = new ConcurrentHashMap<>();

    public OpenApiDocuments(Upstreams upstreams, ObjectMapper mapper, GatewayConfig config) {
        this.upstreams = upstreams;
        this.mapper = mapper;
        this.ttl = config.openapi().cacheTtl();
    }

    /** One service's document: the bytes as the service served them and the parsed tree. */
    public record Document(String service, byte[] raw, ObjectNode tree, Instant fetchedAt) {
    }

    /** The service's document, from the cache or fetched; fails with {@link UnavailableException}. */
    public Uni<Document> get(String service) {
        Document cached = cache.get(service);
        if (cached != null && cached.fetchedAt().plus(ttl).isAfter(clock.instant())) {
            return Uni.createFrom().item(cached);
        }
        return Uni.createFrom()
                .completionStage(() -> upstreams.get(service, UPSTREAM_PATH, upstreams.timeoutMillis())
                        .toCompletionStage())
                .onFailure().transform(error -> new UnavailableException(service, error))
                .map(fetched -> {
                    if (fetched.status() != 200) {
                        throw new UnavailableException(service,
                                new IOException("HTTP " + fetched.status() + " for " + UPSTREAM_PATH));
                    }
                    byte[] raw = fetched.body().getBytes();
                    JsonNode tree;
                    try {
                        tree = mapper.readTree(raw);
                    } catch (IOException e) {
                        throw new UnavailableException(service, e);
                    }
                    if (tree == null || !tree.isObject()) {
                        throw new UnavailableException(service, new IOException("not a JSON object"));
                    }
                    Document doc = new Document(service, raw, (ObjectNode) tree, clock.instant());
                    cache.put(service, doc);
                    return doc;
                })
                .onFailure().invoke(error -> LOG.warnf("OpenAPI document of %s unavailable: %s", service,
                        LogSafe.mask(String.valueOf(error.getCause() == null ? error : error.getCause()))));
    }

    /** Every service's document (in {@link Upstreams#SERVICES} order), empty for those that are unavailable. */
    public Uni<Map<String, Optional<Document>>> all() {
        List<Uni<Optional<Document>>> fetches = new ArrayList<>();
        for (String service : Upstreams.SERVICES) {
            fetches.add(get(service).map(Optional::of).onFailure().recoverWithItem(Optional.empty()));
        }
        return Uni.join().all(fetches).andFailFast().map(results -> {
            Map<String, Optional<Document>> out = new LinkedHashMap<>();
            for (int i = 0; i < Upstreams.SERVICES.size(); i++) {
                out.put(Upstreams.SERVICES.get(i), results.get(i));
            }
            return out;
        });
    }

    /** A service's document could not be fetched (down, timed out, or not an OpenAPI JSON document). */
    public static final class UnavailableException extends RuntimeException {
        private final String service;
        private final boolean timeout;

        UnavailableException(String service, Throwable cause) {
            super("OpenAPI document of " + service + " unavailable", cause, false, false);
            this.service = service;
            this.timeout = Upstreams.Failure.of(cause) == Upstreams.Failure.TIMEOUT
                    && !(cause instanceof IOException);
        }

        public String service() {
            return service;
        }

        public boolean timeout() {
            return timeout;
        }
    }
}
