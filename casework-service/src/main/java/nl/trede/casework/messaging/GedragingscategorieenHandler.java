package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import java.util.Set;
import nl.trede.casework.domain.GedragingscategorieCatalogus;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforcement's catalogue of gedragingscategorieen ({@code gedragingscategorieen-gewijzigd}) → casework's copy, through
 * the platform inbox (exactly once; an unreadable catalogue is poison for the DLQ and the previous copy stays).
 */
@Singleton
public class GedragingscategorieenHandler extends JsonEventHandler {

    public static final String TYPE = EnforcementTijdlijnHandler.PREFIX + "gedragingscategorieen-gewijzigd";

    private final GedragingscategorieCatalogus catalogus;

    public GedragingscategorieenHandler(@ConfigProperty(name = "trede.topics.enforcement") String topic,
                                        ObjectMapper mapper, GedragingscategorieCatalogus catalogus) {
        super(topic, EnforcementTijdlijnHandler.PREFIX, Set.of(TYPE), mapper, null);
        this.catalogus = catalogus;
    }

    @Override
    public void handle(CloudEvent event) {
        try {
            catalogus.vervang(json(event));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("catalogue without the contract's fields: " + e.getMessage());
        }
    }
}
