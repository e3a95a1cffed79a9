package nl.trede.worklist.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Clock;
import nl.trede.worklist.domain.Bron;
import nl.trede.worklist.domain.Werkvoorraad;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** casework's werkitems-bijgewerkt snapshots on {@code trede.casework.v1}. */
@Singleton
public class CaseworkWerkitemsHandler extends WerkitemsHandler {

    public CaseworkWerkitemsHandler(@ConfigProperty(name = "trede.topics.casework") String topic, ObjectMapper mapper,
                                Validator validator, Werkvoorraad werkvoorraad, Clock clock) {
        super(topic, Bron.CASEWORK, mapper, validator, werkvoorraad, clock);
    }
}
