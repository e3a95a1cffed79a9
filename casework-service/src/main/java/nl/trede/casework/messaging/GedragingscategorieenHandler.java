package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Set;
import nl.trede.casework.domain.GedragingscategorieCatalogus;
import nl.trede.platform.inbox.EventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforcement's catalogue of gedragingscategorieen ({@code gedragingscategorieen-gewijzigd}) → casework's copy, through
 * the platform inbox (exactly once; an unreadable catalogue is poison for the DLQ and the previous copy stays).
 */
@Singleton
public class GedragingscategorieenHandler implements EventHandler {

    public static final String TYPE = EnforcementTijdlijnHandler.PREFIX + "gedragingscategorieen-gewijzigd";

    private final String topic;
    private final ObjectMapper mapper;
    private final GedragingscategorieCatalogus catalogus;

    public GedragingscategorieenHandler(@ConfigProperty(name = "trede.topics.enforcement") String topic,
                                        ObjectMapper mapper, GedragingscategorieCatalogus catalogus) {
        this.topic = topic;
        this.mapper = mapper;
        this.catalogus = catalogus;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String typePrefix() {
        return EnforcementTijdlijnHandler.PREFIX;
    }

    @Override
    public Set<String> handledTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data;
        try {
            data = mapper.readTree(event.getData() == null ? new byte[0] : event.getData().toBytes());
        } catch (IOException e) {
            throw new PoisonEventException("unreadable catalogue: " + e.getClass().getSimpleName());
        }
        try {
            catalogus.vervang(data);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("catalogue without the contract's fields: " + e.getMessage());
        }
    }
}
