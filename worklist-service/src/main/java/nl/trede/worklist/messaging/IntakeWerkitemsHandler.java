package nl.trede.worklist.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.Clock;
import nl.trede.worklist.domain.Bron;
import nl.trede.worklist.domain.Werkvoorraad;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** intake's werkitems-bijgewerkt snapshots on {@code trede.intake.v1}. */
@Singleton
public class IntakeWerkitemsHandler extends WerkitemsHandler {

    public IntakeWerkitemsHandler(@ConfigProperty(name = "trede.topics.intake") String topic, ObjectMapper mapper,
                                Validator validator, Werkvoorraad werkvoorraad, Clock clock) {
        super(topic, Bron.INTAKE, mapper, validator, werkvoorraad, clock);
    }
}
