package nl.trede.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.trede.gateway.proxy.Upstreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether each service answers its liveness probe. It never makes the gateway unready: with a service
 * down the gateway must keep answering, with a 502 problem for that service and normally for the others.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private static final long PROBE_TIMEOUT_MILLIS = 2_000;

    private final Upstreams upstreams;

    public UpstreamsHealthCheck(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String>> probes = new ArrayList<>();
        List<String> names = new ArrayList<>(upstreams.all().keySet());
        long timeout = Math.min(PROBE_TIMEOUT_MILLIS, upstreams.timeoutMillis());
        for (String service : names) {
            probes.add(Uni.createFrom()
                    .completionStage(() -> upstreams.get(service, "/q/health/live", timeout).toCompletionStage())
                    .map(fetched -> fetched.status() / 100 == 2 ? "reachable" : "reachable, HTTP " + fetched.status())
                    .onFailure().recoverWithItem(error ->
                            Upstreams.Failure.of(error) == Upstreams.Failure.TIMEOUT ? "timeout" : "unreachable"));
        }
        return Uni.join().all(probes).andFailFast().map(states -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
            for (int i = 0; i < names.size(); i++) {
                Map.Entry<String, String> entry = Map.entry(names.get(i), states.get(i));
                builder.withData(entry.getKey(), entry.getValue() + " (" + upstreams.all().get(entry.getKey()) + ")");
            }
            return builder.build();
        });
    }
}
