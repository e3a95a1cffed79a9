package nl.trede.enforcement.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import nl.trede.enforcement.domain.RegelsetRules;

@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(RegelsetRules.ZONE);
    }
}
