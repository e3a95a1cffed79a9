package nl.trede.platform.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.trede.platform.time.NlTime;

/**
 * The service clock in every service's {@code @QuarkusTest}s (it replaces the platform's system clock): it starts at
 * {@link TestDag#start()} and ticks with real elapsed time. A test that needs a deadline to pass moves it with
 * {@link #naar(LocalDate)} or {@link #verzet(Duration)} and calls {@link #reset()} afterwards.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Duration verzet = Duration.ZERO;

    /** Moves the clock by {@code duur} from where an unmoved clock would be. */
    public void verzet(Duration duur) {
        verzet = Objects.requireNonNull(duur, "duur");
    }

    /** Moves the clock to {@code dag}, keeping the Dutch time of day. */
    public void naar(LocalDate dag) {
        Instant nu = instant();
        Instant doel = nu.atZone(NlTime.ZONE).with(dag).toInstant();
        verzet = verzet.plus(Duration.between(nu, doel));
    }

    /** Back to the unmoved clock. */
    public void reset() {
        verzet = Duration.ZERO;
    }

    /** The Dutch calendar day on this clock. */
    public LocalDate vandaag() {
        return NlTime.datum(instant());
    }

    @Override
    public ZoneId getZone() {
        return NlTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock bron = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return bron.withZone(other);
            }

            @Override
            public Instant instant() {
                return bron.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return TestDag.nu().plus(verzet);
    }
}
