package nl.trede.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one clock every service injects for its legal dates and domain timestamps (tests replace it with an
 * alternative).
 *
 * <p>{@code trede.clock.offset} (ISO-8601 duration, e.g. {@code P17DT-3H}; default none) shifts it, for acceptance,
 * training and system-test environments that must run "as if it were" another day, as benefit systems offer a
 * system date for test environments. It ticks with real time from there. Never set it in production: every
 * deadline would move with it, so the service logs a warning at start-up when it is set.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "trede.clock.offset") Optional<String> offset) {
        Clock system = Clock.system(NlTime.ZONE);
        if (offset.isEmpty() || offset.get().isBlank()) {
            return system;
        }
        Duration verschuiving = parse(offset.get().strip());
        LOG.warnf("trede.clock.offset=%s: the service clock runs %s from the real time (%s); for test and training "
                + "environments only", verschuiving, verschuiving.isNegative() ? "behind" : "ahead",
                system.instant().plus(verschuiving));
        return Clock.offset(system, verschuiving);
    }

    static Duration parse(String offset) {
        try {
            return Duration.parse(offset);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("trede.clock.offset must be an ISO-8601 duration such as P17DT-3H, not '"
                    + offset + "'", e);
        }
    }
}
