package nl.trede.ladder.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import nl.trede.platform.toegang.ZaakToegangProjectie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * casework's zaak-aangemaakt, regisseur-toegewezen and zaak-afgesloten → the {@code zaak_toegang} projection (V7),
 * exactly once through the platform inbox and independent of the order they arrive in; it tells which klanten a
 * klantmanager may see here (README "Tokens and roles", participation-ladder-service/README.md "Access per record").
 */
@Singleton
public class ZaakToegangHandler extends ZaakToegangProjectie {

    public ZaakToegangHandler(@ConfigProperty(name = "trede.topics.casework") String topic, ObjectMapper mapper,
                              Validator validator, EntityManager em, Clock clock) {
        super(topic, mapper, validator, em, clock);
    }
}
