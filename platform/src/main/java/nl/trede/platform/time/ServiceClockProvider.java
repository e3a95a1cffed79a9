package nl.trede.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's notion of "now" ({@code @Past}, {@code @PastOrPresent}, {@code @Future}) is the service clock,
 * so a date a service accepts as "in the past" is judged on the same Dutch day as its deadlines. Quarkus hands a
 * {@link ClockProvider} bean to the validator factory.
 */
@ApplicationScoped
public class ServiceClockProvider implements ClockProvider {

    private final Clock clock;

    public ServiceClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(NlTime.ZONE);
    }
}
