package nl.trede.intake.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import nl.trede.intake.domain.MeldingRules;

@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(MeldingRules.ZONE);
    }
}
