package nl.trede.intake.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.trede.platform.time.NlTime;

/**
 * The service clock in tests: the real time, moved forward by a test that needs a deadline to pass (an aanvultermijn
 * ending). Every test that moves it resets it afterwards; tests that do not move it see the real time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Duration verzet = Duration.ZERO;

    public void verzet(Duration duur) {
        verzet = duur;
    }

    public void reset() {
        verzet = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return NlTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), verzet);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(verzet);
    }
}
