package nl.trede.worklist.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Clock;
import nl.trede.worklist.domain.Bron;
import nl.trede.worklist.domain.Werkvoorraad;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** ladder's werkitems-bijgewerkt snapshots on {@code trede.ladder.v1}. */
@Singleton
public class LadderWerkitemsHandler extends WerkitemsHandler {

    public LadderWerkitemsHandler(@ConfigProperty(name = "trede.topics.ladder") String topic, ObjectMapper mapper,
                                Validator validator, Werkvoorraad werkvoorraad, Clock clock) {
        super(topic, Bron.LADDER, mapper, validator, werkvoorraad, clock);
    }
}
